package dev.huntsql.functions.text;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

/** KQL's {@code tostring()} rules for the Java values SQL hands to functions. */
public final class KqlStrings {
  private KqlStrings() {}

  /**
   * The KQL text of {@code value}: null is {@code ""}; booleans are {@code true}/{@code false};
   * reals print like .NET ({@code 1.0} as {@code 1}, {@code 1e20} as {@code 1E+20}); instants
   * print as UTC ISO-8601 with seven fraction digits when the fraction is not zero.
   */
  public static String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Double d) {
      return real(d);
    }
    if (value instanceof Float f) {
      return real(Double.parseDouble(f.toString()));
    }
    if (value instanceof BigDecimal b) {
      return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
    }
    Instant instant = instantOf(value);
    if (instant != null) {
      return datetime(instant);
    }
    return String.valueOf(value);
  }

  /** A double as .NET's shortest round-trip text, which Kusto prints for reals. */
  public static String real(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    int exponent = b.precision() - b.scale() - 1;
    if (exponent > -5 && exponent < 15) {
      return b.toPlainString();
    }
    String digits = b.unscaledValue().abs().toString();
    StringBuilder sb = new StringBuilder(digits.length() + 8);
    if (b.signum() < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    sb.append('E').append(exponent < 0 ? '-' : '+');
    int abs = Math.abs(exponent);
    if (abs < 10) {
      sb.append('0');
    }
    return sb.append(abs).toString();
  }

  /** An instant as KQL prints a datetime: {@code 2024-01-31T10:00:00.1234567Z}. */
  public static String datetime(Instant t) {
    OffsetDateTime u = t.atOffset(ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(28);
    int year = u.getYear();
    if (year < 0 || year > 9999) {
      return t.toString();
    }
    pad(sb, year, 4).append('-');
    pad(sb, u.getMonthValue(), 2).append('-');
    pad(sb, u.getDayOfMonth(), 2).append('T');
    pad(sb, u.getHour(), 2).append(':');
    pad(sb, u.getMinute(), 2).append(':');
    pad(sb, u.getSecond(), 2);
    int ticks = u.getNano() / 100;
    if (ticks != 0) {
      pad(sb.append('.'), ticks, 7);
    }
    return sb.append('Z').toString();
  }

  private static Instant instantOf(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (value instanceof Date d) {
      // java.sql.Date and Time refuse toInstant(); their millis are still an instant.
      return Instant.ofEpochMilli(d.getTime());
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    return null;
  }

  private static StringBuilder pad(StringBuilder sb, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(s);
  }
}
