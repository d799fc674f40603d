package dev.huntsql.jdbc;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops one statement's running query: when asked, when its time limit passes, or when its
 * connection or the server closes; and says why in the error the query then fails with.
 *
 * <p>It raises Calcite's cancel flag for the statement, which the event scan checks between
 * batches of records; it never blocks, so a timer can stop a query that is still being planned.
 */
final class Cancellation {
  /** SQLSTATE for "query canceled". */
  static final String CANCELLED = "57014";

  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final AtomicBoolean flag;
  private volatile String reason;
  private volatile boolean timedOut;
  private volatile boolean running;
  private ScheduledFuture<?> deadline;

  Cancellation(AtomicBoolean flag) {
    this.flag = flag;
  }

  /** A query starts; it may run for {@code seconds} (0: no limit). */
  synchronized void start(int seconds) {
    finish();
    reason = null;
    timedOut = false;
    flag.set(false);
    running = true;
    if (seconds > 0) {
      deadline = TIMER.schedule(() -> {
        timedOut = true;
        cancel("it ran longer than its limit of " + seconds + " s");
      }, seconds, TimeUnit.SECONDS);
    }
  }

  /** The query has ended (its rows were read, or it was closed). */
  synchronized void finish() {
    running = false;
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }

  boolean running() {
    return running;
  }

  /** Stops the running query, if any, for the reason given (the first reason wins). */
  void cancel(String why) {
    if (reason == null) {
      reason = why;
    }
    flag.set(true);
  }

  boolean cancelled() {
    return reason != null;
  }

  /** The error a query fails with: why it was stopped, when it was, or else the failure itself. */
  SQLException explain(Throwable failure) {
    if (reason != null) {
      String message = "query stopped: " + reason;
      return timedOut ? new SQLTimeoutException(message, CANCELLED, failure)
          : new SQLException(message, CANCELLED, failure);
    }
    if (failure instanceof SQLException) {
      return SqlStates.restated((SQLException) failure);
    }
    return SqlStates.restated(new SQLException(messageOf(failure), failure));
  }

  private static String messageOf(Throwable failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "huntsql-query-timer");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }
}
