package dev.huntsql.jdbc.server;

import dev.huntsql.functions.ip.IpAddresses;

/**
 * The address the server listens on, given as an IP address (or {@code localhost}), never a
 * host name: huntsql does no DNS. Loopback addresses reach this machine only.
 *
 * @param host the address text handed to the HTTP server
 * @param loopback true for 127.0.0.0/8 and ::1
 */
public record BindAddress(String host, boolean loopback) {
  /** Reads {@code --bind}; an address that is not an IP literal is an {@link IllegalArgumentException}. */
  public static BindAddress parse(String text) {
    String literal = text.trim();
    if (literal.equalsIgnoreCase("localhost")) {
      literal = "127.0.0.1";
    }
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    byte[] bytes = IpAddresses.toBytes(literal);
    if (bytes == null) {
      throw new IllegalArgumentException("--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not '" + text
          + "' (huntsql never looks up host names)");
    }
    return new BindAddress(literal, isLoopback(bytes));
  }

  private static boolean isLoopback(byte[] bytes) {
    if (bytes.length == 4) {
      return bytes[0] == 127;
    }
    for (int i = 0; i < 15; i++) {
      if (bytes[i] != 0) {
        return isMappedIpv4Loopback(bytes);
      }
    }
    return bytes[15] == 1;
  }

  /** {@code ::ffff:127.x.y.z}. */
  private static boolean isMappedIpv4Loopback(byte[] bytes) {
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff && bytes[12] == 127;
  }
}
