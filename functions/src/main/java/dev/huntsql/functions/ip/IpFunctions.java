package dev.huntsql.functions.ip;

import dev.huntsql.functions.HuntFunction;

/**
 * KQL's IPv4/IPv6 functions over address text, with Kusto's null and prefix rules.
 *
 * <p>Common rules: a NULL argument gives NULL; text that is not an address of the expected family
 * gives NULL for the boolean and numeric functions, and {@code ''} for the text-returning ones
 * (Kusto documents an empty string there). IPv4 functions accept IPv4 text only, so
 * {@code ::ffff:10.0.0.1} is not IPv4 (it is IPv6 text) and gives NULL; the IPv6 functions accept
 * both families, IPv4 mapped to {@code ::ffff:0:0/96}. Prefix (CIDR) suffixes are accepted
 * wherever Kusto accepts them.
 */
public final class IpFunctions {
  private static final long NET_10 = 0x0A00_0000L;
  private static final long NET_172_16 = 0xAC10_0000L;
  private static final long NET_192_168 = 0xC0A8_0000L;

  private IpFunctions() {}

  @HuntFunction(name = "ipv4_is_private",
      description = "True for addresses in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16; "
          + "NULL when the argument is not IPv4 text",
      example = "ipv4_is_private('192.168.1.1/24')", result = "true")
  public static Boolean ipv4IsPrivate(String ip) {
    long packed = IpAddresses.parseIpv4Cidr(ip);
    if (packed < 0) {
      return null;
    }
    // A CIDR argument is tested by its network address, as parse_ipv4 reads it.
    long addr = maskedAddress(packed);
    return (addr & IpAddresses.ipv4Mask(8)) == NET_10
        || (addr & IpAddresses.ipv4Mask(12)) == NET_172_16
        || (addr & IpAddresses.ipv4Mask(16)) == NET_192_168;
  }

  @HuntFunction(name = "ipv4_is_in_range",
      description = "True when the IPv4 address lies in the IPv4 range 'net/len' "
          + "(a range without /len is one address); NULL when either fails to parse",
      example = "ipv4_is_in_range('10.1.2.3', '10.0.0.0/8')", result = "true")
  public static Boolean ipv4IsInRange(String ip, String range) {
    long a = IpAddresses.parseIpv4Cidr(ip);
    long r = IpAddresses.parseIpv4Cidr(range);
    if (a < 0 || r < 0) {
      return null;
    }
    return inRange(maskedAddress(a), r);
  }

  @HuntFunction(name = "ipv4_is_in_any_range",
      description = "True when the IPv4 address lies in any of the ranges, given as several "
          + "arguments or as one JSON array text; NULL when the address or a non-matching range "
          + "fails to parse",
      example = "ipv4_is_in_any_range('192.168.1.6', '10.0.0.0/8', '192.168.1.0/24')",
      result = "true")
  public static Boolean ipv4IsInAnyRange(String ip, String... ranges) {
    long a = IpAddresses.parseIpv4Cidr(ip);
    if (a < 0 || ranges == null) {
      return null;
    }
    return Ipv4RangeList.of(ranges).contains(maskedAddress(a));
  }

  @HuntFunction(name = "ipv4_is_match",
      description = "True when two IPv4 addresses are equal under the smaller of their prefixes; "
          + "NULL when either fails to parse",
      example = "ipv4_is_match('192.168.1.1/24', '192.168.1.255')", result = "true")
  public static Boolean ipv4IsMatch(String a, String b) {
    Integer c = ipv4Compare(a, b);
    return c == null ? null : c == 0;
  }

  @HuntFunction(name = "ipv4_is_match",
      description = "True when two IPv4 addresses are equal under the smallest of their prefixes "
          + "and the prefix 0..32; NULL when either fails to parse",
      example = "ipv4_is_match('192.168.1.1', '192.168.1.255', 24)", result = "true")
  public static Boolean ipv4IsMatch(String a, String b, Integer prefix) {
    Integer c = ipv4Compare(a, b, prefix);
    return c == null ? null : c == 0;
  }

  @HuntFunction(name = "ipv4_compare",
      description = "Compares two IPv4 addresses under the smaller of their prefixes: -1, 0 or 1; "
          + "NULL when either fails to parse",
      example = "ipv4_compare('192.168.1.1', '192.168.1.255')", result = "-1")
  public static Integer ipv4Compare(String a, String b) {
    return ipv4Compare(a, b, 32);
  }

  @HuntFunction(name = "ipv4_compare",
      description = "Compares two IPv4 addresses under the smallest of their prefixes and the "
          + "prefix 0..32: -1, 0 or 1; NULL when either fails to parse",
      example = "ipv4_compare('192.168.1.1', '192.168.1.255', 24)", result = "0")
  public static Integer ipv4Compare(String a, String b, Integer prefix) {
    if (prefix == null || prefix < 0 || prefix > 32) {
      return null;
    }
    long pa = IpAddresses.parseIpv4Cidr(a);
    long pb = IpAddresses.parseIpv4Cidr(b);
    if (pa < 0 || pb < 0) {
      return null;
    }
    int bits = Math.min(prefix,
        Math.min(IpAddresses.cidrPrefix(pa), IpAddresses.cidrPrefix(pb)));
    long mask = IpAddresses.ipv4Mask(bits);
    return Long.signum((IpAddresses.cidrAddress(pa) & mask) - (IpAddresses.cidrAddress(pb) & mask));
  }

  @HuntFunction(name = "parse_ipv4",
      description = "The IPv4 address as a number (big-endian), masked by its /len if it has one; "
          + "NULL when it fails to parse",
      example = "parse_ipv4('192.168.1.1')", result = "3232235777")
  public static Long parseIpv4(String ip) {
    long packed = IpAddresses.parseIpv4Cidr(ip);
    return packed < 0 ? null : maskedAddress(packed);
  }

  @HuntFunction(name = "parse_ipv4_mask",
      description = "The IPv4 address as a number, masked to the smaller of its own prefix and "
          + "the prefix 0..32; NULL when it fails to parse",
      example = "parse_ipv4_mask('127.0.0.1', 24)", result = "2130706432")
  public static Long parseIpv4Mask(String ip, Integer prefix) {
    if (prefix == null || prefix < 0 || prefix > 32) {
      return null;
    }
    long packed = IpAddresses.parseIpv4Cidr(ip);
    if (packed < 0) {
      return null;
    }
    int bits = Math.min(prefix, IpAddresses.cidrPrefix(packed));
    return IpAddresses.cidrAddress(packed) & IpAddresses.ipv4Mask(bits);
  }

  @HuntFunction(name = "format_ipv4",
      description = "Dotted-quad text of an IPv4 address given as text or as a decimal number, "
          + "masked by its /len; '' when it fails to parse",
      example = "format_ipv4('3232236031')", result = "192.168.1.255")
  public static String formatIpv4(String ip) {
    return formatIpv4(ip, 32);
  }

  @HuntFunction(name = "format_ipv4",
      description = "Dotted-quad text of an IPv4 address (text or decimal number) masked to the "
          + "smaller of its own prefix and the prefix 0..32; '' when it fails to parse",
      example = "format_ipv4('192.168.1.255', 24)", result = "192.168.1.0")
  public static String formatIpv4(String ip, Integer prefix) {
    if (ip == null || prefix == null) {
      return null;
    }
    long packed = parseTextOrNumber(ip);
    if (packed < 0 || prefix < 0 || prefix > 32) {
      return "";
    }
    int bits = Math.min(prefix, IpAddresses.cidrPrefix(packed));
    return IpAddresses.formatIpv4(IpAddresses.cidrAddress(packed) & IpAddresses.ipv4Mask(bits));
  }

  @HuntFunction(name = "format_ipv4_mask",
      description = "CIDR text 'net/len' of an IPv4 address (text or decimal number) and its /len; "
          + "'' when it fails to parse",
      example = "format_ipv4_mask('192.168.1.1/24')", result = "192.168.1.0/24")
  public static String formatIpv4Mask(String ip) {
    return formatIpv4Mask(ip, 32);
  }

  @HuntFunction(name = "format_ipv4_mask",
      description = "CIDR text 'net/len' of an IPv4 address (text or decimal number) under the "
          + "smaller of its own prefix and the prefix 0..32; '' when it fails to parse",
      example = "format_ipv4_mask('192.168.1.1', 24)", result = "192.168.1.0/24")
  public static String formatIpv4Mask(String ip, Integer prefix) {
    String net = formatIpv4(ip, prefix);
    if (net == null || net.isEmpty()) {
      return net;
    }
    int bits = Math.min(prefix, IpAddresses.cidrPrefix(parseTextOrNumber(ip)));
    return net + "/" + bits;
  }

  @HuntFunction(name = "has_ipv4",
      description = "True when the text contains the IPv4 address as a whole token (delimited by "
          + "non-alphanumeric characters); false when the address is not valid IPv4",
      example = "has_ipv4('05:04:54 127.0.0.1 GET /favicon.ico 404', '127.0.0.1')",
      result = "true")
  public static Boolean hasIpv4(String source, String ip) {
    long target = IpAddresses.parseIpv4(ip);
    // Kusto answers false, not null, for anything but a valid address found in the text.
    if (source == null || target < 0) {
      return false;
    }
    return Ipv4InText.contains(source, target);
  }

  @HuntFunction(name = "ipv6_is_match",
      description = "True when two IPv6 or IPv4 addresses are equal under the smaller of their "
          + "prefixes; NULL when either fails to parse",
      example = "ipv6_is_match('::ffff:7f00:1', '127.0.0.1')", result = "true")
  public static Boolean ipv6IsMatch(String a, String b) {
    Integer c = ipv6Compare(a, b);
    return c == null ? null : c == 0;
  }

  @HuntFunction(name = "ipv6_is_match",
      description = "True when two IPv6 or IPv4 addresses are equal under the smallest of their "
          + "prefixes and the prefix 0..128; NULL when either fails to parse",
      example = "ipv6_is_match('fe80::85d:e82c:9446:7994', 'fe80::85d:e82c:9446:7995', 127)",
      result = "true")
  public static Boolean ipv6IsMatch(String a, String b, Integer prefix) {
    Integer c = ipv6Compare(a, b, prefix);
    return c == null ? null : c == 0;
  }

  @HuntFunction(name = "ipv6_compare",
      description = "Compares two IPv6 or IPv4 addresses under the smaller of their prefixes: "
          + "-1, 0 or 1; NULL when either fails to parse",
      example = "ipv6_compare('fe80::85d:e82c:9446:7994', 'fe80::85d:e82c:9446:7995')",
      result = "-1")
  public static Integer ipv6Compare(String a, String b) {
    return ipv6Compare(a, b, 128);
  }

  @HuntFunction(name = "ipv6_compare",
      description = "Compares two IPv6 or IPv4 addresses under the smallest of their prefixes and "
          + "the prefix 0..128: -1, 0 or 1; NULL when either fails to parse",
      example = "ipv6_compare('fe80::85d:e82c:9446:7994', 'fe80::85d:e82c:9446:7995', 120)",
      result = "0")
  public static Integer ipv6Compare(String a, String b, Integer prefix) {
    if (prefix == null || prefix < 0 || prefix > 128) {
      return null;
    }
    Ipv6Prefix pa = IpAddresses.parseIpv6Cidr(a);
    Ipv6Prefix pb = IpAddresses.parseIpv6Cidr(b);
    if (pa == null || pb == null) {
      return null;
    }
    int bits = Math.min(prefix, Math.min(pa.prefix(), pb.prefix()));
    return pa.compareTo(pb, bits);
  }

  @HuntFunction(name = "ipv6_is_in_range",
      description = "True when the IPv6 or IPv4 address lies in the range 'net/len'; NULL when "
          + "either fails to parse",
      example = "ipv6_is_in_range('fe80::85d:e82c:9446:7994', 'fe80::/10')", result = "true")
  public static Boolean ipv6IsInRange(String ip, String range) {
    Ipv6Prefix a = IpAddresses.parseIpv6Cidr(ip);
    Ipv6Prefix r = IpAddresses.parseIpv6Cidr(range);
    if (a == null || r == null) {
      return null;
    }
    int bits = r.prefix();
    // The address is first reduced to its own network, as parse_ipv6 reads it.
    Ipv6Prefix net = new Ipv6Prefix(a.maskedHi(a.prefix()), a.maskedLo(a.prefix()), 128);
    return net.compareTo(r, bits) == 0;
  }

  @HuntFunction(name = "parse_ipv6",
      description = "Canonical IPv6 text (eight 4-digit hex groups) of an IPv6 or IPv4 address, "
          + "masked by its /len; '' when it fails to parse",
      example = "parse_ipv6('192.168.255.255/24')",
      result = "0000:0000:0000:0000:0000:ffff:c0a8:ff00")
  public static String parseIpv6(String ip) {
    return parseIpv6Mask(ip, 128);
  }

  @HuntFunction(name = "parse_ipv6_mask",
      description = "Canonical IPv6 text of an IPv6 or IPv4 address masked to the smaller of its "
          + "own prefix and the prefix 0..128; '' when it fails to parse",
      example = "parse_ipv6_mask('fe80::85d:e82c:9446:7994', 120)",
      result = "fe80:0000:0000:0000:085d:e82c:9446:7900")
  public static String parseIpv6Mask(String ip, Integer prefix) {
    if (ip == null || prefix == null) {
      return null;
    }
    Ipv6Prefix p = IpAddresses.parseIpv6Cidr(ip);
    if (p == null || prefix < 0 || prefix > 128) {
      return "";
    }
    return p.canonical(Math.min(prefix, p.prefix()));
  }

  private static long maskedAddress(long packed) {
    return IpAddresses.cidrAddress(packed) & IpAddresses.ipv4Mask(IpAddresses.cidrPrefix(packed));
  }

  private static boolean inRange(long addr, long packedRange) {
    long mask = IpAddresses.ipv4Mask(IpAddresses.cidrPrefix(packedRange));
    return (addr & mask) == (IpAddresses.cidrAddress(packedRange) & mask);
  }

  /** IPv4 text (optionally with /len), or a plain decimal 0..2^32-1 read as a /32 address. */
  private static long parseTextOrNumber(String s) {
    long packed = IpAddresses.parseIpv4Cidr(s);
    if (packed >= 0 || s.isEmpty() || s.length() > 10) {
      return packed;
    }
    long value = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > 0xFFFF_FFFFL ? -1 : (32L << 32) | value;
  }
}
