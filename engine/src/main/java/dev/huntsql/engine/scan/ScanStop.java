package dev.huntsql.engine.scan;

import dev.huntsql.engine.HuntException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Why a running scan must stop: the query was cancelled, or the heap ran low since the scan began. */
public final class ScanStop {
  private final AtomicBoolean cancelled;
  private final long memoryTicket = MemoryBudget.ticket();

  /** For a scan starting now; {@code cancelled} is the statement's flag, or null. */
  public ScanStop(AtomicBoolean cancelled) {
    this.cancelled = cancelled;
  }

  /** Throws the reason to stop, if there is one. */
  void check() {
    if (cancelled != null && cancelled.get()) {
      throw new HuntException("query cancelled");
    }
    MemoryBudget.check(memoryTicket);
  }
}
