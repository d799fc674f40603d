package dev.huntsql.functions.aggregate;

/** A well-mixed 64-bit hash of canonical values, as HyperLogLog needs uniformly spread bits. */
final class Hash64 {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private Hash64() {}

  /** A bijection on longs whose output bits each depend on every input bit. */
  static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9fe1a85ec53L;
    x ^= x >>> 33;
    return x;
  }

  /** Hashes a 64-bit payload; for one tag the mapping is a bijection, so integers never collide. */
  static long ofBits(int tag, long bits) {
    return mix(bits ^ mix(GOLDEN * (tag + 1)));
  }

  /** Hashes the UTF-16 code units of a string, four at a time. */
  static long ofText(int tag, String s) {
    int n = s.length();
    long h = mix(GOLDEN * (tag + 1) + n);
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long block = s.charAt(i)
          | (long) s.charAt(i + 1) << 16
          | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48;
      h = Long.rotateLeft(h ^ scramble(block), 27) * 5 + 0x52dce729L;
    }
    long tail = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      tail |= (long) s.charAt(i) << shift;
    }
    h ^= scramble(tail);
    return mix(h ^ n);
  }

  private static long scramble(long block) {
    return Long.rotateLeft(block * C1, 31) * C2;
  }
}
