package dev.huntsql.engine.files;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Thread pools for background reading that never keep the JVM alive (the CLI exits when done). */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** A growing pool of daemon threads named {@code name}. */
  public static ExecutorService pool(String name) {
    return Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
  }
}
