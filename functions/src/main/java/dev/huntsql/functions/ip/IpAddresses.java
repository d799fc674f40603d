package dev.huntsql.functions.ip;

/**
 * Strict, allocation-light parsing of IP address text; never resolves host names.
 *
 * <p>Accepted forms, nothing else (no spaces, ports, zone ids or host names):
 * <ul>
 *   <li>IPv4: exactly four decimal parts of one to three digits, each 0..255, separated by dots.
 *       Leading zeros are decimal, never octal: {@code 010.0.0.1} is 10.0.0.1.</li>
 *   <li>IPv6: the RFC 4291 text forms: eight groups of one to four hex digits, one {@code ::}
 *       standing for one or more zero groups, and an IPv4 dotted quad as the last 32 bits
 *       ({@code ::ffff:1.2.3.4}). Zone ids ({@code fe80::1%eth0}) are rejected: they name a local
 *       interface, not an address, so two of them cannot be compared meaningfully.</li>
 *   <li>Prefix (CIDR) forms {@code addr/len}, only through the {@code *Cidr} methods: one
 *       to three decimal digits, 0..32 for IPv4 and 0..128 for IPv6.</li>
 * </ul>
 */
public final class IpAddresses {
  /** Longest IPv6 text: {@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255}. */
  private static final int MAX_IPV6_TEXT = 45;

  private IpAddresses() {}

  /**
   * The IPv4 address {@code s} as 0..2^32-1, or -1 when {@code s} is not a plain dotted quad.
   */
  public static long parseIpv4(String s) {
    return s == null ? -1 : parseIpv4(s, 0, s.length());
  }

  /** As {@link #parseIpv4(String)} for the characters {@code [from, to)} of {@code s}. */
  public static long parseIpv4(CharSequence s, int from, int to) {
    int len = to - from;
    if (len < 7 || len > 15) {
      return -1;
    }
    long addr = 0;
    int parts = 0;
    int i = from;
    while (true) {
      int value = 0;
      int digits = 0;
      while (i < to) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        i++;
        if (++digits > 3) {
          return -1;
        }
      }
      if (digits == 0 || value > 255) {
        return -1;
      }
      addr = (addr << 8) | value;
      if (++parts == 4) {
        return i == to ? addr : -1;
      }
      if (i >= to || s.charAt(i) != '.') {
        return -1;
      }
      i++;
    }
  }

  /**
   * Parses {@code a.b.c.d} or {@code a.b.c.d/len}; the answer packs the prefix length (32 when
   * absent) above the 32 address bits, or is -1 on failure. The address is NOT masked: read it
   * with {@link #cidrAddress} and {@link #cidrPrefix}, mask it with {@link #ipv4Mask}.
   */
  public static long parseIpv4Cidr(String s) {
    if (s == null) {
      return -1;
    }
    int slash = s.indexOf('/');
    if (slash < 0) {
      long addr = parseIpv4(s, 0, s.length());
      return addr < 0 ? -1 : (32L << 32) | addr;
    }
    int prefix = parsePrefix(s, slash + 1, 32);
    if (prefix < 0) {
      return -1;
    }
    long addr = parseIpv4(s, 0, slash);
    return addr < 0 ? -1 : ((long) prefix << 32) | addr;
  }

  /** The address bits of a value from {@link #parseIpv4Cidr}. */
  public static long cidrAddress(long packed) {
    return packed & 0xFFFF_FFFFL;
  }

  /** The prefix length of a value from {@link #parseIpv4Cidr}. */
  public static int cidrPrefix(long packed) {
    return (int) (packed >>> 32);
  }

  /** The IPv4 netmask of a prefix length 0..32, as 0..2^32-1. */
  public static long ipv4Mask(int prefix) {
    return prefix <= 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
  }

  /** Dotted-quad text of an address 0..2^32-1. */
  public static String formatIpv4(long addr) {
    StringBuilder sb = new StringBuilder(15);
    sb.append((addr >>> 24) & 0xFF).append('.').append((addr >>> 16) & 0xFF).append('.')
        .append((addr >>> 8) & 0xFF).append('.').append(addr & 0xFF);
    return sb.toString();
  }

  /**
   * The address {@code s} as 4 bytes (IPv4 text) or 16 bytes (IPv6 text, including
   * {@code ::ffff:a.b.c.d}), network order; null when {@code s} is neither.
   */
  public static byte[] toBytes(String s) {
    if (s == null) {
      return null;
    }
    if (s.indexOf(':') < 0) {
      long v4 = parseIpv4(s, 0, s.length());
      if (v4 < 0) {
        return null;
      }
      return new byte[] {(byte) (v4 >>> 24), (byte) (v4 >>> 16), (byte) (v4 >>> 8), (byte) v4};
    }
    int[] groups = new int[8];
    if (!parseIpv6(s, 0, s.length(), groups)) {
      return null;
    }
    byte[] out = new byte[16];
    for (int g = 0; g < 8; g++) {
      out[2 * g] = (byte) (groups[g] >>> 8);
      out[2 * g + 1] = (byte) groups[g];
    }
    return out;
  }

  /**
   * Parses IPv4 or IPv6 text with an optional {@code /len} into a 128-bit prefix; IPv4 is mapped
   * to {@code ::ffff:a.b.c.d} with its prefix length plus 96, and so is the {@code /len} of IPv6
   * text ending in a dotted quad. Null on failure. The address is not masked.
   */
  public static Ipv6Prefix parseIpv6Cidr(String s) {
    if (s == null) {
      return null;
    }
    int slash = s.indexOf('/');
    int end = slash < 0 ? s.length() : slash;
    boolean v6 = s.lastIndexOf(':', end - 1) >= 0;
    // Kusto reads the /len of text ending in a dotted quad ('::192.168.255.255/24') as an IPv4
    // prefix length, which covers the last 32 bits.
    boolean v4Prefix = s.lastIndexOf('.', end - 1) >= 0;
    int prefix;
    if (slash < 0) {
      prefix = 128;
    } else {
      prefix = parsePrefix(s, slash + 1, v4Prefix ? 32 : 128);
      if (prefix < 0) {
        return null;
      }
      if (v4Prefix) {
        prefix += 96;
      }
    }
    if (!v6) {
      long v4 = parseIpv4(s, 0, end);
      return v4 < 0 ? null : new Ipv6Prefix(0L, 0xFFFF_0000_0000L | v4, prefix);
    }
    int[] groups = new int[8];
    if (!parseIpv6(s, 0, end, groups)) {
      return null;
    }
    long hi = 0;
    long lo = 0;
    for (int g = 0; g < 4; g++) {
      hi = (hi << 16) | groups[g];
      lo = (lo << 16) | groups[g + 4];
    }
    return new Ipv6Prefix(hi, lo, prefix);
  }

  /**
   * Parses the IPv6 text {@code [from, to)} into eight 16-bit groups; false when it is not one.
   */
  static boolean parseIpv6(CharSequence s, int from, int to, int[] groups) {
    if (to - from < 2 || to - from > MAX_IPV6_TEXT) {
      return false;
    }
    int n = 0;
    int gap = -1;
    int i = from;
    if (s.charAt(i) == ':') {
      if (s.charAt(i + 1) != ':') {
        return false;
      }
      gap = 0;
      i += 2;
    }
    while (i < to) {
      int start = i;
      int value = 0;
      int digits = 0;
      while (i < to) {
        int h = hexValue(s.charAt(i));
        if (h < 0) {
          break;
        }
        value = (value << 4) | h;
        i++;
        if (++digits > 4) {
          return false;
        }
      }
      if (i < to && s.charAt(i) == '.') {
        // An embedded dotted quad ends the address and fills two groups.
        if (n > 6) {
          return false;
        }
        long v4 = parseIpv4(s, start, to);
        if (v4 < 0) {
          return false;
        }
        groups[n++] = (int) (v4 >>> 16);
        groups[n++] = (int) (v4 & 0xFFFF);
        i = to;
        break;
      }
      if (digits == 0 || n == 8) {
        return false;
      }
      groups[n++] = value;
      if (i == to) {
        break;
      }
      if (s.charAt(i) != ':' || ++i == to) {
        return false;
      }
      if (s.charAt(i) == ':') {
        if (gap >= 0) {
          return false;
        }
        gap = n;
        i++;
      }
    }
    if (gap < 0) {
      return n == 8;
    }
    if (n > 7) {
      return false;
    }
    int tail = n - gap;
    System.arraycopy(groups, gap, groups, 8 - tail, tail);
    for (int g = gap; g < 8 - tail; g++) {
      groups[g] = 0;
    }
    return true;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** A decimal prefix length {@code [from, end)} in 0..max without sign or spaces, else -1. */
  private static int parsePrefix(String s, int from, int max) {
    int len = s.length() - from;
    if (len < 1 || len > 3) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= max ? value : -1;
  }
}
