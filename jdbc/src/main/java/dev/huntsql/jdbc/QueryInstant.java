package dev.huntsql.jdbc;

import dev.huntsql.functions.time.QueryClock;
import java.time.Instant;

/**
 * The one instant KQL's {@code now()} and {@code ago()} read throughout a query: pinned while the
 * query is planned and run, and whenever its result set computes rows (Calcite computes them
 * lazily, during {@code next()}).
 */
final class QueryInstant {
  private QueryInstant() {}

  /** Runs {@code call} with {@code instant} pinned (nothing pinned when null), then restores what was. */
  static Object pinned(Instant instant, Forwarding.Call call) throws Throwable {
    if (instant == null) {
      return call.run();
    }
    Instant outer = QueryClock.pinned();
    QueryClock.pin(instant);
    try {
      return call.run();
    } finally {
      if (outer == null) {
        QueryClock.unpin();
      } else {
        QueryClock.pin(outer);
      }
    }
  }
}
