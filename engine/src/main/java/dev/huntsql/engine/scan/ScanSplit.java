package dev.huntsql.engine.scan;

import dev.huntsql.engine.files.FileSlice;

/**
 * A piece of work for a scan: a whole file, or the whole lines between two byte offsets of a
 * large JSON lines file.
 *
 * @param file the file and how it is written
 * @param start the first byte (the start of a line), or 0
 * @param end the byte after the last line, or -1 for the end of the file
 */
public record ScanSplit(FileSlice file, long start, long end) {
  /** The whole file. */
  public static ScanSplit whole(FileSlice file) {
    return new ScanSplit(file, 0, -1);
  }

  public boolean isWholeFile() {
    return start == 0 && end < 0;
  }
}
