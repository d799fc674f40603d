package dev.huntsql.engine.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Rows of a JSON lines file: each line is decoded on its own, so a bad line costs that line only. */
final class JsonLinesSource implements RowSource {
  private final InputStream in;
  private final LineReader lines;
  private final RecordDecoder decoder;
  /** Skips lines no record of can pass the query's filter; or null. */
  private final LineFilter filter;
  private final Path file;
  private final Diagnostics diagnostics;
  private final LineBase lineBase;

  JsonLinesSource(InputStream in, RecordDecoder decoder, LineFilter filter, Path file, Diagnostics diagnostics,
      LineBase lineBase) {
    this.filter = filter;
    this.lineBase = lineBase;
    this.in = in;
    this.lines = new LineReader(in);
    this.decoder = decoder;
    this.file = file;
    this.diagnostics = diagnostics;
  }

  @Override
  public boolean readNext(Consumer<Object[]> rows) throws IOException {
    if (!lines.next()) {
      return false;
    }
    if (lines.lineIsBlank()
        || (filter != null && !filter.mayMatch(lines.buffer(), lines.lineStart(), lines.lineLength()))) {
      return true;
    }
    RowBuffer buffer = new RowBuffer();
    try (JsonParser parser = EventScan.JSON.createParser(lines.buffer(), lines.lineStart(), lines.lineLength())) {
      decoder.decodeLine(parser, buffer);
      buffer.drainTo(rows);
    } catch (JsonProcessingException e) {
      if (!readWithInvalidUtf8Replaced(e, rows)) {
        diagnostics.badRecord(file, line(), "malformed JSON: " + JsonMessages.plain(e.getOriginalMessage()));
      }
    } catch (IOException e) {
      diagnostics.badRecord(file, line(), e.getMessage());
    }
    String invalid = decoder.takeInvalidValues();
    if (invalid != null) {
      diagnostics.badValue(file, line(), invalid);
    }
    return true;
  }

  /**
   * Reads the line again with its invalid UTF-8 bytes replaced by U+FFFD, when that is what the
   * parser stumbled on: one bad byte in a value should not cost the record.
   */
  private boolean readWithInvalidUtf8Replaced(JsonProcessingException e, Consumer<Object[]> rows) {
    String message = String.valueOf(e.getOriginalMessage());
    if (!message.contains("UTF-8") && !message.contains("UTF8")) {
      return false;
    }
    byte[] repaired = new String(lines.buffer(), lines.lineStart(), lines.lineLength(),
        java.nio.charset.StandardCharsets.UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    RowBuffer buffer = new RowBuffer();
    try (JsonParser parser = EventScan.JSON.createParser(repaired)) {
      decoder.decodeLine(parser, buffer);
    } catch (IOException again) {
      return false;
    }
    buffer.drainTo(rows);
    diagnostics.badValue(file, line(), "invalid UTF-8 bytes, read as U+FFFD");
    return true;
  }

  @Override
  public long line() {
    return lineBase.linesBefore() + lines.lineNumber();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Holds a line's rows until the whole line has decoded, so a bad line gives no partial rows. */
  private static final class RowBuffer implements Consumer<Object[]> {
    private Object[] single;
    private java.util.List<Object[]> more;

    @Override
    public void accept(Object[] row) {
      if (single == null) {
        single = row;
      } else {
        if (more == null) {
          more = new java.util.ArrayList<>();
        }
        more.add(row);
      }
    }

    void drainTo(Consumer<Object[]> rows) {
      if (single != null) {
        rows.accept(single);
      }
      if (more != null) {
        more.forEach(rows);
      }
    }
  }
}
