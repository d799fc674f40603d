package dev.huntsql.engine.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/** Opens event files for reading only, decompressing gzip transparently. */
public final class EventFiles {
  private static final int BUFFER = 1 << 16;

  private EventFiles() {}

  /** True for a gzip file (by name), which can only be read from its start. */
  public static boolean isGzip(Path path) {
    return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }

  /** A read-only stream of the bytes {@code [start, end)} of a plain (not gzip) file. */
  public static InputStream openRange(Path path, long start, long end) throws IOException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      channel.position(start);
      InputStream limited = new java.io.FilterInputStream(Channels.newInputStream(channel)) {
        private long left = end - start;

        @Override
        public int read() throws IOException {
          if (left <= 0) {
            return -1;
          }
          int b = super.read();
          left -= b < 0 ? 0 : 1;
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          if (left <= 0) {
            return -1;
          }
          int n = super.read(buffer, offset, (int) Math.min(length, left));
          left -= Math.max(n, 0);
          return n;
        }
      };
      return new BufferedInputStream(limited, BUFFER);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /** A read-only stream of the file's (decompressed) bytes. */
  public static InputStream open(Path path) throws IOException {
    InputStream raw = Files.newInputStream(path, StandardOpenOption.READ);
    try {
      if (isGzip(path)) {
        // Inflate on another core while this one parses.
        return new PrefetchingInputStream(new GZIPInputStream(raw, BUFFER));
      }
      return new BufferedInputStream(raw, BUFFER);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}
