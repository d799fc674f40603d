package dev.huntsql.engine.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.files.EventFiles;
import dev.huntsql.engine.files.FileSlice;
import dev.huntsql.engine.schema.TableSchema;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Streams the projected columns of one table's rows out of its files, one record at a time, so a
 * file larger than memory is fine. A malformed record is reported to {@link Diagnostics} and
 * skipped; the records after it still load.
 */
public final class EventScan implements Enumerator<Object[]> {
  /** Shared and thread-safe; tolerant of what real exports contain. */
  public static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
      .build();

  private final List<FileSlice> files;
  private final TableSchema schema;
  private final int[] projection;
  private final Diagnostics diagnostics;
  private final AtomicBoolean cancelled;
  private final ArrayDeque<Object[]> pending = new ArrayDeque<>();

  private int nextFile;
  private FileSlice file;
  private InputStream in;
  private LineReader lines;
  private RecordDecoder decoder;
  private Object[] current;

  public EventScan(List<FileSlice> files, TableSchema schema, int[] projection, Diagnostics diagnostics,
      AtomicBoolean cancelled) {
    this.files = files;
    this.schema = schema;
    this.projection = projection;
    this.diagnostics = diagnostics;
    this.cancelled = cancelled;
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    while (pending.isEmpty()) {
      if (cancelled != null && cancelled.get()) {
        throw new HuntException("query cancelled");
      }
      if (lines == null && !openNextFile()) {
        return false;
      }
      readMore();
    }
    current = pending.poll();
    return true;
  }

  private boolean openNextFile() {
    while (nextFile < files.size()) {
      file = files.get(nextFile++);
      decoder = new RecordDecoder(schema, projection, file.envelopes(), JSON);
      try {
        in = EventFiles.open(file.path());
        if (!file.lineDelimited()) {
          readDocument();
          continue;
        }
        lines = new LineReader(in);
        return true;
      } catch (IOException e) {
        diagnostics.badFile(file.path(), "cannot be read: " + e.getMessage());
        closeFile();
      }
    }
    return false;
  }

  /** Reads up to a batch of lines of the current file into {@link #pending}. */
  private void readMore() {
    try {
      for (int n = 0; n < 1024 && pending.isEmpty(); n++) {
        if (!lines.next()) {
          closeFile();
          return;
        }
        if (lines.lineIsBlank()) {
          continue;
        }
        try (JsonParser parser = JSON.createParser(lines.buffer(), lines.lineStart(), lines.lineLength())) {
          decoder.decodeLine(parser, pending::add);
        } catch (JsonProcessingException e) {
          pending.clear();
          diagnostics.badRecord(file.path(), lines.lineNumber(), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
          pending.clear();
          diagnostics.badRecord(file.path(), lines.lineNumber(), e.getMessage());
        }
        String invalid = decoder.takeInvalidValues();
        if (invalid != null) {
          diagnostics.badValue(file.path(), lines.lineNumber(), invalid);
        }
      }
    } catch (EOFException e) {
      diagnostics.badFile(file.path(), "ends early (truncated?) after line " + lines.lineNumber()
          + "; the records before it were read");
      closeFile();
    } catch (IOException e) {
      diagnostics.badFile(file.path(), "read failed after line " + lines.lineNumber() + ": " + e.getMessage());
      closeFile();
    }
  }

  /** Reads a whole JSON document (not one value per line): all its rows, or up to its first error. */
  private void readDocument() throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      decoder.decodeDocument(parser, pending::add);
    } catch (JsonProcessingException e) {
      diagnostics.badRecord(file.path(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "malformed JSON, the rest of this file is skipped: " + e.getOriginalMessage());
    } finally {
      String invalid = decoder.takeInvalidValues();
      if (invalid != null) {
        diagnostics.badValue(file.path(), 0, invalid);
      }
      closeFile();
    }
  }

  private void closeFile() {
    lines = null;
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // Nothing was written; a failed close of a read-only file loses nothing.
      }
      in = null;
    }
  }

  @Override
  public void reset() {
    close();
    nextFile = 0;
    pending.clear();
  }

  @Override
  public void close() {
    closeFile();
  }
}
