package dev.huntsql.functions.ip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Our parser against the JDK's formatting of literal addresses (built from bytes, so the JDK
 * never looks up a name), and against our own renderings of the RFC 4291 variants.
 */
class IpAddressesPropertyTest {

  @Property
  void ipv4AgreesWithJdk(@ForAll @Size(4) byte[] bytes) throws UnknownHostException {
    String text = InetAddress.getByAddress(bytes).getHostAddress();
    long expected = ((bytes[0] & 0xFFL) << 24) | ((bytes[1] & 0xFF) << 16)
        | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
    assertEquals(expected, IpAddresses.parseIpv4(text));
    assertArrayEquals(bytes, IpAddresses.toBytes(text));
  }

  @Property
  void ipv6AgreesWithJdk(@ForAll("addresses") byte[] bytes) throws UnknownHostException {
    // The JDK prints IPv4-mapped addresses as dotted quads, and answers four bytes for them.
    InetAddress jdk = InetAddress.getByAddress(bytes);
    String text = jdk.getHostAddress();
    assertArrayEquals(jdk.getAddress(), IpAddresses.toBytes(text), text);
    assertEquals(hexGroups(bytes), IpFunctions.parseIpv6(text), text);
  }

  @Property
  void ipv6TextVariantsParseBack(@ForAll("addresses") byte[] bytes, @ForAll Random random) {
    String text = render(bytes, random);
    assertArrayEquals(bytes, IpAddresses.toBytes(text), text);
  }

  @Property
  void leadingZerosAreDecimal(@ForAll @Size(4) byte[] bytes, @ForAll Random random) {
    StringBuilder sb = new StringBuilder();
    long expected = 0;
    for (int i = 0; i < 4; i++) {
      int part = bytes[i] & 0xFF;
      expected = (expected << 8) | part;
      String digits = Integer.toString(part);
      while (digits.length() < 3 && random.nextBoolean()) {
        digits = "0" + digits;
      }
      sb.append(i == 0 ? "" : ".").append(digits);
    }
    assertEquals(expected, IpAddresses.parseIpv4(sb.toString()), sb.toString());
  }

  @Provide
  Arbitrary<byte[]> addresses() {
    // Mostly-zero groups make the '::' and mapped forms common.
    Arbitrary<Integer> group = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.just(0xFFFF),
        Arbitraries.integers().between(0, 0xFFFF));
    return group.array(Integer[].class).ofSize(8).map(groups -> {
      byte[] out = new byte[16];
      for (int g = 0; g < 8; g++) {
        out[2 * g] = (byte) (groups[g] >>> 8);
        out[2 * g + 1] = (byte) (int) groups[g];
      }
      return out;
    });
  }

  /** Our own RFC 4291 rendering: random case, padding, '::' over a zero run, dotted tail. */
  private static String render(byte[] b, Random random) {
    int[] groups = new int[8];
    for (int g = 0; g < 8; g++) {
      groups[g] = ((b[2 * g] & 0xFF) << 8) | (b[2 * g + 1] & 0xFF);
    }
    boolean dottedTail = random.nextInt(3) == 0;
    int count = dottedTail ? 6 : 8;
    // Pick a random zero run (not necessarily the longest) to compress.
    int gapStart = -1;
    int gapEnd = -1;
    if (random.nextBoolean()) {
      for (int start = 0; start < count; start++) {
        if (groups[start] == 0) {
          int end = start;
          while (end < count && groups[end] == 0) {
            end++;
          }
          if (gapStart < 0 || random.nextBoolean()) {
            gapStart = start;
            gapEnd = end;
          }
          start = end;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int g = 0; g < count; g++) {
      if (g == gapStart) {
        sb.append("::");
        g = gapEnd - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      String hex = Integer.toHexString(groups[g]);
      while (hex.length() < 4 && random.nextBoolean()) {
        hex = "0" + hex;
      }
      sb.append(random.nextBoolean() ? hex : hex.toUpperCase(Locale.ROOT));
    }
    if (dottedTail) {
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(b[12] & 0xFF).append('.').append(b[13] & 0xFF).append('.')
          .append(b[14] & 0xFF).append('.').append(b[15] & 0xFF);
    }
    return sb.toString();
  }

  private static String hexGroups(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 16; i += 2) {
      sb.append(i == 0 ? "" : ":").append(String.format("%02x%02x", b[i] & 0xFF, b[i + 1] & 0xFF));
    }
    return sb.toString();
  }
}
