package dev.huntsql.bench;

import java.util.Locale;

/** Byte sizes as people write them: {@code 1g}, {@code 500m}, {@code 64k}. */
final class Sizes {
  private Sizes() {}

  static long parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("b")) {
      t = t.substring(0, t.length() - 1);
    }
    if (!t.isEmpty() && "kmg".indexOf(t.charAt(t.length() - 1)) >= 0) {
      unit = 1L << (10 * ("kmg".indexOf(t.charAt(t.length() - 1)) + 1));
      t = t.substring(0, t.length() - 1);
    }
    try {
      double amount = Double.parseDouble(t);
      if (amount > 0) {
        return (long) (amount * unit);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("a size is like 1g, 500m or 64k, not " + text);
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }
}
