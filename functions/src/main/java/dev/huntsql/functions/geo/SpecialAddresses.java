package dev.huntsql.functions.geo;

/**
 * Recognises addresses that are never globally routed, which no geo answer may claim.
 *
 * <p>KQL gives an empty bag for private addresses because GeoLite2 holds none; other databases
 * do hold some (the shipped one maps 192.168.0.0/16, 172.16.0.0/12, 198.51.100.0/24 and
 * 2001:db8::/32 to countries, taken from geofeeds), so these ranges are answered as unknown
 * whatever the database says. The list follows the IANA special-purpose registries: for IPv4
 * 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.0.2/24, 192.168/16,
 * 198.18/15, 198.51.100/24, 203.0.113/24, 224/4 and 240/4; for IPv6 ::/128, ::1/128,
 * 100::/64, 2001:db8::/32, 3fff::/20, fc00::/7, fe80::/10 and ff00::/8; IPv4-mapped IPv6
 * addresses are judged by their IPv4 part.
 */
final class SpecialAddresses {
  /** IPv4 ranges as {address, prefix length}. */
  private static final long[][] IPV4 = {
      {ipv4(0, 0, 0, 0), 8}, {ipv4(10, 0, 0, 0), 8}, {ipv4(100, 64, 0, 0), 10},
      {ipv4(127, 0, 0, 0), 8}, {ipv4(169, 254, 0, 0), 16}, {ipv4(172, 16, 0, 0), 12},
      {ipv4(192, 0, 0, 0), 24}, {ipv4(192, 0, 2, 0), 24}, {ipv4(192, 168, 0, 0), 16},
      {ipv4(198, 18, 0, 0), 15}, {ipv4(198, 51, 100, 0), 24}, {ipv4(203, 0, 113, 0), 24},
      {ipv4(224, 0, 0, 0), 4}, {ipv4(240, 0, 0, 0), 4},
  };

  private SpecialAddresses() {}

  /** True when the 4- or 16-byte {@code address} lies in a never-global range. */
  static boolean isSpecial(byte[] address) {
    if (address.length == 4) {
      return isSpecialIpv4(address, 0);
    }
    if (isIpv4Mapped(address)) {
      return isSpecialIpv4(address, 12);
    }
    int first = u16(address, 0);
    if (first == 0 && allZero(address, 2, 15) && (address[15] == 0 || address[15] == 1)) {
      return true;
    }
    return first == 0x0100 && allZero(address, 2, 8)
        || first == 0x2001 && u16(address, 2) == 0x0db8
        || (first & 0xFFF0) == 0x3FF0
        || (first & 0xFE00) == 0xFC00
        || (first & 0xFFC0) == 0xFE80
        || (first & 0xFF00) == 0xFF00;
  }

  private static boolean isSpecialIpv4(byte[] b, int from) {
    long address = (b[from] & 0xFFL) << 24 | (b[from + 1] & 0xFF) << 16
        | (b[from + 2] & 0xFF) << 8 | (b[from + 3] & 0xFF);
    for (long[] range : IPV4) {
      long mask = 0xFFFFFFFFL << (32 - range[1]) & 0xFFFFFFFFL;
      if ((address & mask) == range[0]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIpv4Mapped(byte[] b) {
    return allZero(b, 0, 10) && b[10] == (byte) 0xFF && b[11] == (byte) 0xFF;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
  }

  private static long ipv4(int a, int b, int c, int d) {
    return (long) a << 24 | b << 16 | c << 8 | d;
  }
}
