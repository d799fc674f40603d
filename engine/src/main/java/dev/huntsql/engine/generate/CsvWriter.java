package dev.huntsql.engine.generate;

import dev.huntsql.engine.schema.Column;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes events as an Advanced Hunting CSV export: a header row, RFC 4180 quoting (JSON columns
 * quoted), CRLF line ends, an empty cell for null.
 */
final class CsvWriter implements EventWriter {
  private final CountingOutputStream out;
  private final Writer text;
  private final int columns;
  private final TimestampText timestamps = new TimestampText();

  CsvWriter(OutputStream target, List<Column> columns) throws IOException {
    this.out = new CountingOutputStream(target);
    this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.columns = columns.size();
    for (int i = 0; i < this.columns; i++) {
      if (i > 0) {
        text.write(',');
      }
      cell(columns.get(i).name());
    }
    text.write("\r\n");
  }

  @Override
  public void write(EventRow row) throws IOException {
    for (int i = 0; i < columns; i++) {
      if (i > 0) {
        text.write(',');
      }
      switch (row.kind(i)) {
        case EventRow.STRING:
          cell(row.stringAt(i));
          break;
        case EventRow.NUMBER:
          text.write(Long.toString(row.numberAt(i)));
          break;
        case EventRow.BOOL:
          text.write(row.numberAt(i) != 0 ? "true" : "false");
          break;
        case EventRow.TIME:
          text.write(timestamps.format(row.numberAt(i), row.ticksAt(i)), 0, TimestampText.LENGTH);
          break;
        default:
          break;
      }
    }
    text.write("\r\n");
  }

  private void cell(String value) throws IOException {
    boolean quote = value.isEmpty();
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      text.write(value);
      return;
    }
    text.write('"');
    int start = 0;
    for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', i + 1)) {
      text.write(value, start, i + 1 - start);
      text.write('"');
      start = i + 1;
    }
    text.write(value, start, value.length() - start);
    text.write('"');
  }

  @Override
  public long bytes() {
    return out.count();
  }

  @Override
  public void close() throws IOException {
    text.close();
  }
}
