package dev.huntsql.functions.time;

import dev.huntsql.functions.HuntFunction;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * KQL's datetime functions: {@code ago}, {@code now}, {@code bin}, the start and end of calendar
 * periods, {@code datetime_diff} and {@code datetime_add}, on UTC instants.
 *
 * <p>Datetimes are {@link Instant}s (KQL's datetimes are UTC; no time zone is ever consulted).
 * Timespans are KQL timespan text such as {@code '1h'} or {@code '100ms'} (see {@link Timespans}).
 * A NULL argument, text that is not a timespan, an unknown period or a result outside the
 * datetime range gives NULL. Kusto keeps 100-ns ticks; an engine may keep less (huntsql keeps
 * milliseconds), so {@code endofday} reads {@code 23:59:59.999} there.
 */
public final class TimeFunctions {
  private TimeFunctions() {}

  @HuntFunction(name = "now",
      description = "The current UTC time, the same instant throughout one query",
      example = "now() > TIMESTAMP '2025-01-01 00:00:00'", result = "true", readsClock = true)
  public static Instant now() {
    return QueryClock.now();
  }

  @HuntFunction(name = "now",
      description = "The current UTC time moved by a timespan (negative for the past)",
      example = "datetime_diff('hour', now('-2d'), now())", result = "-48", readsClock = true)
  public static Instant now(String offset) {
    long ticks = Timespans.ticks(offset);
    if (ticks == Timespans.INVALID) {
      return null;
    }
    try {
      return plusTicks(QueryClock.now(), ticks);
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "ago",
      description = "now() minus a timespan such as '7d', '1h', '30m', '10s' or '100ms'",
      example = "datetime_diff('minute', now(), ago('1.5h'))", result = "90", readsClock = true)
  public static Instant ago(String span) {
    long ticks = Timespans.ticks(span);
    if (ticks == Timespans.INVALID) {
      return null;
    }
    try {
      return plusTicks(QueryClock.now(), -ticks);
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "bin",
      description = "The datetime rounded down to a multiple of the timespan since 1970-01-01; "
          + "NULL for a span that is not positive",
      example = "bin(TIMESTAMP '2025-09-01 13:47:12.345', '1h')",
      result = "2025-09-01 13:00:00.000")
  public static Instant bin(Instant value, String span) {
    long size = Timespans.ticks(span);
    if (value == null || size == Timespans.INVALID || size <= 0) {
      return null;
    }
    try {
      return Ticks.toInstant(Math.multiplyExact(Math.floorDiv(Ticks.of(value), size), size));
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "bin",
      description = "The integer rounded down to a multiple of the size; NULL for a size that is "
          + "not positive",
      example = "bin(-7, 5)", result = "-10")
  public static Long bin(Long value, Long size) {
    if (value == null || size == null || size <= 0) {
      return null;
    }
    try {
      return Math.multiplyExact(Math.floorDiv(value, size), size);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  @HuntFunction(name = "bin",
      description = "The number rounded down to a multiple of the size; NULL for a size that is "
          + "not positive",
      example = "bin(2.75, 0.5)", result = "2.5")
  public static Double bin(Double value, Double size) {
    if (value == null || size == null || !(size > 0) || size.isInfinite()) {
      return null;
    }
    return Math.floor(value / size) * size;
  }

  @HuntFunction(name = "startofday",
      description = "Midnight (UTC) at the start of the datetime's day",
      example = "startofday(TIMESTAMP '2025-09-01 13:47:12.345')",
      result = "2025-09-01 00:00:00.000")
  public static Instant startOfDay(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return day(epochDay(value));
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "startofweek",
      description = "Midnight (UTC) at the start of the datetime's week; weeks start on Sunday",
      example = "startofweek(TIMESTAMP '2025-09-03 13:47:12')",
      result = "2025-08-31 00:00:00.000")
  public static Instant startOfWeek(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return day(sunday(epochDay(value)));
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "startofmonth",
      description = "Midnight (UTC) on the first day of the datetime's month",
      example = "startofmonth(TIMESTAMP '2025-09-17 13:47:12')",
      result = "2025-09-01 00:00:00.000")
  public static Instant startOfMonth(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return firstOfMonth(value, 0);
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "startofyear",
      description = "Midnight (UTC) on the first day of the datetime's year",
      example = "startofyear(TIMESTAMP '2025-09-17 13:47:12')",
      result = "2025-01-01 00:00:00.000")
  public static Instant startOfYear(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return firstOfYear(value, 0);
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "endofday",
      description = "The last instant of the datetime's day (UTC)",
      example = "endofday(TIMESTAMP '2025-09-01 13:47:12.345')",
      result = "2025-09-01 23:59:59.999")
  public static Instant endOfDay(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return lastTickBefore(day(epochDay(value) + 1));
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "endofweek",
      description = "The last instant of the datetime's week (UTC), a Saturday",
      example = "endofweek(TIMESTAMP '2025-09-03 13:47:12')",
      result = "2025-09-06 23:59:59.999")
  public static Instant endOfWeek(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return lastTickBefore(day(sunday(epochDay(value)) + 7));
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "endofmonth",
      description = "The last instant of the datetime's month (UTC)",
      example = "endofmonth(TIMESTAMP '2024-02-10 08:00:00')",
      result = "2024-02-29 23:59:59.999")
  public static Instant endOfMonth(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return lastTickBefore(firstOfMonth(value, 1));
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "endofyear",
      description = "The last instant of the datetime's year (UTC)",
      example = "endofyear(TIMESTAMP '2025-09-17 13:47:12')",
      result = "2025-12-31 23:59:59.999")
  public static Instant endOfYear(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return lastTickBefore(firstOfYear(value, 1));
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "datetime_diff",
      description = "How many period boundaries lie between the second datetime and the first "
          + "(negative when the first is earlier); period is year, quarter, month, week, day, "
          + "hour, minute, second, millisecond, microsecond or nanosecond",
      example = "datetime_diff('day', TIMESTAMP '2025-09-02 00:00:00', "
          + "TIMESTAMP '2025-09-01 23:59:00')",
      result = "1")
  public static Long datetimeDiff(String period, Instant first, Instant second) {
    DatePart part = DatePart.named(period);
    if (part == null || first == null || second == null) {
      return null;
    }
    try {
      return part.between(first, second);
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "datetime_add",
      description = "The datetime moved by an amount of a period (year, quarter, month, week, "
          + "day, hour, minute, second, millisecond, microsecond, nanosecond); a month too short "
          + "for the day ends on its last day",
      example = "datetime_add('month', 1, TIMESTAMP '2025-01-31 08:00:00')",
      result = "2025-02-28 08:00:00.000")
  public static Instant datetimeAdd(String period, Long amount, Instant value) {
    DatePart part = DatePart.named(period);
    if (part == null || amount == null || value == null) {
      return null;
    }
    try {
      return part.add(value, amount);
    } catch (ArithmeticException | DateTimeException e) {
      return null;
    }
  }

  @HuntFunction(name = "timespan_ms",
      description = "The length of a KQL timespan ('1.5h', '100ms', '2d', '00:30:00') in whole "
          + "milliseconds, rounded toward zero; NULL when the text is not a timespan",
      example = "timespan_ms('1.5h')", result = "5400000")
  public static Long timespanMs(String span) {
    long ticks = Timespans.ticks(span);
    return ticks == Timespans.INVALID ? null : ticks / Ticks.PER_MILLISECOND;
  }

  private static Instant plusTicks(Instant t, long ticks) {
    return t.plusSeconds(ticks / Ticks.PER_SECOND)
        .plusNanos(ticks % Ticks.PER_SECOND * Ticks.NANOS_PER_TICK);
  }

  private static long epochDay(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), 86_400L);
  }

  /** The epoch day of the Sunday that starts the week holding the given day. */
  private static long sunday(long epochDay) {
    // 1970-01-01 was a Thursday, so epoch day 3 is a Sunday.
    return epochDay - Math.floorMod(epochDay + 4, 7);
  }

  private static Instant day(long epochDay) {
    return Instant.ofEpochSecond(Math.multiplyExact(epochDay, 86_400L));
  }

  private static Instant firstOfMonth(Instant t, int monthsLater) {
    LocalDate date = DatePart.utc(t).toLocalDate().withDayOfMonth(1).plusMonths(monthsLater);
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static Instant firstOfYear(Instant t, int yearsLater) {
    LocalDateTime utc = DatePart.utc(t);
    return LocalDate.of(utc.getYear(), 1, 1).plusYears(yearsLater).atStartOfDay()
        .toInstant(ZoneOffset.UTC);
  }

  private static Instant lastTickBefore(Instant t) {
    return t.minusNanos(Ticks.NANOS_PER_TICK);
  }
}
