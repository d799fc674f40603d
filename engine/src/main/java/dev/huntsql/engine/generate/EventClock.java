package dev.huntsql.engine.generate;

import java.util.SplittableRandom;

/** Event time moving forward in 100-nanosecond ticks so that the expected rows span the time range. */
final class EventClock {
  private static final long TICKS_PER_SECOND = 10_000_000L;
  private final long meanGap;
  private long second;
  private long ticks;

  EventClock(long startSecond, long spanSeconds, long expectedRows) {
    this.second = startSecond;
    this.meanGap = Math.max(1, spanSeconds * TICKS_PER_SECOND / Math.max(1, expectedRows));
  }

  /** Moves on by a random gap averaging the span divided by the expected rows. */
  void next(SplittableRandom random) {
    step(random.nextLong(2 * meanGap + 1));
  }

  /** Moves on by up to {@code maxTicks}, for events of one connection. */
  void nudge(SplittableRandom random, long maxTicks) {
    step(random.nextLong(maxTicks + 1));
  }

  long second() {
    return second;
  }

  int ticks() {
    return (int) ticks;
  }

  private void step(long gap) {
    ticks += gap;
    if (ticks >= TICKS_PER_SECOND) {
      second += ticks / TICKS_PER_SECOND;
      ticks %= TICKS_PER_SECOND;
    }
  }
}
