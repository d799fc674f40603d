package dev.huntsql.engine.scan;

import dev.huntsql.engine.files.EventFiles;
import dev.huntsql.engine.files.FileFormat;
import dev.huntsql.engine.files.FileSlice;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a table's files into pieces of work for several cores: a large plain JSON lines file into
 * byte ranges whose ends are moved forward to line starts; any other file (gzip, CSV, a JSON
 * document) stays whole.
 */
public final class SplitPlanner {
  /** Files at least twice this large are cut into pieces of about this size. */
  static final long SPLIT_BYTES = 32L << 20;

  /** The piece size; the system property {@code huntsql.scan.splitBytes} overrides it (for tests). */
  static long splitBytes() {
    return Long.getLong("huntsql.scan.splitBytes", SPLIT_BYTES);
  }

  private SplitPlanner() {}

  public static List<ScanSplit> plan(List<FileSlice> files) {
    long pieceBytes = splitBytes();
    List<ScanSplit> splits = new ArrayList<>();
    for (FileSlice file : files) {
      long size = sizeOf(file);
      if (file.format() != FileFormat.JSON_LINES || EventFiles.isGzip(file.path()) || size < 2 * pieceBytes
          || EventFiles.isUtf16(file.path())) {
        splits.add(ScanSplit.whole(file));
        continue;
      }
      try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
        long start = 0;
        while (start < size) {
          long end = start + pieceBytes >= size ? size : lineStartAfter(channel, start + pieceBytes, size);
          splits.add(new ScanSplit(file, start, end));
          start = end;
        }
      } catch (IOException e) {
        splits.add(ScanSplit.whole(file));
      }
    }
    return splits;
  }

  /** Total bytes of the files (compressed size for gzip). */
  public static long totalBytes(List<FileSlice> files) {
    long total = 0;
    for (FileSlice file : files) {
      total += sizeOf(file);
    }
    return total;
  }

  private static long sizeOf(FileSlice file) {
    try {
      return Files.size(file.path());
    } catch (IOException e) {
      return 0;
    }
  }

  /** The offset just after the first line feed at or after {@code from}, or {@code size}. */
  private static long lineStartAfter(FileChannel channel, long from, long size) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    long position = from;
    while (position < size) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buffer.get(i) == '\n') {
          return position + i + 1;
        }
      }
      position += n;
    }
    return size;
  }
}
