package dev.huntsql.jdbc;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Converts between huntsql's timestamps (UTC wall-clock values) and JDBC's time classes.
 *
 * <p>JDBC reads a {@code TIMESTAMP} without a calendar in the client JVM's zone, so the
 * {@link Timestamp} handed out shows the UTC wall clock whatever that zone is; with a calendar, the
 * wall clock is placed in the calendar's zone. {@code java.time} values need no zone at all.
 */
final class UtcTimes {
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private UtcTimes() {}

  /** A calendar in UTC, the zone Calcite's connection keeps its timestamps in. */
  static Calendar utcCalendar() {
    return Calendar.getInstance(UTC);
  }

  /** The wall clock of a timestamp Calcite handed out for a UTC calendar. */
  static LocalDateTime wallClock(Timestamp utc) {
    return utc == null ? null : LocalDateTime.ofInstant(utc.toInstant(), ZoneOffset.UTC);
  }

  /** The JDBC timestamp for a wall clock, read in the calendar's zone (the JVM's when null). */
  static Timestamp timestamp(LocalDateTime wall, Calendar calendar) {
    if (wall == null) {
      return null;
    }
    if (calendar == null) {
      return Timestamp.valueOf(wall);
    }
    return Timestamp.from(wall.atZone(calendar.getTimeZone().toZoneId()).toInstant());
  }

  static Date date(LocalDateTime wall, Calendar calendar) {
    if (wall == null) {
      return null;
    }
    if (calendar == null) {
      return Date.valueOf(wall.toLocalDate());
    }
    return new Date(wall.toLocalDate().atStartOfDay(calendar.getTimeZone().toZoneId()).toInstant().toEpochMilli());
  }

  static Time time(LocalDateTime wall, Calendar calendar) {
    if (wall == null) {
      return null;
    }
    if (calendar == null) {
      return Time.valueOf(wall.toLocalTime());
    }
    ZoneId zone = calendar.getTimeZone().toZoneId();
    return new Time(LocalDate.EPOCH.atTime(wall.toLocalTime()).atZone(zone).toInstant().toEpochMilli());
  }

  /** The wall clock as {@code type} (a java.time class, Timestamp or java.util.Date), or null if unsupported. */
  static Object as(LocalDateTime wall, Class<?> type) {
    if (type == LocalDateTime.class) {
      return wall;
    } else if (type == OffsetDateTime.class) {
      return wall.atOffset(ZoneOffset.UTC);
    } else if (type == ZonedDateTime.class) {
      return wall.atZone(ZoneOffset.UTC);
    } else if (type == Instant.class) {
      return wall.toInstant(ZoneOffset.UTC);
    } else if (type == LocalDate.class) {
      return wall.toLocalDate();
    } else if (type == LocalTime.class) {
      return wall.toLocalTime();
    } else if (type == Timestamp.class || type == java.util.Date.class) {
      return Timestamp.valueOf(wall);
    } else if (type == Date.class) {
      return Date.valueOf(wall.toLocalDate());
    } else if (type == Time.class) {
      return Time.valueOf(wall.toLocalTime());
    }
    return null;
  }

  /**
   * A parameter value as the JDBC timestamp whose JVM-zone wall clock is the UTC wall clock
   * meant, or the value itself when it is not a point in time.
   */
  static Object parameter(Object value) {
    if (value instanceof LocalDateTime) {
      return Timestamp.valueOf((LocalDateTime) value);
    } else if (value instanceof OffsetDateTime) {
      return Timestamp.valueOf(((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    } else if (value instanceof ZonedDateTime) {
      return Timestamp.valueOf(LocalDateTime.ofInstant(((ZonedDateTime) value).toInstant(), ZoneOffset.UTC));
    } else if (value instanceof Instant) {
      return Timestamp.valueOf(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
    } else if (value instanceof LocalDate) {
      return Date.valueOf((LocalDate) value);
    }
    return value;
  }

  /** The JVM's zone as a calendar, which JDBC uses when a parameter comes without one. */
  static Calendar localCalendar() {
    return Calendar.getInstance(TimeZone.getDefault());
  }
}
