package dev.huntsql.engine.calcite;

import java.time.Instant;

/**
 * Converts between Calcite's TIMESTAMP values (milliseconds of the UTC wall clock since the
 * epoch) and the {@link Instant}s the function library takes; called from generated code.
 *
 * <p>Calcite's own conversion goes through {@code java.sql.Timestamp}, whose fields follow the
 * JVM's time zone: a UTC wall-clock time inside that zone's daylight-saving gap (02:30 on the
 * day Auckland springs forward) comes back an hour later. Instants never meet a time zone.
 */
public final class UtcInstants {
  private UtcInstants() {}

  public static Instant toInstant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  /** Whole milliseconds, rounded down (TIMESTAMP(3) keeps no more). */
  public static Long toMillis(Instant instant) {
    if (instant == null) {
      return null;
    }
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
