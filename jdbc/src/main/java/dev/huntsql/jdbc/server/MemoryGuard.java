package dev.huntsql.jdbc.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Watches the heap and, when it stays nearly full after a garbage collection, stops the running
 * queries so that the server can keep serving rather than run out of memory.
 *
 * <p>No query's own memory can be measured, so all running queries are stopped: they are what
 * holds memory beyond the server's own modest needs.
 */
final class MemoryGuard implements NotificationListener, AutoCloseable {
  private final Runnable onLowMemory;
  private final NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();

  /** Calls {@code onLowMemory} whenever a heap pool is above {@code fraction} full after a collection. */
  MemoryGuard(double fraction, Runnable onLowMemory) {
    this.onLowMemory = onLowMemory;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      long max = pool.getUsage().getMax();
      if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
        pool.setCollectionUsageThreshold((long) (max * fraction));
      }
    }
    emitter.addNotificationListener(this, null, null);
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
      onLowMemory.run();
    }
  }

  @Override
  public void close() {
    try {
      emitter.removeNotificationListener(this);
    } catch (ListenerNotFoundException ignored) {
      // Already gone.
    }
  }
}
