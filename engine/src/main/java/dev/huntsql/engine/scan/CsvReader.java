package dev.huntsql.engine.scan;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records: fields separated by a delimiter, quoted with {@code "} when they
 * hold the delimiter, quotes or line breaks ({@code ""} is a quote inside quotes), records ended
 * by CRLF or LF. A UTF-8 byte order mark before the first field is dropped.
 *
 * <p>The raw text of each record is kept, so that a record damaged by a missing quote (which
 * swallows the lines after it) can be read again line by line.
 */
public final class CsvReader implements Closeable {
  /** Thrown for a record that cannot be read; the reader can go on with the next line. */
  public static final class MalformedRecord extends IOException {
    MalformedRecord(String message) {
      super(message);
    }
  }

  /** Line breaks a quoted field may hold before it is taken for a missing closing quote. */
  static final int MAX_QUOTED_LINES = 1000;

  private final Reader in;
  private final StringBuilder raw = new StringBuilder();
  private final char delimiter;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;
  private boolean started;

  public CsvReader(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The fields of the next record, or null at the end of the input. */
  public List<String> next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
      }
    }
    if (peek() < 0) {
      return null;
    }
    recordLine = line;
    raw.setLength(0);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    while (true) {
      int c = read();
      if (c < 0) {
        fields.add(field.toString());
        return fields;
      }
      if (c == '"' && field.length() == 0) {
        readQuoted(field);
        int after = peek();
        if (after >= 0 && after != delimiter && after != '\n' && after != '\r') {
          // Text after a closing quote: the quoting is broken (a quote lost or added).
          skipRestOfLine();
          throw new MalformedRecord("text follows a closing quote (a quote is missing or extra)");
        }
        continue;
      }
      if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
      }
    }
  }

  private void readQuoted(StringBuilder field) throws IOException {
    int lineBreaks = 0;
    while (true) {
      int c = read();
      if (c < 0) {
        throw new MalformedRecord("a quoted field is not closed before the end of the file");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          field.append('"');
          continue;
        }
        return;
      }
      if (c == '\n') {
        line++;
        if (++lineBreaks > MAX_QUOTED_LINES) {
          throw new MalformedRecord("a quoted field runs over " + MAX_QUOTED_LINES + " lines (a closing quote is missing?)");
        }
      }
      field.append((char) c);
    }
  }

  private void skipRestOfLine() throws IOException {
    for (int c = read(); c >= 0; c = read()) {
      if (c == '\n') {
        line++;
        return;
      }
    }
  }

  /** The text of the last record read (or being read when it failed), without its final line break. */
  public String rawRecord() {
    int end = raw.length();
    while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
      end--;
    }
    return raw.substring(0, end);
  }

  /** The 1-based line on which the last record returned by {@link #next} starts. */
  public long recordLine() {
    return recordLine;
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    char c = buffer[position++];
    raw.append(c);
    return c;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
