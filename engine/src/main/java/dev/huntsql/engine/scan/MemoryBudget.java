package dev.huntsql.engine.scan;

import dev.huntsql.engine.HuntException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;

/**
 * Stops the scans that are running when the heap stays nearly full after a garbage collection,
 * so that a query holding too much (a GROUP BY with millions of groups, a big ORDER BY) ends with
 * a message, and the shell, the embedded driver's program or the server goes on, instead of an
 * {@code OutOfMemoryError} taking them down.
 *
 * <p>The budget is the heap ({@code -Xmx}, which the launcher takes from
 * {@code HUNTSQL_JAVA_OPTS}) times {@code huntsql.memory.fraction} (0.85 unless set). No query's
 * own memory can be measured, so every scan running at that moment stops; the column cache, being
 * only a cache, is emptied first.
 */
public final class MemoryBudget {
  private static final double FRACTION = fraction();
  /** How many times the heap ran low; a scan stops when it changes under it. */
  private static final AtomicLong LOW_MEMORY_EVENTS = new AtomicLong();
  private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

  static {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      long max = pool.getUsage().getMax();
      if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
        pool.setCollectionUsageThreshold((long) (max * FRACTION));
      }
    }
    ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((notification, handback) -> {
      if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
        heapRanLow();
      }
    }, null, null);
  }

  private static void heapRanLow() {
    ColumnCache.SHARED.clear();
    // The collection that reported the heap full may have left garbage behind (a query stopped a
    // moment ago): only what a full collection keeps counts, or the next query would stop too.
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    if (heap.getUsed() > Runtime.getRuntime().maxMemory() * FRACTION) {
      LOW_MEMORY_EVENTS.incrementAndGet();
      LISTENERS.forEach(Runnable::run);
    }
  }

  /**
   * Also calls {@code listener} whenever running scans are stopped for memory (the server cancels
   * its clients' queries, some of which may be past their scans); closing the handle stops that.
   */
  public static Registration onLowMemory(Runnable listener) {
    LISTENERS.add(listener);
    return () -> LISTENERS.remove(listener);
  }

  private MemoryBudget() {}

  /** A listener's registration; closing it removes the listener. */
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** Taken when a scan starts; {@link #check} compares against it. */
  public static long ticket() {
    return LOW_MEMORY_EVENTS.get();
  }

  /** Throws the user's message when the heap ran low since {@code ticket} was taken. */
  static void check(long ticket) {
    if (LOW_MEMORY_EVENTS.get() != ticket) {
      throw new HuntException(message());
    }
  }

  /** What the user reads when a query is stopped for memory (or ran out of it regardless). */
  public static String message() {
    return String.format(Locale.ROOT, "query stopped: it needed more memory than huntsql may use (%,d MB of heap)."
        + " Narrow it (filters, fewer or coarser GROUP BY keys, LIMIT) or give huntsql more memory, for example"
        + " HUNTSQL_JAVA_OPTS=-Xmx8g", Runtime.getRuntime().maxMemory() >> 20);
  }

  private static double fraction() {
    try {
      double value = Double.parseDouble(System.getProperty("huntsql.memory.fraction", "0.85"));
      return value > 0 && value <= 1 ? value : 0.85;
    } catch (NumberFormatException e) {
      return 0.85;
    }
  }
}
