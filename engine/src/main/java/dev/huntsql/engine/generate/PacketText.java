package dev.huntsql.engine.generate;

/** Packet bytes as Defender writes them in AdditionalFields: printable ASCII kept, the rest escaped. */
final class PacketText {
  private static final char[] UPPER = "0123456789ABCDEF".toCharArray();
  private static final char[] LOWER = "0123456789abcdef".toCharArray();

  /** The spellings seen in exports. */
  enum Style { PERCENT, PERCENT_LOWER, BACKSLASH_X }

  private PacketText() {}

  /** The first {@code length} bytes of a packet (all of it when longer), in a style. */
  static String of(byte[] packet, int length, Style style) {
    int n = Math.min(length, packet.length);
    StringBuilder text = new StringBuilder(n * 2);
    for (int i = 0; i < n; i++) {
      int b = packet[i] & 0xFF;
      boolean printable = b >= 0x20 && b <= 0x7E && b != '%' && !(style == Style.BACKSLASH_X && b == '\\');
      if (printable) {
        text.append((char) b);
      } else if (style == Style.BACKSLASH_X) {
        text.append("\\x").append(LOWER[b >>> 4]).append(LOWER[b & 15]);
      } else {
        char[] digits = style == Style.PERCENT_LOWER ? LOWER : UPPER;
        text.append('%').append(digits[b >>> 4]).append(digits[b & 15]);
      }
    }
    return text.toString();
  }

  static String of(byte[] packet, Style style) {
    return of(packet, packet.length, style);
  }
}
