package dev.huntsql.functions.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The periods of {@code datetime_diff} and {@code datetime_add}, on the UTC calendar.
 *
 * <p>A difference counts the period's boundaries crossed from the second instant to the first,
 * as Kusto does: one second apart across midnight is one day. Weeks start on Sunday.
 */
enum DatePart {
  YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND, NANOSECOND;

  /** 1970-01-01 was a Thursday; adding 4 days puts the week's Sunday on a multiple of 7. */
  private static final int EPOCH_DAY_TO_SUNDAY_WEEK = 4;

  /** The part named, in any letter case, or null. */
  static DatePart named(String name) {
    if (name == null) {
      return null;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Boundaries of this part between b and a (negative when a is earlier). */
  long between(Instant a, Instant b) {
    switch (this) {
      case YEAR:
        return utc(a).getYear() - (long) utc(b).getYear();
      case QUARTER:
        return quarterIndex(utc(a)) - quarterIndex(utc(b));
      case MONTH:
        return monthIndex(utc(a)) - monthIndex(utc(b));
      case WEEK:
        return Math.floorDiv(epochDay(a) + EPOCH_DAY_TO_SUNDAY_WEEK, 7)
            - Math.floorDiv(epochDay(b) + EPOCH_DAY_TO_SUNDAY_WEEK, 7);
      case DAY:
        return epochDay(a) - epochDay(b);
      case NANOSECOND:
        return Math.multiplyExact(Math.subtractExact(Ticks.of(a), Ticks.of(b)),
            Ticks.NANOS_PER_TICK);
      default:
        long unit = ticks();
        return Math.floorDiv(Ticks.of(a), unit) - Math.floorDiv(Ticks.of(b), unit);
    }
  }

  /** The instant moved by amount of this part; months that are too short end on their last day. */
  Instant add(Instant t, long amount) {
    switch (this) {
      case YEAR:
        return utc(t).plusYears(amount).toInstant(ZoneOffset.UTC);
      case QUARTER:
        return utc(t).plusMonths(Math.multiplyExact(amount, 3)).toInstant(ZoneOffset.UTC);
      case MONTH:
        return utc(t).plusMonths(amount).toInstant(ZoneOffset.UTC);
      case WEEK:
        return t.plus(Math.multiplyExact(amount, 7), ChronoUnit.DAYS);
      case DAY:
        return t.plus(amount, ChronoUnit.DAYS);
      case HOUR:
        return t.plus(amount, ChronoUnit.HOURS);
      case MINUTE:
        return t.plus(amount, ChronoUnit.MINUTES);
      case SECOND:
        return t.plus(amount, ChronoUnit.SECONDS);
      case MILLISECOND:
        return t.plus(amount, ChronoUnit.MILLIS);
      case MICROSECOND:
        return t.plus(amount, ChronoUnit.MICROS);
      default:
        return t.plus(amount, ChronoUnit.NANOS);
    }
  }

  /** Ticks in one of this part, for the parts of fixed length below a day. */
  private long ticks() {
    switch (this) {
      case HOUR:
        return Ticks.PER_HOUR;
      case MINUTE:
        return Ticks.PER_MINUTE;
      case SECOND:
        return Ticks.PER_SECOND;
      case MILLISECOND:
        return Ticks.PER_MILLISECOND;
      case MICROSECOND:
        return Ticks.PER_MICROSECOND;
      default:
        throw new IllegalStateException(name());
    }
  }

  static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), ZoneOffset.UTC);
  }

  private static long epochDay(Instant t) {
    return Math.floorDiv(t.getEpochSecond(), 86_400L);
  }

  private static long monthIndex(LocalDateTime t) {
    return t.getYear() * 12L + t.getMonthValue() - 1;
  }

  private static long quarterIndex(LocalDateTime t) {
    return t.getYear() * 4L + (t.getMonthValue() - 1) / 3;
  }
}
