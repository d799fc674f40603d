package dev.huntsql.engine.scan;

import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.files.DaemonThreads;
import dev.huntsql.engine.schema.TableSchema;
import dev.huntsql.functions.time.QueryClock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.calcite.linq4j.Enumerator;

/**
 * A scan whose pieces of work ({@link ScanSplit}s) are parsed on several cores at once, handing
 * rows to the query's thread in batches. Rows come in no particular order, as SQL allows.
 */
public final class ParallelScan implements Enumerator<Object[]> {
  private static final int BATCH = 1024;
  private static final Object[][] DONE = new Object[0][];
  private static final ExecutorService THREADS = DaemonThreads.pool("huntsql-scan");

  private final List<ScanSplit> splits;
  private final TableSchema schema;
  private final int[] projection;
  private final ScanProgram program;
  private final Diagnostics diagnostics;
  private final ScanStop stop;
  private final int workers;

  private final ConcurrentLinkedQueue<ScanSplit> todo = new ConcurrentLinkedQueue<>();
  private final BlockingQueue<Object[][]> batches = new ArrayBlockingQueue<>(32);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private boolean started;
  private java.time.Instant clock;
  private int finishedWorkers;
  private Object[][] batch = DONE;
  private int next;
  private Object[] current;

  public ParallelScan(List<ScanSplit> splits, TableSchema schema, int[] projection,
      ScanProgram program, Diagnostics diagnostics, ScanStop stop, int workers) {
    this.program = program;
    this.splits = splits;
    this.schema = schema;
    this.projection = projection;
    this.diagnostics = diagnostics;
    this.stop = stop;
    this.workers = Math.max(1, Math.min(workers, splits.size()));
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    if (!started) {
      start();
    }
    while (next >= batch.length) {
      if (finishedWorkers == workers) {
        rethrowFailure();
        return false;
      }
      batch = take();
      next = 0;
      if (batch == DONE) {
        finishedWorkers++;
      }
    }
    current = batch[next++];
    return true;
  }

  private void start() {
    started = true;
    // Functions run on the workers too: they must see the query's one "now".
    clock = QueryClock.pinned() != null ? QueryClock.pinned() : java.time.Instant.now();
    todo.addAll(splits);
    for (int i = 0; i < workers; i++) {
      THREADS.execute(this::work);
    }
  }

  private void work() {
    QueryClock.pin(clock);
    try {
      for (ScanSplit split; !stopped.get() && (split = todo.poll()) != null; ) {
        try (EventScan scan = new EventScan(List.of(split), schema, projection, program, diagnostics, stop)) {
          Object[][] rows = new Object[BATCH][];
          int n = 0;
          while (!stopped.get() && scan.moveNext()) {
            rows[n++] = scan.current();
            if (n == BATCH) {
              put(rows);
              rows = new Object[BATCH][];
              n = 0;
            }
          }
          if (n > 0) {
            put(Arrays.copyOf(rows, n));
          }
        }
      }
    } catch (Throwable t) {
      failure.compareAndSet(null, t);
      stopped.set(true);
    } finally {
      QueryClock.unpin();
      put(DONE);
    }
  }

  /** Hands a batch over, waiting while the query's thread is busy, unless the scan was closed. */
  private void put(Object[][] rows) {
    try {
      while (!batches.offer(rows, 100, TimeUnit.MILLISECONDS)) {
        if (stopped.get() && rows != DONE) {
          return;
        }
        if (stopped.get()) {
          // Closed: nobody drains the queue any more, so make room for the end marker.
          batches.poll();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Object[][] take() {
    try {
      while (true) {
        Object[][] rows = batches.poll(100, TimeUnit.MILLISECONDS);
        if (rows != null) {
          return rows;
        }
        try {
          stop.check();
        } catch (HuntException e) {
          stopped.set(true);
          throw e;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped.set(true);
      throw new HuntException("query interrupted");
    }
  }

  private void rethrowFailure() {
    Throwable t = failure.get();
    if (t instanceof OutOfMemoryError) {
      // A worker ran out before the budget stopped it: the query fails the same way.
      throw new HuntException(MemoryBudget.message(), t);
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    if (t != null) {
      throw new HuntException("scan failed: " + t.getMessage(), t);
    }
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("a parallel scan is read once");
  }

  @Override
  public void close() {
    stopped.set(true);
    batches.clear();
  }
}
