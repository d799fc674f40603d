package dev.huntsql.functions.time;

import dev.huntsql.functions.HuntFunction;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Parts of a datetime on the UTC calendar: KQL's {@code datetime_part}, {@code getyear},
 * {@code hourofday} and their kin; {@code date_trunc} as PostgreSQL and DuckDB name it; and
 * {@code time_extract}, Druid SQL's, which Metabase writes for "hour of day"-style groupings when
 * it reaches huntsql through its Druid JDBC connection.
 *
 * <p>Weeks of the year are ISO 8601's (week 1 holds the year's first Thursday), as KQL's
 * {@code weekofyear} and {@code datetime_part('week_of_year', ...)} count them. {@code date_trunc}'s
 * weeks start on Monday, as in PostgreSQL, where KQL's {@code startofweek} starts on Sunday. A
 * NULL argument, an unknown part or a datetime outside the calendar's range gives NULL.
 */
public final class CalendarFunctions {
  private CalendarFunctions() {}

  @HuntFunction(name = "datetime_part",
      description = "A part of the datetime as a number: year, quarter, month, week_of_year (ISO 8601), day, "
          + "dayofyear, hour, minute, second, millisecond, microsecond or nanosecond (the last three within "
          + "the second)",
      example = "datetime_part('week_of_year', TIMESTAMP '2025-01-01 08:00:00')", result = "1")
  public static Integer datetimePart(String part, Instant value) {
    LocalDateTime t = utc(value);
    if (t == null || part == null) {
      return null;
    }
    switch (part.strip().toLowerCase(Locale.ROOT)) {
      case "year":
        return t.getYear();
      case "quarter":
        return t.get(IsoFields.QUARTER_OF_YEAR);
      case "month":
        return t.getMonthValue();
      case "week_of_year":
        return t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case "day":
        return t.getDayOfMonth();
      case "dayofyear":
        return t.getDayOfYear();
      case "hour":
        return t.getHour();
      case "minute":
        return t.getMinute();
      case "second":
        return t.getSecond();
      case "millisecond":
        return t.get(ChronoField.MILLI_OF_SECOND);
      case "microsecond":
        return t.get(ChronoField.MICRO_OF_SECOND);
      case "nanosecond":
        return t.getNano();
      default:
        return null;
    }
  }

  @HuntFunction(name = "getyear", description = "The year of the datetime (UTC)",
      example = "getyear(TIMESTAMP '2025-09-01 13:47:12')", result = "2025")
  public static Integer getYear(Instant value) {
    return datetimePart("year", value);
  }

  @HuntFunction(name = "getmonth", description = "The month of the datetime (UTC), 1 to 12",
      example = "getmonth(TIMESTAMP '2025-09-01 13:47:12')", result = "9")
  public static Integer getMonth(Instant value) {
    return datetimePart("month", value);
  }

  @HuntFunction(name = "monthofyear", description = "The same as getmonth: the month of the datetime (UTC), 1 to 12",
      example = "monthofyear(TIMESTAMP '2025-12-31 23:59:59')", result = "12")
  public static Integer monthOfYear(Instant value) {
    return datetimePart("month", value);
  }

  @HuntFunction(name = "dayofmonth", description = "The day of the month of the datetime (UTC), 1 to 31",
      example = "dayofmonth(TIMESTAMP '2025-09-17 13:47:12')", result = "17")
  public static Integer dayOfMonth(Instant value) {
    return datetimePart("day", value);
  }

  @HuntFunction(name = "dayofyear", description = "The day of the year of the datetime (UTC), 1 to 366",
      example = "dayofyear(TIMESTAMP '2024-12-31 00:00:00')", result = "366")
  public static Integer dayOfYear(Instant value) {
    return datetimePart("dayofyear", value);
  }

  @HuntFunction(name = "hourofday", description = "The hour of the datetime (UTC), 0 to 23",
      example = "hourofday(TIMESTAMP '2025-09-01 13:47:12')", result = "13")
  public static Integer hourOfDay(Instant value) {
    return datetimePart("hour", value);
  }

  @HuntFunction(name = "weekofyear",
      description = "The ISO 8601 week number of the datetime (UTC): week 1 holds the year's first Thursday",
      example = "weekofyear(TIMESTAMP '2021-01-03 12:00:00')", result = "53")
  public static Integer weekOfYear(Instant value) {
    return datetimePart("week_of_year", value);
  }

  @HuntFunction(name = "date_trunc",
      description = "The datetime truncated to the start of its millisecond, second, minute, hour, day, week "
          + "(from Monday), month, quarter or year (UTC; plural unit names too), as PostgreSQL's date_trunc",
      example = "date_trunc('week', TIMESTAMP '2025-09-07 13:47:12')", result = "2025-09-01 00:00:00.000")
  public static Instant dateTrunc(String unit, Instant value) {
    LocalDateTime t = utc(value);
    if (t == null || unit == null) {
      return null;
    }
    String name = unit.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith("s")) {
      name = name.substring(0, name.length() - 1);
    }
    LocalDateTime start;
    switch (name) {
      case "millisecond":
        start = t.truncatedTo(ChronoUnit.MILLIS);
        break;
      case "second":
        start = t.truncatedTo(ChronoUnit.SECONDS);
        break;
      case "minute":
        start = t.truncatedTo(ChronoUnit.MINUTES);
        break;
      case "hour":
        start = t.truncatedTo(ChronoUnit.HOURS);
        break;
      case "day":
        start = t.truncatedTo(ChronoUnit.DAYS);
        break;
      case "week":
        start = t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1L);
        break;
      case "month":
        start = t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        break;
      case "quarter":
        start = t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
            .withMonth((t.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
        break;
      case "year":
        start = t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.firstDayOfYear());
        break;
      default:
        return null;
    }
    return start.toInstant(ZoneOffset.UTC);
  }

  @HuntFunction(name = "time_extract",
      description = "Druid SQL's TIME_EXTRACT (UTC): epoch (seconds), second, minute, hour, day (of month), "
          + "dow and isodow (1 Monday to 7 Sunday), doy, week (ISO 8601), month, quarter, year or isoyear",
      example = "time_extract(TIMESTAMP '2025-09-07 13:47:12', 'dow')", result = "7")
  public static Long timeExtract(Instant value, String unit) {
    LocalDateTime t = utc(value);
    if (t == null || unit == null) {
      return null;
    }
    switch (unit.strip().toLowerCase(Locale.ROOT)) {
      case "epoch":
        return value.getEpochSecond();
      case "dow":
      case "isodow":
        return (long) t.getDayOfWeek().getValue();
      case "doy":
        return (long) t.getDayOfYear();
      case "week":
        return (long) t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      case "isoyear":
        return (long) t.get(IsoFields.WEEK_BASED_YEAR);
      case "second":
      case "minute":
      case "hour":
      case "day":
      case "month":
      case "quarter":
      case "year":
        Integer part = datetimePart(unit, value);
        return part == null ? null : part.longValue();
      default:
        return null;
    }
  }

  private static LocalDateTime utc(Instant value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.ofInstant(value, ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
