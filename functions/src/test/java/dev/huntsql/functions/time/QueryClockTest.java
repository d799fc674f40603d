package dev.huntsql.functions.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryClockTest {
  private static final Instant PINNED = Instant.parse("2025-09-01T12:00:00Z");

  @AfterEach
  void unpin() {
    QueryClock.unpin();
  }

  @Test
  void aPinnedInstantIsNowUntilUnpinned() {
    assertNull(QueryClock.pinned());
    QueryClock.pin(PINNED);
    assertEquals(PINNED, QueryClock.now());
    assertEquals(PINNED, QueryClock.pinned());
    QueryClock.unpin();
    assertNull(QueryClock.pinned());
    Instant before = Instant.now();
    Instant now = QueryClock.now();
    assertTrue(!now.isBefore(before) && !now.isAfter(Instant.now()), now.toString());
  }

  @Test
  void aPinBelongsToItsThread() throws InterruptedException {
    QueryClock.pin(PINNED);
    AtomicReference<Instant> seen = new AtomicReference<>();
    Thread other = new Thread(() -> seen.set(QueryClock.pinned()));
    other.start();
    other.join();
    assertNull(seen.get());
    assertEquals(PINNED, QueryClock.now());
  }

  @Test
  void nullCannotBePinned() {
    assertThrows(NullPointerException.class, () -> QueryClock.pin(null));
  }
}
