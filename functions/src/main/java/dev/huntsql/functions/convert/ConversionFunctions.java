package dev.huntsql.functions.convert;

import dev.huntsql.functions.HuntFunction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * KQL's conversion functions {@code toint}, {@code tolong}, {@code todouble} (and {@code toreal})
 * and {@code todatetime}: the value converted, or NULL when it does not convert, never an error
 * (where SQL's {@code CAST('x' AS INTEGER)} fails the query).
 *
 * <p>Numbers: a number, or text that is a decimal number (trimmed; {@code 1e3} and {@code 2.7}
 * included, hexadecimal and {@code NaN} not); to an integer type the fraction is truncated toward
 * zero ({@code toint(2.7)} is 2, {@code toint(-2.7)} is -2, as in KQL); a value outside the type's
 * range is NULL; {@code true}/{@code false} are 1/0.
 */
public final class ConversionFunctions {
  private ConversionFunctions() {}

  @HuntFunction(name = "toint",
      description = "The value as a 32-bit integer, the fraction truncated; NULL when it is not a number "
          + "or out of range",
      example = "toint('2.7')", result = "2")
  public static Integer toInt(Object value) {
    BigInteger whole = wholeNumber(value);
    return whole != null && whole.bitLength() < Integer.SIZE ? whole.intValue() : null;
  }

  @HuntFunction(name = "tolong",
      description = "The value as a 64-bit integer, the fraction truncated; NULL when it is not a number "
          + "or out of range",
      example = "tolong('9007199254740993')", result = "9007199254740993")
  public static Long toLong(Object value) {
    BigInteger whole = wholeNumber(value);
    return whole != null && whole.bitLength() < Long.SIZE ? whole.longValue() : null;
  }

  @HuntFunction(name = "todouble",
      description = "The value as a real number; NULL when it is not a number",
      example = "todouble(' 2.5e1 ')", result = "25.0")
  public static Double toDouble(Object value) {
    BigDecimal number = decimal(value);
    if (number != null) {
      double d = number.doubleValue();
      return Double.isFinite(d) ? d : null;
    }
    return value instanceof Double d ? d : value instanceof Float f ? Double.valueOf(f.toString()) : null;
  }

  @HuntFunction(name = "toreal",
      description = "The same as todouble",
      example = "toreal('0.5')", result = "0.5")
  public static Double toReal(Object value) {
    return toDouble(value);
  }

  @HuntFunction(name = "todatetime",
      description = "ISO-8601 text as a UTC datetime ('2025-09-01', '2025-09-01 08:14', "
          + "'2025-09-01T08:14:02.1234567Z', an offset such as '+02:00'; no offset means UTC); "
          + "NULL for other text",
      example = "todatetime('2025-09-01T10:14:02+02:00')", result = "2025-09-01 08:14:02.000")
  public static Instant toDatetime(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (!(value instanceof String text)) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      OffsetDateTime withOffset = ISO.parse(t, parsed -> parsed.isSupported(ChronoField.OFFSET_SECONDS)
          ? OffsetDateTime.from(parsed) : LocalDateTime.from(parsed).atOffset(ZoneOffset.UTC));
      return withOffset.toInstant();
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  /** Date, 'T' or a space, time with optional seconds and up to nine fraction digits, optional offset or Z. */
  private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT); // 2025-02-30 is no date, not 2025-02-28

  /** The value's whole part (truncated toward zero), or null when it is not a number. */
  private static BigInteger wholeNumber(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    BigDecimal number = decimal(value);
    return number == null ? null : number.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
  }

  /** The value as an exact decimal: numbers (finite), booleans as 1 and 0, decimal text; else null. */
  private static BigDecimal decimal(Object value) {
    if (value instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(d) : null;
    }
    if (value instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (value instanceof String text) {
      String t = text.strip();
      // BigDecimal reads digits, a point, an exponent and a sign: no hexadecimal, NaN or Infinity.
      if (t.isEmpty() || t.length() > 400) {
        return null;
      }
      try {
        BigDecimal parsed = new BigDecimal(t);
        // An absurd exponent ('1e999999999') would make the whole number enormous: out of range anyway.
        return parsed.scale() < -400 ? null : parsed;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
