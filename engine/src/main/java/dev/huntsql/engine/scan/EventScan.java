package dev.huntsql.engine.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.files.EventFiles;
import dev.huntsql.engine.files.FileFormat;
import dev.huntsql.engine.files.FileSlice;
import dev.huntsql.engine.schema.Column;
import dev.huntsql.engine.schema.TableSchema;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.function.Function1;

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
  /** Turns a row of the projected columns into the query's row, or null to drop it; or null. */
  private final Function1<Object[], Object[]> program;
  private final TableSchema schema;
  private final int[] projection;
  private final Diagnostics diagnostics;
  private final ScanStop stop;
  private final ArrayDeque<Object[]> pending = new ArrayDeque<>();

  private int nextSplit;
  private ScanSplit split;
  private FileSlice file;
  private RowSource source;
  private Object[] current;
  private int sinceCancelCheck;

  private final ColumnCache cache = ColumnCache.SHARED;
  private final List<String> columnNames;
  /** The piece being read, when its columns may be cached. */
  private ColumnCache.Piece piece;
  /** The piece's cached columns, when it is being read from the cache. */
  private Object[][] cachedColumns;
  private int cachedRow;
  private int cachedRows;
  /** Values of the piece being parsed, to cache once it is read to its end. */
  private List<Object[]> collected;
  private long collectedBytes;
  /** Names the program's rows in the cache, or null when they are not kept (see ProgramKey). */
  private final String outputKey;
  /** Skips lines no record of can pass the program's filter, or null. */
  private final LineFilter lineFilter;
  /** The program's rows of the piece being read, to cache once it is read to its end. */
  private List<Object[]> outputs;
  private long outputBytes;
  /** The program's rows of the piece, when they come from the cache. */
  private Object[] keptRows;
  private int keptRow;
  /** {@link Diagnostics#reported} when the piece being read was opened. */
  private long problemsBefore;

  public EventScan(List<ScanSplit> splits, TableSchema schema, int[] projection, ScanProgram program,
      Diagnostics diagnostics, ScanStop stop) {
    this.program = program.rows();
    // In strict mode every line is parsed, so that damage anywhere stops the query; kept rows
    // may come from a run that skipped lines, so they are not used either.
    boolean everyLine = program.rows() == null || diagnostics.strict();
    this.outputKey = everyLine ? null : program.outputKey();
    this.lineFilter = everyLine ? null : program.lines();
    this.splits = splits;
    this.schema = schema;
    this.projection = projection;
    this.diagnostics = diagnostics;
    this.stop = stop;
    List<String> names = new java.util.ArrayList<>();
    for (int column : projection) {
      Column c = schema.columns().get(column);
      names.add(c.name() + ":" + c.type());
    }
    this.columnNames = names.isEmpty() ? List.of(ColumnCache.ROW_COUNT) : names;
  }

  @Override
  public Object[] current() {
    return current;
  }

  @Override
  public boolean moveNext() {
    while (true) {
      if (keptRows != null) {
        if (keptRow < keptRows.length) {
          if ((keptRow & (CANCEL_CHECK_INTERVAL - 1)) == 0) {
            stop.check();
          }
          // A copy: the kept row is shared by every later run of the query.
          current = ((Object[]) keptRows[keptRow++]).clone();
          return true;
        }
        keptRows = null;
      }
      if (!moveNextRaw()) {
        return false;
      }
      if (keptRows != null) {
        continue; // the piece just opened is answered from the cache
      }
      if (program == null) {
        return true;
      }
      Object[] row = program.apply(current);
      if (row != null) {
        if (outputs != null) {
          keepOutput(row);
        }
        current = row;
        return true;
      }
    }
  }

  private void keepOutput(Object[] row) {
    for (Object value : row) {
      outputBytes += ColumnCache.sizeOf(value);
    }
    outputBytes += 16;
    if (cache.fits(outputBytes)) {
      outputs.add(row);
    } else {
      outputs = null;
    }
  }

  /** The next row of the projected columns, as read (or cached). */
  private boolean moveNextRaw() {
    if (cachedColumns != null) {
      if (cachedRow < cachedRows) {
        if ((cachedRow & (CANCEL_CHECK_INTERVAL - 1)) == 0) {
          stop.check();
        }
        current = cachedRow(cachedRow++);
        return true;
      }
      cachedColumns = null;
      cacheOutputs();
    }
    while (pending.isEmpty()) {
      if (++sinceCancelCheck >= CANCEL_CHECK_INTERVAL) {
        sinceCancelCheck = 0;
        stop.check();
      }
      if (source == null) {
        if (!openNextFile()) {
          return false;
        }
        if (keptRows != null) {
          return true;
        }
        if (cachedColumns != null) {
          return moveNextRaw();
        }
      }
      readFromSource();
    }
    current = pending.poll();
    if (collected != null) {
      collect(current);
    }
    return true;
  }

  private Object[] cachedRow(int row) {
    if (projection.length == 0) {
      return EMPTY_ROW;
    }
    Object[] values = new Object[projection.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = cachedColumns[i][row];
    }
    return values;
  }

  private static final Object[] EMPTY_ROW = new Object[0];

  /** Looks the piece up in the cache; true when its rows will come from there. */
  private boolean readFromCache() {
    piece = cache.enabled() ? ColumnCache.Piece.of(split, schema.name()) : null;
    if (piece == null) {
      return false;
    }
    if (outputKey != null) {
      Object[][] kept = cache.get(piece, List.of(outputKey));
      if (kept != null) {
        keptRows = kept[0];
        keptRow = 0;
        return true;
      }
      outputs = new java.util.ArrayList<>();
      outputBytes = 0;
    }
    Object[][] columns = cache.get(piece, columnNames);
    if (columns == null) {
      // Lines the filter skips would be missing from the columns: keep none of this piece's.
      collected = skipsLines() ? null : new java.util.ArrayList<>();
      collectedBytes = 0;
      return false;
    }
    cachedColumns = columns;
    cachedRow = 0;
    cachedRows = projection.length == 0 ? (Integer) columns[0][0] : columns[0].length;
    return true;
  }

  private void collect(Object[] row) {
    for (Object value : row) {
      collectedBytes += ColumnCache.sizeOf(value);
    }
    collectedBytes += 16;
    if (!cache.fits(collectedBytes)) {
      // Too big to keep: stop holding its rows.
      collected = null;
      return;
    }
    collected.add(row);
  }

  /**
   * True when no problem was reported while the piece was read. A piece with one is not cached,
   * so every run reports it again (and a strict run stops at it); problems another thread
   * reported meanwhile count too, which only costs a cache entry.
   */
  private boolean pieceWasClean() {
    return diagnostics.reported() == problemsBefore;
  }

  /** Caches the program's rows of a piece that was read to its end. */
  private void cacheOutputs() {
    if (outputs != null && piece != null && pieceWasClean()) {
      cache.put(piece, outputKey, outputs.toArray(), outputBytes);
    }
    outputs = null;
  }

  /** Caches the columns of a piece that was read to its end. */
  private void cacheCollected() {
    if (collected == null || piece == null || !pieceWasClean()) {
      collected = null;
      return;
    }
    if (projection.length == 0) {
      cache.put(piece, ColumnCache.ROW_COUNT, new Object[] {collected.size()}, 64);
    }
    for (int i = 0; i < projection.length; i++) {
      Object[] values = new Object[collected.size()];
      for (int row = 0; row < values.length; row++) {
        values[row] = collected.get(row)[i];
      }
      cache.put(piece, columnNames.get(i), values, collectedBytes / projection.length + 16L * values.length);
    }
    collected = null;
  }

  private boolean openNextFile() {
    while (nextSplit < splits.size()) {
      split = splits.get(nextSplit++);
      file = split.file();
      collected = null;
      outputs = null;
      problemsBefore = diagnostics.reported();
      if (readFromCache()) {
        return true;
      }
      InputStream in = null;
      try {
        if (split.isWholeFile()) {
          in = EventFiles.open(file.path());
          source = openSource(in);
        } else {
          in = EventFiles.openRange(file.path(), split.start(), split.end());
          source = new JsonLinesSource(in, decoder(), lineFilter, file.path(), diagnostics,
              new LineBase(file.path(), split.start()));
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
        return new JsonLinesSource(in, decoder(), lineFilter, file.path(), diagnostics, LineBase.START);
    }
  }

  /** True when the line filter applies to the piece being opened (only JSON lines are filtered). */
  private boolean skipsLines() {
    return lineFilter != null && (!split.isWholeFile() || file.format() == FileFormat.JSON_LINES);
  }

  private RecordDecoder decoder() {
    return new RecordDecoder(schema, projection, file.envelopes(), JSON);
  }

  private void readFromSource() {
    try {
      readFromSourceOrRunOut();
    } catch (OutOfMemoryError e) {
      // The budget did not stop this scan in time: drop what it holds and fail the query alone.
      pending.clear();
      collected = null;
      outputs = null;
      throw new HuntException(MemoryBudget.message(), e);
    }
  }

  private void readFromSourceOrRunOut() {
    try {
      if (!source.readNext(pending::add)) {
        // Read to its end, and every row of it handed out (rows are read only when none are
        // pending): keep its columns for the next query.
        cacheCollected();
        cacheOutputs();
        closeSource();
      }
    } catch (EOFException e) {
      collected = null;
      outputs = null;
      diagnostics.badFile(file.path(), "ends early (truncated?) near line " + source.line()
          + "; the records before it were read");
      closeSource();
    } catch (IOException e) {
      collected = null;
      outputs = null;
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
