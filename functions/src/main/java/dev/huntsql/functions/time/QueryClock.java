package dev.huntsql.functions.time;

import java.time.Instant;
import java.util.Objects;

/** The instant KQL's {@code now()} and {@code ago()} read: pinned per thread for a query, else the system clock. */
public final class QueryClock {
  private static final ThreadLocal<Instant> PINNED = new ThreadLocal<>();

  private QueryClock() {}

  /** Makes {@link #now()} answer this instant on the current thread until {@link #unpin()}. */
  public static void pin(Instant instant) {
    PINNED.set(Objects.requireNonNull(instant, "instant"));
  }

  /** Returns the current thread to the system clock. */
  public static void unpin() {
    PINNED.remove();
  }

  /** The instant pinned on the current thread, or null when none is. */
  public static Instant pinned() {
    return PINNED.get();
  }

  /** The pinned instant of the current thread, else the current instant. */
  public static Instant now() {
    Instant pinned = PINNED.get();
    return pinned != null ? pinned : Instant.now();
  }
}
