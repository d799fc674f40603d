package dev.huntsql.functions.time;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads KQL timespan text as 100-nanosecond ticks: a number and a unit ({@code 100ms},
 * {@code 1.5h}, {@code 7d}, {@code 1tick}) or a clock ({@code [d.]hh:mm[:ss[.fffffff]]}).
 *
 * <p>Units are those of Kusto's timespan literals, in any letter case. A leading {@code -} negates
 * the span; parts of a tick are dropped. A bare number has no unit and is not a timespan.
 */
final class Timespans {
  /** What {@link #ticks} answers for text that is not a timespan. */
  static final long INVALID = Long.MIN_VALUE;

  private static final int MAX_LENGTH = 64;
  private static final int MAX_DAY_DIGITS = 7;
  private static final int MAX_FRACTION_DIGITS = 7;
  private static final Map<String, BigDecimal> UNITS = units();

  /** The last text read: a query passes the same literal span row after row. */
  private static volatile Parsed last = new Parsed("", INVALID);

  private record Parsed(String text, long ticks) {}

  private Timespans() {}

  /** The span in ticks, or {@link #INVALID} for null or text that is not a timespan. */
  static long ticks(String text) {
    if (text == null) {
      return INVALID;
    }
    Parsed cached = last;
    if (cached.text().equals(text)) {
      return cached.ticks();
    }
    long ticks = parse(text);
    last = new Parsed(text, ticks);
    return ticks;
  }

  private static long parse(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return INVALID;
    }
    boolean negative = s.charAt(0) == '-';
    if (negative) {
      s = s.substring(1);
    }
    long magnitude = s.indexOf(':') >= 0 ? clock(s) : numberAndUnit(s);
    if (magnitude < 0) {
      return INVALID;
    }
    return negative ? -magnitude : magnitude;
  }

  /** {@code 1.5h}: digits, optionally a fraction, then a unit; -1 when malformed or too large. */
  private static long numberAndUnit(String s) {
    int i = digits(s, 0);
    if (i == 0) {
      return -1;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      int end = digits(s, i + 1);
      if (end == i + 1) {
        return -1;
      }
      i = end;
    }
    BigDecimal perUnit = UNITS.get(s.substring(i).toLowerCase(Locale.ROOT));
    if (perUnit == null) {
      return -1;
    }
    BigInteger ticks = new BigDecimal(s.substring(0, i)).multiply(perUnit)
        .setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    return ticks.bitLength() < 63 ? ticks.longValue() : -1;
  }

  /** {@code [d.]hh:mm[:ss[.fffffff]]}, as .NET and Kusto print a timespan; -1 when malformed. */
  private static long clock(String s) {
    String[] parts = s.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      return -1;
    }
    long days = 0;
    String hours = parts[0];
    int dot = hours.indexOf('.');
    if (dot >= 0) {
      days = number(hours.substring(0, dot), MAX_DAY_DIGITS, Long.MAX_VALUE);
      hours = hours.substring(dot + 1);
    }
    long h = number(hours, 2, 23);
    long m = number(parts[1], 2, 59);
    long sec = 0;
    long fraction = 0;
    if (parts.length == 3) {
      String seconds = parts[2];
      int point = seconds.indexOf('.');
      if (point >= 0) {
        String digits = seconds.substring(point + 1);
        fraction = number(digits, MAX_FRACTION_DIGITS, Long.MAX_VALUE);
        for (int k = digits.length(); k < MAX_FRACTION_DIGITS && fraction >= 0; k++) {
          fraction *= 10;
        }
        seconds = seconds.substring(0, point);
      }
      sec = number(seconds, 2, 59);
    }
    if (days < 0 || h < 0 || m < 0 || sec < 0 || fraction < 0) {
      return -1;
    }
    return days * Ticks.PER_DAY + h * Ticks.PER_HOUR + m * Ticks.PER_MINUTE
        + sec * Ticks.PER_SECOND + fraction;
  }

  /** 1 to maxDigits decimal digits worth at most max, else -1. */
  private static long number(String s, int maxDigits, long max) {
    if (s.isEmpty() || s.length() > maxDigits || digits(s, 0) != s.length()) {
      return -1;
    }
    long value = Long.parseLong(s);
    return value <= max ? value : -1;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Kusto's timespan literal suffixes and their length in ticks. */
  private static Map<String, BigDecimal> units() {
    Map<String, BigDecimal> units = new HashMap<>();
    put(units, Ticks.PER_DAY, "d", "day", "days");
    put(units, Ticks.PER_HOUR, "h", "hr", "hrs", "hour", "hours");
    put(units, Ticks.PER_MINUTE, "m", "min", "minute", "minutes");
    put(units, Ticks.PER_SECOND, "s", "sec", "second", "seconds");
    put(units, Ticks.PER_MILLISECOND, "ms", "milli", "millis", "millisec", "millisecond",
        "milliseconds");
    put(units, Ticks.PER_MICROSECOND, "micro", "micros", "microsec", "microsecond",
        "microseconds");
    put(units, 1, "tick", "ticks");
    BigDecimal nano = BigDecimal.ONE.divide(BigDecimal.valueOf(Ticks.NANOS_PER_TICK));
    for (String name : new String[] {"nano", "nanos", "nanosec", "nanosecond", "nanoseconds"}) {
      units.put(name, nano);
    }
    return Map.copyOf(units);
  }

  private static void put(Map<String, BigDecimal> units, long ticks, String... names) {
    for (String name : names) {
      units.put(name, BigDecimal.valueOf(ticks));
    }
  }
}
