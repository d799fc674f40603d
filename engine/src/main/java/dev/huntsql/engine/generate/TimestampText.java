package dev.huntsql.engine.generate;

import java.time.LocalDate;

/** Formats UTC instants as Defender writes them ({@code 2025-09-01T08:14:02.1037389Z}) into a reused buffer. */
final class TimestampText {
  static final int LENGTH = 28;
  private final char[] text = "0000-00-00T00:00:00.0000000Z".toCharArray();
  private long day = Long.MIN_VALUE;

  /** Formats the instant; the returned buffer is overwritten by the next call. */
  char[] format(long epochSecond, int ticks) {
    long d = Math.floorDiv(epochSecond, 86400L);
    if (d != day) {
      day = d;
      LocalDate date = LocalDate.ofEpochDay(d);
      digits(date.getYear(), 0, 4);
      digits(date.getMonthValue(), 5, 2);
      digits(date.getDayOfMonth(), 8, 2);
    }
    int second = (int) Math.floorMod(epochSecond, 86400L);
    digits(second / 3600, 11, 2);
    digits(second / 60 % 60, 14, 2);
    digits(second % 60, 17, 2);
    digits(ticks, 20, 7);
    return text;
  }

  String toString(long epochSecond, int ticks) {
    return new String(format(epochSecond, ticks));
  }

  private void digits(int value, int at, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
