package dev.huntsql.engine.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads another stream ahead on its own thread, so that decompressing gzip on one core overlaps
 * with parsing on another. An error of the underlying stream (a truncated gzip's
 * {@link java.io.EOFException}) reaches the reader where it happened, after the bytes before it.
 */
final class PrefetchingInputStream extends BlockInputStream {
  private static final int CHUNK = 1 << 18;
  private static final ExecutorService THREADS = DaemonThreads.pool("huntsql-inflate");

  /** A chunk of bytes, or the end (n < 0), or a failure. */
  private record Chunk(byte[] bytes, int n, IOException failure) {}

  private final InputStream source;
  private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(8);
  private volatile boolean closed;
  private Chunk chunk;
  private int position;

  PrefetchingInputStream(InputStream source) {
    this.source = source;
    THREADS.execute(this::fill);
  }

  private void fill() {
    while (!closed) {
      byte[] bytes = new byte[CHUNK];
      int n = 0;
      IOException failure = null;
      try {
        for (int read; n < CHUNK && (read = source.read(bytes, n, CHUNK - n)) > 0; ) {
          n += read;
        }
      } catch (IOException e) {
        failure = e;
      } catch (RuntimeException | Error e) {
        if (closed) {
          // The reader closed the stream (a LIMIT, a cancel) while this thread was inflating.
          return;
        }
        // Whatever went wrong, the reader must get an end, or it would wait forever.
        failure = new IOException(e.toString(), e);
      }
      if (n > 0) {
        // The bytes before a failure still count.
        hand(new Chunk(bytes, n, null));
      }
      if (failure != null || n < CHUNK) {
        hand(new Chunk(null, -1, failure));
        return;
      }
    }
  }

  private void hand(Chunk next) {
    try {
      while (!closed && !chunks.offer(next, 100, TimeUnit.MILLISECONDS)) {
        // The reader is busy; wait for room.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  protected int readBlock(byte[] buffer, int offset, int length) throws IOException {
    while (chunk == null || position >= chunk.n()) {
      if (chunk != null && chunk.n() < 0) {
        if (chunk.failure() != null) {
          throw chunk.failure();
        }
        return -1;
      }
      try {
        chunk = chunks.take();
        position = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    int n = Math.min(length, chunk.n() - position);
    System.arraycopy(chunk.bytes(), position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    chunks.clear();
    source.close();
  }
}
