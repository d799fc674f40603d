package dev.huntsql.functions.ip;

/**
 * A 128-bit address (two big-endian halves) with a prefix length 0..128; IPv4 appears mapped.
 */
public record Ipv6Prefix(long hi, long lo, int prefix) {

  /** The upper 64 bits under a prefix length {@code bits}. */
  public long maskedHi(int bits) {
    return hi & maskOf(bits);
  }

  /** The lower 64 bits under a prefix length {@code bits}. */
  public long maskedLo(int bits) {
    return lo & maskOf(bits - 64);
  }

  /** Compares two addresses under the first {@code bits} bits, unsigned: -1, 0 or 1. */
  public int compareTo(Ipv6Prefix other, int bits) {
    int c = Long.compareUnsigned(maskedHi(bits), other.maskedHi(bits));
    if (c == 0) {
      c = Long.compareUnsigned(maskedLo(bits), other.maskedLo(bits));
    }
    return Integer.signum(c);
  }

  /** The canonical text Kusto's parse_ipv6 prints: eight 4-digit lower-case hex groups. */
  public String canonical(int bits) {
    long h = maskedHi(bits);
    long l = maskedLo(bits);
    StringBuilder sb = new StringBuilder(39);
    for (int g = 0; g < 8; g++) {
      long half = g < 4 ? h : l;
      int group = (int) (half >>> (48 - 16 * (g & 3))) & 0xFFFF;
      if (g > 0) {
        sb.append(':');
      }
      String hex = Integer.toHexString(group);
      for (int pad = hex.length(); pad < 4; pad++) {
        sb.append('0');
      }
      sb.append(hex);
    }
    return sb.toString();
  }

  /** The mask of the leading {@code bits} bits of a 64-bit half (clamped to 0..64). */
  private static long maskOf(int bits) {
    if (bits <= 0) {
      return 0L;
    }
    return bits >= 64 ? -1L : -1L << (64 - bits);
  }
}
