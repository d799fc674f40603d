package dev.huntsql.functions.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpFunctionsTest {

  /** Expected answers from SEMANTICS.md and the RFC 1918 ranges; "null" stands for NULL. */
  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "10.0.0.1, true",
      "10.255.255.255, true",
      "172.16.0.0, true",
      "172.31.255.255, true",
      "172.15.255.255, false",
      "172.32.0.1, false",
      "192.168.0.0, true",
      "192.168.1.1/24, true",
      "192.169.0.1, false",
      "11.0.0.1, false",
      "127.0.0.1, false",
      "169.254.1.1, false",
      "100.64.0.1, false",
      "8.8.8.8, false",
      "010.0.0.1, true",
      "'::ffff:10.0.0.1', null",
      "'fd00::1', null",
      "' 10.0.0.1', null",
      "'10.0.0.1:445', null",
      "10.0.0.256, null",
      "'', null",
      "NULL, null",
      "ws2.contoso.com, null",
      "10.0.0.1/33, null",
  })
  void ipv4IsPrivate(String ip, String expected) {
    assertEquals(bool(expected), IpFunctions.ipv4IsPrivate(ip));
  }

  @Test
  void ipv4IsInRange() {
    assertEquals(true, IpFunctions.ipv4IsInRange("192.168.1.1", "192.168.1.1"));
    assertEquals(true, IpFunctions.ipv4IsInRange("192.168.1.1", "192.168.1.255/24"));
    assertEquals(false, IpFunctions.ipv4IsInRange("192.168.2.1", "192.168.1.255/24"));
    assertEquals(false, IpFunctions.ipv4IsInRange("192.168.1.2", "192.168.1.1"));
    assertEquals(true, IpFunctions.ipv4IsInRange("8.8.8.8", "0.0.0.0/0"));
    assertNull(IpFunctions.ipv4IsInRange("10.1.2.3", "10.0.0.0/x"));
    assertNull(IpFunctions.ipv4IsInRange("fd00::1", "10.0.0.0/8"));
    assertNull(IpFunctions.ipv4IsInRange(null, "10.0.0.0/8"));
    assertNull(IpFunctions.ipv4IsInRange("10.0.0.1", null));
  }

  @Test
  void ipv4IsInAnyRange() {
    assertEquals(true, IpFunctions.ipv4IsInAnyRange("192.168.1.6",
        "192.168.1.1/24", "10.0.0.1/8", "127.1.0.1/16"));
    assertEquals(true, IpFunctions.ipv4IsInAnyRange("127.0.0.1",
        "[\"127.0.0.1\", \"192.168.1.1\"]"));
    String local = "[\"192.168.1.1/16\", \"127.0.0.1/8\", \"10.0.0.1/8\"]";
    assertEquals(true, IpFunctions.ipv4IsInAnyRange("10.1.2.3", local));
    assertEquals(true, IpFunctions.ipv4IsInAnyRange("192.168.1.5", local));
    assertEquals(false, IpFunctions.ipv4IsInAnyRange("123.1.11.21", local));
    assertEquals(false, IpFunctions.ipv4IsInAnyRange("1.1.1.1", local));
    assertEquals(false, IpFunctions.ipv4IsInAnyRange("1.1.1.1"));
    // Three-valued OR: a match wins over a bad range, a bad range beats "no match".
    assertEquals(true, IpFunctions.ipv4IsInAnyRange("10.0.0.1", "bad", "10.0.0.0/8"));
    assertNull(IpFunctions.ipv4IsInAnyRange("11.0.0.1", "bad", "10.0.0.0/8"));
    assertNull(IpFunctions.ipv4IsInAnyRange("11.0.0.1", (String) null));
    assertNull(IpFunctions.ipv4IsInAnyRange("bad", "10.0.0.0/8"));
    assertNull(IpFunctions.ipv4IsInAnyRange(null, "10.0.0.0/8"));
  }

  @Test
  void ipv4IsMatch() {
    assertEquals(true, IpFunctions.ipv4IsMatch("192.168.1.0", "192.168.1.0"));
    assertEquals(true, IpFunctions.ipv4IsMatch("192.168.1.1/24", "192.168.1.255"));
    assertEquals(true, IpFunctions.ipv4IsMatch("192.168.1.1", "192.168.1.255/24"));
    assertEquals(true, IpFunctions.ipv4IsMatch("192.168.1.1/30", "192.168.1.255/24"));
    assertEquals(false, IpFunctions.ipv4IsMatch("192.168.1.1", "192.168.1.255"));
    assertEquals(true, IpFunctions.ipv4IsMatch("192.168.1.1", "192.168.1.255", 24));
    assertEquals(false, IpFunctions.ipv4IsMatch("192.168.1.1", "192.168.1.255", 32));
    assertEquals(true, IpFunctions.ipv4IsMatch("169.254.1.1", "169.0.0.0/8"));
    assertNull(IpFunctions.ipv4IsMatch("192.168.1.1", "192.168.1.255", 33));
    assertNull(IpFunctions.ipv4IsMatch("192.168.1.1", "192.168.1.255", -1));
    assertNull(IpFunctions.ipv4IsMatch("192.168.1.1", "192.168.1.255", null));
    assertNull(IpFunctions.ipv4IsMatch("192.168.1.1", "::1"));
  }

  @Test
  void ipv4Compare() {
    assertEquals(0, IpFunctions.ipv4Compare("127.0.0.1", "127.0.0.1"));
    assertEquals(-1, IpFunctions.ipv4Compare("192.168.1.1", "192.168.1.255"));
    assertEquals(1, IpFunctions.ipv4Compare("192.168.1.255", "192.168.1.1"));
    assertEquals(0, IpFunctions.ipv4Compare("192.168.1.1/24", "192.168.1.255/24"));
    assertEquals(0, IpFunctions.ipv4Compare("192.168.1.1", "192.168.1.255", 24));
    // Unsigned: 255.x is above 1.x.
    assertEquals(1, IpFunctions.ipv4Compare("255.0.0.0", "1.0.0.0"));
    assertNull(IpFunctions.ipv4Compare("1.2.3.4", "1.2.3"));
  }

  @Test
  void parseIpv4() {
    assertEquals(3232235777L, IpFunctions.parseIpv4("192.168.1.1"));
    assertEquals(3232235776L, IpFunctions.parseIpv4("192.168.1.1/24"));
    assertEquals(4294967294L, IpFunctions.parseIpv4("255.255.255.255/31"));
    assertEquals(2130706433L, IpFunctions.parseIpv4("127.0.0.1"));
    assertNull(IpFunctions.parseIpv4("127.0.0.1:80"));
    assertNull(IpFunctions.parseIpv4(null));
  }

  @Test
  void parseIpv4Mask() {
    assertEquals(2130706432L, IpFunctions.parseIpv4Mask("127.0.0.1", 24));
    // 192.1.168.2 = 192*2^24 + 1*2^16 + 168*2^8 + 2 = 3221334018, even, so /31 keeps it.
    assertEquals(3221334018L, IpFunctions.parseIpv4Mask("192.1.168.2", 31));
    assertEquals(3221334018L, IpFunctions.parseIpv4Mask("192.1.168.3", 31));
    assertEquals(0L, IpFunctions.parseIpv4Mask("192.1.168.3", 0));
    // The smaller of the text's own /len and the argument wins.
    assertEquals(3232235776L, IpFunctions.parseIpv4Mask("192.168.1.1/24", 32));
    assertNull(IpFunctions.parseIpv4Mask("127.0.0.1", 33));
    assertNull(IpFunctions.parseIpv4Mask("127.0.0.1", null));
  }

  @Test
  void formatIpv4() {
    assertEquals("192.168.1.0", IpFunctions.formatIpv4("192.168.1.1", 24));
    assertEquals("192.168.1.1", IpFunctions.formatIpv4("192.168.1.1", 32));
    assertEquals("192.168.1.0", IpFunctions.formatIpv4("192.168.1.1/24", 32));
    assertEquals("", IpFunctions.formatIpv4("192.168.1.1/24", -1));
    assertEquals("192.168.1.0", IpFunctions.formatIpv4("3232236031", 24));
    assertEquals("192.168.1.255", IpFunctions.formatIpv4("3232236031"));
    assertEquals("", IpFunctions.formatIpv4("4294967296"));
    assertEquals("", IpFunctions.formatIpv4("not an ip"));
    assertNull(IpFunctions.formatIpv4(null));

    assertEquals("192.168.1.0/24", IpFunctions.formatIpv4Mask("192.168.1.1", 24));
    assertEquals("192.168.1.1/32", IpFunctions.formatIpv4Mask("192.168.1.1", 32));
    assertEquals("192.168.1.0/24", IpFunctions.formatIpv4Mask("192.168.1.1/24", 32));
    assertEquals("", IpFunctions.formatIpv4Mask("192.168.1.1/24", -1));
    assertEquals("192.168.1.0/24", IpFunctions.formatIpv4Mask("3232236031", 24));
    assertEquals("192.168.1.0/24", IpFunctions.formatIpv4Mask("192.168.1.1/24"));
  }

  @Test
  void hasIpv4() {
    assertTrue(IpFunctions.hasIpv4("05:04:54 127.0.0.1 GET /favicon.ico 404", "127.0.0.1"));
    assertFalse(IpFunctions.hasIpv4("05:04:54 127.0.0.256 GET /favicon.ico 404", "127.0.0.256"));
    assertFalse(IpFunctions.hasIpv4("05:04:54127.0.0.1 GET /favicon.ico 404", "127.0.0.1"));
    String log = "These requests came from: 192.168.1.1, 10.1.1.115 and 10.1.1.201";
    assertTrue(IpFunctions.hasIpv4(log, "10.1.1.115"));
    assertTrue(IpFunctions.hasIpv4(log, "10.1.1.201"));
    assertFalse(IpFunctions.hasIpv4(log, "10.1.1.11"));
    assertTrue(IpFunctions.hasIpv4("connection from 10.0.0.1.", "10.0.0.1"));
    assertTrue(IpFunctions.hasIpv4("10.0.0.1:445", "10.0.0.1"));
    assertFalse(IpFunctions.hasIpv4("10.0.0.1.5", "10.0.0.1"));
    assertFalse(IpFunctions.hasIpv4("host10.0.0.1", "10.0.0.1"));
    assertFalse(IpFunctions.hasIpv4("10.0.0.1x", "10.0.0.1"));
    assertFalse(IpFunctions.hasIpv4("10.0.0.1", "10.0.0.1/8"));
    assertFalse(IpFunctions.hasIpv4(null, "10.0.0.1"));
    assertFalse(IpFunctions.hasIpv4("10.0.0.1", null));
  }

  @Test
  void ipv6IsMatchAndCompare() {
    assertEquals(true, IpFunctions.ipv6IsMatch("::ffff:7f00:1", "127.0.0.1"));
    assertEquals(false,
        IpFunctions.ipv6IsMatch("fe80::85d:e82c:9446:7994", "fe80::85d:e82c:9446:7995"));
    assertEquals(true, IpFunctions.ipv6IsMatch("192.168.1.1/24", "192.168.1.255/24"));
    assertEquals(true, IpFunctions.ipv6IsMatch("192.168.1.1", "192.168.1.255/24"));
    assertEquals(true, IpFunctions.ipv6IsMatch(
        "fe80::85d:e82c:9446:7994/127", "fe80::85d:e82c:9446:7995/127"));
    assertEquals(true, IpFunctions.ipv6IsMatch(
        "fe80::85d:e82c:9446:7994", "fe80::85d:e82c:9446:7995", 127));
    assertNull(IpFunctions.ipv6IsMatch("fe80::1", "fe80::1", 129));
    assertNull(IpFunctions.ipv6IsMatch("fe80::1%eth0", "fe80::1"));

    String a = "fe80::85d:e82c:9446:7994";
    String b = "fe80::85d:e82c:9446:7995";
    assertEquals(-1, IpFunctions.ipv6Compare(a, b));
    assertEquals(1, IpFunctions.ipv6Compare(b, a));
    assertEquals(0, IpFunctions.ipv6Compare(a, b, 120));
    assertEquals(1, IpFunctions.ipv6Compare("ffff::", "::1"));
    assertEquals(0, IpFunctions.ipv6Compare("::ffff:10.0.0.1", "10.0.0.1"));
    assertNull(IpFunctions.ipv6Compare("::1", null));
  }

  @Test
  void ipv6IsInRange() {
    assertEquals(true, IpFunctions.ipv6IsInRange("fe80::85d:e82c:9446:7994", "fe80::/10"));
    assertEquals(false, IpFunctions.ipv6IsInRange("2001:db8::1", "fe80::/10"));
    assertEquals(true, IpFunctions.ipv6IsInRange("10.1.2.3", "10.0.0.0/8"));
    assertEquals(true, IpFunctions.ipv6IsInRange("10.1.2.3", "::ffff:0:0/96"));
    assertNull(IpFunctions.ipv6IsInRange("nope", "::/0"));
  }

  @Test
  void parseIpv6() {
    assertEquals("0000:0000:0000:0000:0000:ffff:c0a8:ffff",
        IpFunctions.parseIpv6("192.168.255.255"));
    assertEquals("0000:0000:0000:0000:0000:ffff:c0a8:ff00",
        IpFunctions.parseIpv6("192.168.255.255/24"));
    assertEquals("0000:0000:0000:0000:0000:ffff:ffff:ffff",
        IpFunctions.parseIpv6("255.255.255.255"));
    assertEquals("0000:0000:0000:0000:0000:ffff:7f00:0001", IpFunctions.parseIpv6("127.0.0.1"));
    assertEquals("fe80:0000:0000:0000:085d:e82c:9446:7994",
        IpFunctions.parseIpv6("fe80::85d:e82c:9446:7994"));
    assertEquals("", IpFunctions.parseIpv6("fe80::1%eth0"));
    assertEquals("", IpFunctions.parseIpv6(""));
    assertNull(IpFunctions.parseIpv6(null));
  }

  @Test
  void parseIpv6MaskFollowsKustoTable() {
    // The rows of Kusto's parse_ipv6_mask documentation: the prefix argument counts 128 bits.
    assertEquals("0000:0000:0000:0000:0000:ffff:c0a8:ff00",
        IpFunctions.parseIpv6Mask("192.168.255.255", 120));
    assertEquals("0000:0000:0000:0000:0000:ffff:c0a8:ff00",
        IpFunctions.parseIpv6Mask("192.168.255.255/24", 124));
    assertEquals("0000:0000:0000:0000:0000:ffff:ffff:ffff",
        IpFunctions.parseIpv6Mask("255.255.255.255", 128));
    assertEquals("fe80:0000:0000:0000:085d:e82c:9446:7994",
        IpFunctions.parseIpv6Mask("fe80::85d:e82c:9446:7994", 128));
    assertEquals("fe80:0000:0000:0000:085d:e82c:9446:7900",
        IpFunctions.parseIpv6Mask("fe80::85d:e82c:9446:7994/120", 124));
    assertEquals("0000:0000:0000:0000:0000:0000:c0a8:ffff",
        IpFunctions.parseIpv6Mask("::192.168.255.255", 128));
    assertEquals("0000:0000:0000:0000:0000:0000:c0a8:ff00",
        IpFunctions.parseIpv6Mask("::192.168.255.255/24", 128));
    assertEquals("", IpFunctions.parseIpv6Mask("::1", 129));
  }

  @Test
  void annotatedFunctionsAreListed() {
    List<String> names = Arrays.stream(IpFunctions.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(dev.huntsql.functions.HuntFunction.class))
        .map(m -> m.getAnnotation(dev.huntsql.functions.HuntFunction.class).name())
        .distinct().sorted().toList();
    assertEquals(List.of("format_ipv4", "format_ipv4_mask", "has_ipv4", "ipv4_compare",
        "ipv4_is_in_any_range", "ipv4_is_in_range", "ipv4_is_match", "ipv4_is_private",
        "ipv6_compare", "ipv6_is_in_range", "ipv6_is_match", "parse_ipv4", "parse_ipv4_mask",
        "parse_ipv6", "parse_ipv6_mask"), names);
  }

  private static Boolean bool(String s) {
    return s == null || s.equals("null") ? null : Boolean.valueOf(s);
  }
}
