package dev.huntsql.engine.generate;

import java.util.SplittableRandom;

/**
 * Remote addresses as they appear in events, drawn from pools built once: popular and long-tail
 * public IPv4, internet scanners, private peers, IPv6 (global, link-local, IPv4-mapped) and the
 * malformed values real exports carry.
 */
final class Addresses {
  private static final int[][] POPULAR_PREFIXES = {{13, 107}, {20, 190}, {40, 126}, {52, 113}, {142, 250},
      {151, 101}, {104, 16}, {172, 217}, {23, 45}, {185, 199}, {8, 8}, {1, 1}, {93, 184}, {204, 79}};
  private static final int[][] SCANNER_PREFIXES = {{45, 155}, {89, 248}, {141, 98}, {185, 220}, {5, 252},
      {118, 70}, {218, 92}, {62, 210}, {80, 94}, {103, 97}, {190, 2}, {194, 26}, {92, 63}, {46, 101}};
  private static final String[] V6_PREFIXES = {"2620:1ec:", "2a01:111:f400:", "2606:4700:", "2a00:1450:4001:",
      "2001:4860:4802:", "2a02:26f0:"};
  private static final String[] MALFORMED = {"-", "", "10.0.0.1:445", "185.220.101.34:445", "10.0.0.256",
      "fileshare.contoso-partner.com"};

  private final String[] popular = new String[256];
  private final String[] longTail = new String[16384];
  private final String[] scanners = new String[96];
  private final String[] privatePeers = new String[4096];
  private final String[] v6 = new String[512];

  Addresses(SplittableRandom random) {
    for (int i = 0; i < popular.length; i++) {
      int[] prefix = POPULAR_PREFIXES[i % POPULAR_PREFIXES.length];
      popular[i] = prefix[0] + "." + prefix[1] + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
    for (int i = 0; i < longTail.length; i++) {
      longTail[i] = randomPublic(random);
    }
    for (int i = 0; i < scanners.length; i++) {
      int[] prefix = SCANNER_PREFIXES[i % SCANNER_PREFIXES.length];
      scanners[i] = prefix[0] + "." + prefix[1] + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
    for (int i = 0; i < privatePeers.length; i++) {
      int r = random.nextInt(10);
      privatePeers[i] = r < 7 ? "10.20." + random.nextInt(0, 64) + "." + random.nextInt(2, 255)
          : r < 9 ? "172." + random.nextInt(16, 32) + "." + random.nextInt(256) + "." + random.nextInt(1, 255)
              : "192.168." + random.nextInt(0, 8) + "." + random.nextInt(1, 255);
    }
    for (int i = 0; i < v6.length; i++) {
      v6[i] = i % 8 == 0
          ? "fe80::" + hex16(random) + ":" + hex16(random) + ":" + hex16(random) + ":" + hex16(random)
          : V6_PREFIXES[i % V6_PREFIXES.length] + hex16(random) + "::" + hex16(random);
    }
  }

  /** A public IPv4 address: popular services half of the time, else the long tail. */
  String publicV4(SplittableRandom random) {
    return random.nextBoolean() ? popular[random.nextInt(popular.length)] : longTail[random.nextInt(longTail.length)];
  }

  /** One of a small set of internet hosts that probe SMB, RDP and SSH. */
  String scanner(SplittableRandom random) {
    return scanners[random.nextInt(scanners.length)];
  }

  String privateV4(SplittableRandom random) {
    return privatePeers[random.nextInt(privatePeers.length)];
  }

  String v6(SplittableRandom random) {
    return v6[random.nextInt(v6.length)];
  }

  String malformed(SplittableRandom random) {
    return MALFORMED[random.nextInt(MALFORMED.length)];
  }

  /** Defender's RemoteIPType of an address. */
  static String type(String address) {
    if (address == null || address.isEmpty() || address.equals("-")) {
      return null;
    }
    if (address.startsWith("fe80:")) {
      return "LinkLocal";
    }
    if (address.startsWith("::ffff:")) {
      return "FourToSixMapping";
    }
    if (address.startsWith("127.")) {
      return "Loopback";
    }
    if (address.startsWith("10.") || address.startsWith("192.168.") || isPrivate172(address)) {
      return "Private";
    }
    return "Public";
  }

  private static boolean isPrivate172(String address) {
    if (!address.startsWith("172.") || address.length() < 7) {
      return false;
    }
    int dot = address.indexOf('.', 4);
    if (dot < 0) {
      return false;
    }
    try {
      int second = Integer.parseInt(address.substring(4, dot));
      return second >= 16 && second <= 31;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String randomPublic(SplittableRandom random) {
    while (true) {
      int a = random.nextInt(1, 224);
      int b = random.nextInt(256);
      if (!special(a, b)) {
        return a + "." + b + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
      }
    }
  }

  /** Private, shared, loopback, link-local, documentation and benchmark ranges (first two octets). */
  private static boolean special(int a, int b) {
    return a == 10 || a == 127 || a == 0 || (a == 100 && b >= 64 && b < 128) || (a == 169 && b == 254)
        || (a == 172 && b >= 16 && b < 32) || (a == 192 && (b == 168 || b == 0)) || (a == 198 && (b == 18 || b == 19 || b == 51))
        || (a == 203 && b == 0);
  }

  private static String hex16(SplittableRandom random) {
    return Integer.toHexString(random.nextInt(1, 0x10000));
  }
}
