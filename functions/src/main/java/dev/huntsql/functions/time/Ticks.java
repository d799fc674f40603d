package dev.huntsql.functions.time;

import java.time.Instant;

/** Instants as Kusto's 100-nanosecond ticks since the Unix epoch, and back. */
final class Ticks {
  static final long PER_MICROSECOND = 10L;
  static final long PER_MILLISECOND = 10_000L;
  static final long PER_SECOND = 10_000_000L;
  static final long PER_MINUTE = 60 * PER_SECOND;
  static final long PER_HOUR = 60 * PER_MINUTE;
  static final long PER_DAY = 24 * PER_HOUR;
  static final long NANOS_PER_TICK = 100L;

  private Ticks() {}

  /** The instant's ticks, rounded down; throws ArithmeticException beyond the long range. */
  static long of(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), PER_SECOND),
        instant.getNano() / NANOS_PER_TICK);
  }

  static Instant toInstant(long ticks) {
    return Instant.ofEpochSecond(Math.floorDiv(ticks, PER_SECOND),
        Math.floorMod(ticks, PER_SECOND) * NANOS_PER_TICK);
  }
}
