package dev.huntsql.engine.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
 * Streams the projected columns of one table's rows out of its files, a record at a time, so a
 * file larger than memory is fine. A malformed record is reported to {@link Diagnostics} and
 * skipped; the records after it still load. A file that ends early (a truncated gzip) keeps the
 * records before the damage.
 */
public final class EventScan implements Enumerator<Object[]> {
  /** Shared and thread-safe; tolerant of what real exports contain (NaN, huge strings). */
  public static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build();
  /** How often (in records) the cancel flag is looked at. */
  private static final int CANCEL_CHECK_INTERVAL = 1024;

  private final List<ScanSplit> splits;
  private final TableSchema schema;
  private final int[] projection;
  private final Diagnostics diagnostics;
  private final AtomicBoolean cancelled;
  private final ArrayDeque<Object[]> pending = new ArrayDeque<>();

  private int nextSplit;
  private ScanSplit split;
  private FileSlice file;
  private RowSource source;
  private Object[] current;
  private int sinceCancelCheck;

  public EventScan(List<ScanSplit> splits, TableSchema schema, int[] projection, Diagnostics diagnostics,
      AtomicBoolean cancelled) {
    this.splits = splits;
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
      if (++sinceCancelCheck >= CANCEL_CHECK_INTERVAL) {
        sinceCancelCheck = 0;
        if (cancelled != null && cancelled.get()) {
          throw new HuntException("query cancelled");
        }
      }
      if (source == null && !openNextFile()) {
        return false;
      }
      readFromSource();
    }
    current = pending.poll();
    return true;
  }

  private boolean openNextFile() {
    while (nextSplit < splits.size()) {
      split = splits.get(nextSplit++);
      file = split.file();
      InputStream in = null;
      try {
        if (split.isWholeFile()) {
          in = EventFiles.open(file.path());
          source = openSource(in);
        } else {
          in = EventFiles.openRange(file.path(), split.start(), split.end());
          source = new JsonLinesSource(in, decoder(), file.path(), diagnostics, new LineBase(file.path(), split.start()));
        }
        return true;
      } catch (IOException e) {
        diagnostics.badFile(file.path(), "cannot be read: " + e.getMessage());
        closeQuietly(in);
      }
    }
    return false;
  }

  private RowSource openSource(InputStream in) throws IOException {
    switch (file.format()) {
      case CSV:
        return new CsvSource(in, ',', schema, projection, file.path(), diagnostics);
      case TSV:
        return new CsvSource(in, '\t', schema, projection, file.path(), diagnostics);
      case JSON_DOCUMENT:
        return new JsonDocumentSource(in, decoder(), file.path(), diagnostics);
      default:
        return new JsonLinesSource(in, decoder(), file.path(), diagnostics, LineBase.START);
    }
  }

  private RecordDecoder decoder() {
    return new RecordDecoder(schema, projection, file.envelopes(), JSON);
  }

  private void readFromSource() {
    try {
      if (!source.readNext(pending::add)) {
        closeSource();
      }
    } catch (EOFException e) {
      diagnostics.badFile(file.path(), "ends early (truncated?) near line " + source.line()
          + "; the records before it were read");
      closeSource();
    } catch (IOException e) {
      diagnostics.badFile(file.path(), "read failed near line " + source.line() + ": " + e.getMessage());
      closeSource();
    }
  }

  private void closeSource() {
    closeQuietly(source);
    source = null;
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException ignored) {
        // Read-only files: a failed close loses nothing.
      }
    }
  }

  @Override
  public void reset() {
    close();
    nextSplit = 0;
    pending.clear();
  }

  @Override
  public void close() {
    closeSource();
  }
}
