package dev.huntsql.functions.aggregate;

import java.io.Serializable;

/**
 * The state of dcount: exact 64-bit hashes while the set is small (a quarter of the register
 * count, 4096 values at the default accuracy), then HyperLogLog registers.
 */
public final class DistinctCounter implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final int DEFAULT_ACCURACY = 1;

  private int precision = precisionOf(DEFAULT_ACCURACY);
  private boolean precisionFixed;
  private LongHashSet exact = new LongHashSet(); // null once the sketch takes over
  private HllSketch sketch;

  /** Fixes the accuracy level (0..4, null for the default 1); it must be the same on every row. */
  DistinctCounter accuracy(Integer level) {
    usePrecision(precisionOf(level));
    return this;
  }

  DistinctCounter add(Object value) {
    DynamicValue v = DynamicValue.scalar(value);
    if (v != null) {
      addHash(v.hash64());
    }
    return this;
  }

  DistinctCounter merge(DistinctCounter other) {
    if (other.precisionFixed) {
      usePrecision(other.precision);
    }
    if (other.sketch == null) {
      other.exact.forEach(this::addHash);
    } else if (other.sketch.precision() != precision) {
      throw new IllegalArgumentException("dcount accuracy must be the same constant on every row");
    } else if (sketch == null) {
      HllSketch merged = other.sketch.copy();
      exact.forEach(merged::add);
      sketch = merged;
      exact = null;
    } else {
      sketch.merge(other.sketch);
    }
    return this;
  }

  long count() {
    return sketch == null ? exact.size() : sketch.estimate();
  }

  /** True while the count is exact rather than estimated. */
  boolean isExact() {
    return sketch == null;
  }

  /** Register-index bits for Kusto's accuracy levels 0..4: 2^12 .. 2^18 one-byte registers. */
  static int precisionOf(Integer accuracy) {
    int level = accuracy == null ? DEFAULT_ACCURACY : accuracy;
    return switch (level) {
      case 0 -> 12;
      case 1 -> 14;
      case 2 -> 16;
      case 3 -> 17;
      case 4 -> 18;
      default -> throw new IllegalArgumentException(
          "dcount accuracy must be 0, 1, 2, 3 or 4, not " + level);
    };
  }

  private void usePrecision(int p) {
    if (p == precision) {
      precisionFixed = true;
      return;
    }
    if (precisionFixed || sketch != null) {
      throw new IllegalArgumentException("dcount accuracy must be the same constant on every row");
    }
    precision = p;
    precisionFixed = true;
    if (exact.size() > threshold()) {
      toSketch();
    }
  }

  private int threshold() {
    return (1 << precision) / 4;
  }

  private void addHash(long hash) {
    if (sketch != null) {
      sketch.add(hash);
    } else if (exact.size() < threshold() || exact.contains(hash)) {
      exact.add(hash);
    } else {
      toSketch();
      sketch.add(hash);
    }
  }

  private void toSketch() {
    HllSketch s = new HllSketch(precision);
    exact.forEach(s::add);
    sketch = s;
    exact = null;
  }
}
