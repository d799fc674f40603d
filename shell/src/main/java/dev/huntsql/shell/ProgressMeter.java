package dev.huntsql.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Shows, on one self-erasing line, that a long query is still running: elapsed time and, where
 * the operating system counts it cheaply ({@code /proc/self/io} on Linux), bytes read and rate.
 */
final class ProgressMeter {
  /** A meter that never draws, for batch runs. */
  static final ProgressMeter NONE = new ProgressMeter(null);

  private static final long DELAY_MS = 1000;
  private static final long PERIOD_MS = 250;
  private static final Path IO = Path.of("/proc/self/io");

  private final PrintWriter out;
  private ScheduledExecutorService timer;

  /** A meter drawing on {@code out}, which must be a terminal that understands ANSI erase-line; null for none. */
  ProgressMeter(PrintWriter out) {
    this.out = out;
  }

  /** A running meter; {@link #stop} erases it. */
  interface Handle {
    void stop();
  }

  Handle start() {
    if (out == null) {
      return () -> { };
    }
    synchronized (this) {
      if (timer == null) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
          Thread thread = new Thread(runnable, "huntsql-progress");
          thread.setDaemon(true);
          return thread;
        });
      }
    }
    Meter meter = new Meter(System.nanoTime(), bytesRead());
    meter.future = timer.scheduleAtFixedRate(meter::draw, DELAY_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    return meter::stop;
  }

  /** Bytes this process has read so far, or -1 where that is not known cheaply. */
  static long bytesRead() {
    try {
      for (String line : Files.readAllLines(IO)) {
        if (line.startsWith("rchar:")) {
          return Long.parseLong(line.substring(6).trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or not allowed: show the elapsed time only.
    }
    return -1;
  }

  static String describe(double seconds, long bytes) {
    StringBuilder text = new StringBuilder(String.format("running %.1f s", seconds));
    if (bytes >= 0) {
      text.append(" · read ").append(size(bytes));
      if (seconds > 0) {
        text.append(" · ").append(size((long) (bytes / seconds))).append("/s");
      }
    }
    return text.append(" · Ctrl-C cancels").toString();
  }

  static String size(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format("%d KB", bytes / 1024);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format("%.2f GB", bytes / (1024.0 * 1024 * 1024));
  }

  /** One query's meter. */
  private final class Meter {
    private final long started;
    private final long bytesAtStart;
    private ScheduledFuture<?> future;
    private boolean drawn;
    private boolean stopped;

    Meter(long started, long bytesAtStart) {
      this.started = started;
      this.bytesAtStart = bytesAtStart;
    }

    void draw() {
      long bytes = bytesAtStart < 0 ? -1 : bytesRead() - bytesAtStart;
      String text = describe((System.nanoTime() - started) / 1e9, bytes);
      synchronized (out) {
        if (!stopped) {
          out.print("\r\033[K" + text);
          out.flush();
          drawn = true;
        }
      }
    }

    void stop() {
      if (future != null) {
        future.cancel(false);
      }
      synchronized (out) {
        if (drawn && !stopped) {
          out.print("\r\033[K");
          out.flush();
        }
        stopped = true;
      }
    }
  }
}
