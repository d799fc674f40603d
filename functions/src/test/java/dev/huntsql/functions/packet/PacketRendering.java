package dev.huntsql.functions.packet;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writes packet bytes as text in the forms huntsql must read. */
final class PacketRendering {
  private PacketRendering() {}

  /** Defender's form: printable ASCII kept, every other byte and {@code %} as {@code %XX}. */
  static String percent(byte[] b) {
    return escaped(b, "%%%02X");
  }

  /** As {@link #percent} with lower-case hex digits. */
  static String percentLower(byte[] b) {
    return escaped(b, "%%%02x");
  }

  /** Printable ASCII kept, other bytes, {@code %} and backslash as {@code \xXX}. */
  static String backslashX(byte[] b) {
    return escaped(b, "\\x%02X");
  }

  /** Every byte as {@code %XX}, printable or not. */
  static String allPercent(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%%%02X", x & 0xFF));
    }
    return s.toString();
  }

  /** Each byte as the character U+0000..U+00FF (the text is only faithful without % and \). */
  static String raw(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** Defender's JSON array wrapper around a text, JSON-escaped. */
  static String jsonArray(String text) {
    StringBuilder s = new StringBuilder("[\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append("\"]").toString();
  }

  /** An HTTP request line and an {@code Authorization: <scheme> <base64>} header, as text. */
  static String httpAuthorization(String scheme, byte[] token) {
    String http = "GET /sites/hr HTTP/1.1\r\nHost: intranet\r\nAuthorization: " + scheme + " "
        + Base64.getEncoder().encodeToString(token) + "\r\nConnection: Keep-Alive\r\n\r\n";
    return percent(http.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String escaped(byte[] b, String format) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      int v = x & 0xFF;
      if (v >= 0x20 && v < 0x7F && v != '%' && v != '\\') {
        s.append((char) v);
      } else {
        s.append(String.format(format, v));
      }
    }
    return s.toString();
  }
}
