package dev.huntsql.engine.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How many lines come before a byte range of a file, counted only when a message needs a line
 * number (which is rare), so that a scan of a piece of a file can still name the file's line.
 */
final class LineBase {
  /** The base of a piece that starts the file. */
  static final LineBase START = new LineBase(null, 0);

  private final Path file;
  private final long start;
  private long linesBefore = -1;

  LineBase(Path file, long start) {
    this.file = file;
    this.start = start;
  }

  long linesBefore() {
    if (linesBefore < 0) {
      linesBefore = start == 0 ? 0 : count();
    }
    return linesBefore;
  }

  private long count() {
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    long left = start;
    try (InputStream in = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ))) {
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n <= 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        left -= n;
      }
    } catch (IOException e) {
      return 0;
    }
    return lines;
  }
}
