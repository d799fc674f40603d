package dev.huntsql.functions.ip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @CsvSource({
      "0.0.0.0, 0",
      "255.255.255.255, 4294967295",
      "192.168.1.1, 3232235777",
      "127.0.0.1, 2130706433",
      // Leading zeros are decimal: 010 is ten, not octal eight.
      "010.0.0.1, 167772161",
      "10.000.00.001, 167772161",
  })
  void parsesDottedQuads(String text, long expected) {
    assertEquals(expected, IpAddresses.parseIpv4(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " 10.0.0.1", "10.0.0.1 ", "10.0.0.256", "256.0.0.1", "10.0.0", "10.0.0.1.1",
      "10.0.0.1:445", "10.0.0.1/24", "1..2.3", ".1.2.3", "1.2.3.", "+1.2.3.4", "1.2.3.-4",
      "0x1.2.3.4", "0010.0.0.1", "localhost", "ws2.contoso.com", "::ffff:10.0.0.1",
      "\u0661.2.3.4", "1.2.3.4\u0000", "10.0.0.1\n",
  })
  void rejectsAnythingButAPlainDottedQuad(String text) {
    assertEquals(-1, IpAddresses.parseIpv4(text));
  }

  @Test
  void rejectsNull() {
    assertEquals(-1, IpAddresses.parseIpv4(null));
    assertNull(IpAddresses.toBytes(null));
    assertNull(IpAddresses.parseIpv6Cidr(null));
    assertEquals(-1, IpAddresses.parseIpv4Cidr(null));
  }

  @Test
  void parsesCidrWithoutMasking() {
    long packed = IpAddresses.parseIpv4Cidr("192.168.1.1/24");
    assertEquals(3232235777L, IpAddresses.cidrAddress(packed));
    assertEquals(24, IpAddresses.cidrPrefix(packed));
    long plain = IpAddresses.parseIpv4Cidr("8.8.8.8");
    assertEquals(32, IpAddresses.cidrPrefix(plain));
    assertEquals(0, IpAddresses.cidrPrefix(IpAddresses.parseIpv4Cidr("1.2.3.4/0")));
    assertEquals(8, IpAddresses.cidrPrefix(IpAddresses.parseIpv4Cidr("10.0.0.0/08")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4/33", "1.2.3.4/", "1.2.3.4/-1", "1.2.3.4/ 8", "1.2.3.4/8 ",
      "1.2.3.4/1000", "1.2.3.4//8", "/8", "1.2.3/8"})
  void rejectsBadCidr(String text) {
    assertEquals(-1, IpAddresses.parseIpv4Cidr(text));
  }

  @Test
  void masks() {
    assertEquals(0L, IpAddresses.ipv4Mask(0));
    assertEquals(0xFF00_0000L, IpAddresses.ipv4Mask(8));
    assertEquals(0xFFFF_FFF0L, IpAddresses.ipv4Mask(28));
    assertEquals(0xFFFF_FFFFL, IpAddresses.ipv4Mask(32));
  }

  @Test
  void formatsDottedQuads() {
    assertEquals("192.168.1.1", IpAddresses.formatIpv4(3232235777L));
    assertEquals("0.0.0.0", IpAddresses.formatIpv4(0));
    assertEquals("255.255.255.255", IpAddresses.formatIpv4(0xFFFF_FFFFL));
  }

  @Test
  void ipv4TextGivesFourBytes() {
    assertArrayEquals(new byte[] {10, 0, 0, 1}, IpAddresses.toBytes("10.0.0.1"));
    assertArrayEquals(new byte[] {(byte) 192, (byte) 168, 1, (byte) 255},
        IpAddresses.toBytes("192.168.1.255"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "::                                      | 00000000000000000000000000000000",
      "::1                                     | 00000000000000000000000000000001",
      "1::                                     | 00010000000000000000000000000000",
      "fe80::1                                 | fe800000000000000000000000000001",
      "FE80::0001                              | fe800000000000000000000000000001",
      "2001:db8::8a2e:370:7334                 | 20010db80000000000008a2e03707334",
      "1:2:3:4:5:6:7:8                         | 00010002000300040005000600070008",
      "1:2:3:4:5:6:7::                         | 00010002000300040005000600070000",
      "::2:3:4:5:6:7:8                         | 00000002000300040005000600070008",
      "1:2:3::6:7:8                            | 00010002000300000000000600070008",
      "::ffff:1.2.3.4                          | 00000000000000000000ffff01020304",
      "::ffff:010.0.0.1                        | 00000000000000000000ffff0a000001",
      "::1.2.3.4                               | 00000000000000000000000001020304",
      "64:ff9b::192.0.2.33                     | 0064ff9b0000000000000000c0000221",
      "1:2:3:4:5:6:1.2.3.4                     | 00010002000300040005000601020304",
      "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | ffffffffffffffffffffffffffffffff",
  })
  void parsesIpv6TextForms(String text, String hex) {
    assertArrayEquals(bytes(hex), IpAddresses.toBytes(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {":", ":::", "::::", "1:", ":1", "1:2:3:4:5:6:7:8:9", "1::2::3",
      "12345::", "fe80::1%eth0", "fe80::1%12", "::ffff:1.2.3", "::ffff:1.2.3.256",
      "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4::", "::1.2.3.4:5", "::g", "1:2:3:4:5:6:7", " ::1",
      "::1 ", "[::1]", "::1/64", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "fe80:::1",
      "\uff10::1"})
  void rejectsBadIpv6(String text) {
    assertNull(IpAddresses.toBytes(text));
  }

  @Test
  void parsesIpv6Prefixes() {
    Ipv6Prefix p = IpAddresses.parseIpv6Cidr("fe80::/10");
    assertNotNull(p);
    assertEquals(0xfe80_0000_0000_0000L, p.hi());
    assertEquals(0L, p.lo());
    assertEquals(10, p.prefix());

    Ipv6Prefix v4 = IpAddresses.parseIpv6Cidr("10.0.0.1/8");
    assertNotNull(v4);
    assertEquals(0L, v4.hi());
    assertEquals(0x0000_ffff_0a00_0001L, v4.lo());
    assertEquals(104, v4.prefix());

    assertEquals(128, IpAddresses.parseIpv6Cidr("::1").prefix());
    assertEquals(120, IpAddresses.parseIpv6Cidr("::192.168.255.255/24").prefix());
    assertNull(IpAddresses.parseIpv6Cidr("::1/129"));
    assertNull(IpAddresses.parseIpv6Cidr("1.2.3.4/33"));
    assertNull(IpAddresses.parseIpv6Cidr("::1.2.3.4/64"));
  }

  @Test
  void canonicalIpv6Text() {
    Ipv6Prefix p = IpAddresses.parseIpv6Cidr("fe80::85d:e82c:9446:7994");
    assertEquals("fe80:0000:0000:0000:085d:e82c:9446:7994", p.canonical(128));
    assertEquals("fe80:0000:0000:0000:085d:e82c:9446:7900", p.canonical(120));
    assertEquals("fe80:0000:0000:0000:0000:0000:0000:0000", p.canonical(64));
    assertEquals("0000:0000:0000:0000:0000:0000:0000:0000", p.canonical(0));
  }

  static byte[] bytes(String hex) {
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }
}
