package dev.huntsql.engine.scan;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding them, so each line can go to the JSON parser
 * as bytes. Accepts LF and CRLF; a UTF-8 byte order mark at the start is dropped.
 */
final class LineReader {
  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private boolean eof;
  private boolean first = true;
  private long lineNumber;

  private int lineStart;
  private int lineLength;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    int scanFrom = start;
    while (true) {
      int newline = ByteSearch.indexOf(buffer, scanFrom, end, (byte) '\n');
      if (newline >= 0) {
        setLine(start, newline);
        start = newline + 1;
        return true;
      }
      if (eof) {
        if (start < end) {
          setLine(start, end);
          start = end;
          return true;
        }
        return false;
      }
      scanFrom = end - start;
      fill();
      scanFrom += start;
    }
  }

  private void setLine(int from, int newline) {
    int to = newline;
    if (to > from && buffer[to - 1] == '\r') {
      to--;
    }
    if (first) {
      first = false;
      if (to - from >= 3 && (buffer[from] & 0xFF) == 0xEF && (buffer[from + 1] & 0xFF) == 0xBB
          && (buffer[from + 2] & 0xFF) == 0xBF) {
        from += 3;
      }
    }
    lineStart = from;
    lineLength = to - from;
    lineNumber++;
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }

  byte[] buffer() {
    return buffer;
  }

  int lineStart() {
    return lineStart;
  }

  int lineLength() {
    return lineLength;
  }

  long lineNumber() {
    return lineNumber;
  }

  boolean lineIsBlank() {
    for (int i = lineStart; i < lineStart + lineLength; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
