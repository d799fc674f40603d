package dev.huntsql.functions.aggregate;

import java.io.Serializable;

/**
 * HyperLogLog registers with Otmar Ertl's improved estimator ("New cardinality estimation
 * algorithms for HyperLogLog sketches", 2017), which is unbiased from tiny to huge cardinalities
 * without the empirical bias tables of HLL++.
 */
final class HllSketch implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double ALPHA_INFINITY = 1 / (2 * Math.log(2));

  private final int precision;
  private final byte[] registers;

  HllSketch(int precision) {
    this.precision = precision;
    this.registers = new byte[1 << precision];
  }

  private HllSketch(HllSketch other) {
    this.precision = other.precision;
    this.registers = other.registers.clone();
  }

  int precision() {
    return precision;
  }

  HllSketch copy() {
    return new HllSketch(this);
  }

  /** The top {@code precision} bits pick a register, which keeps the longest zero run + 1. */
  void add(long hash) {
    int index = (int) (hash >>> (64 - precision));
    long rest = hash << precision;
    int rank = rest == 0 ? 65 - precision : Long.numberOfLeadingZeros(rest) + 1;
    if (rank > registers[index]) {
      registers[index] = (byte) rank;
    }
  }

  void merge(HllSketch other) {
    if (other.precision != precision) {
      throw new IllegalArgumentException("cannot merge sketches of different precision");
    }
    for (int i = 0; i < registers.length; i++) {
      if (other.registers[i] > registers[i]) {
        registers[i] = other.registers[i];
      }
    }
  }

  long estimate() {
    int m = registers.length;
    int q = 64 - precision;
    int[] counts = new int[q + 2];
    for (byte r : registers) {
      counts[r]++;
    }
    double z = m * tau((m - counts[q + 1]) / (double) m);
    for (int k = q; k >= 1; k--) {
      z = 0.5 * (z + counts[k]);
    }
    z += m * sigma(counts[0] / (double) m);
    return Math.round(ALPHA_INFINITY * m * m / z);
  }

  /** sigma(x) = x + sum over k >= 1 of x^(2^k) * 2^(k-1); infinite at 1 (all registers empty). */
  private static double sigma(double x) {
    if (x == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double y = 1;
    double z = x;
    double previous;
    do {
      x *= x;
      previous = z;
      z += x * y;
      y += y;
    } while (z != previous);
    return z;
  }

  /** tau(x) = (1 - x - sum over k >= 1 of (1 - x^(2^-k))^2 * 2^-k) / 3. */
  private static double tau(double x) {
    if (x == 0 || x == 1) {
      return 0;
    }
    double y = 1;
    double z = 1 - x;
    double previous;
    do {
      x = Math.sqrt(x);
      previous = z;
      y *= 0.5;
      z -= (1 - x) * (1 - x) * y;
    } while (z != previous);
    return z / 3;
  }
}
