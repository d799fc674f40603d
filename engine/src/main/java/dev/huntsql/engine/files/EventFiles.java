package dev.huntsql.engine.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
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

  /** A read-only stream of the file's (decompressed) bytes, as UTF-8 when the file is UTF-16. */
  public static InputStream open(Path path) throws IOException {
    InputStream raw = Files.newInputStream(path, StandardOpenOption.READ);
    try {
      // Inflate on another core while this one parses.
      InputStream in = isGzip(path) ? new PrefetchingInputStream(new GZIPInputStream(raw, BUFFER))
          : new BufferedInputStream(raw, BUFFER);
      PushbackInputStream peekable = new PushbackInputStream(in, 2);
      return startsWithUtf16Mark(peekable) ? new Utf16ToUtf8Stream(peekable) : peekable;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** Whether a plain file starts with a UTF-16 byte order mark (such a file is read whole, never in ranges). */
  public static boolean isUtf16(Path path) {
    if (isGzip(path)) {
      return false;
    }
    try (PushbackInputStream in = new PushbackInputStream(Files.newInputStream(path, StandardOpenOption.READ), 2)) {
      return startsWithUtf16Mark(in);
    } catch (IOException e) {
      return false;
    }
  }

  /** Peeks at the first two bytes for FF FE or FE FF, leaving the stream where it was. */
  private static boolean startsWithUtf16Mark(PushbackInputStream in) throws IOException {
    int first = in.read();
    int second = first < 0 ? -1 : in.read();
    if (second >= 0) {
      in.unread(second);
    }
    if (first >= 0) {
      in.unread(first);
    }
    return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
  }
}
