package dev.huntsql.engine.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decoded values of recently read columns, so that a repeated query over unchanged files
 * skips parsing. Kept per piece of a file ({@link ScanSplit}) and column, within a memory budget,
 * least recently used first out; a file whose size or modification time changed is read anew.
 *
 * <p>The budget is a quarter of the heap unless the system property {@code huntsql.cache.bytes}
 * sets it; 0 turns the cache off.
 */
public final class ColumnCache {
  /** The cache all sessions of this JVM share. */
  public static final ColumnCache SHARED = new ColumnCache(
      Long.getLong("huntsql.cache.bytes", Runtime.getRuntime().maxMemory() / 4));

  /** Names the row count of a piece, cached for queries that read no column ({@code count(*)}). */
  static final String ROW_COUNT = "";

  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private volatile long budget;
  private long used;

  ColumnCache(long budget) {
    this.budget = budget;
  }

  /** A piece of a file as it is now (size and modification time), read for one table. */
  record Piece(Path path, long size, long modified, long start, long end, String table) {
    /** The piece, or null when the file cannot be looked at (then nothing is cached). */
    static Piece of(ScanSplit split, String table) {
      try {
        Path path = split.file().path();
        return new Piece(path, Files.size(path), Files.getLastModifiedTime(path).toMillis(), split.start(),
            split.end(), table);
      } catch (IOException e) {
        return null;
      }
    }
  }

  private record Key(Piece piece, String column) {}

  private record Entry(Object[] values, long bytes) {}

  /** Sets the budget in bytes (0 turns the cache off and empties it). */
  public synchronized void setBudget(long bytes) {
    budget = bytes;
    evict();
  }

  /** Forgets every cached column (when the heap runs low). */
  public synchronized void clear() {
    entries.clear();
    used = 0;
  }

  public boolean enabled() {
    return budget > 0;
  }

  /** Whether a piece's columns of this many bytes could be kept at all. */
  boolean fits(long bytes) {
    return bytes <= budget / 2;
  }

  /** The cached values of every named column of a piece, or null unless all are cached. */
  synchronized Object[][] get(Piece piece, List<String> columns) {
    if (budget <= 0) {
      return null;
    }
    Object[][] values = new Object[columns.size()][];
    for (int i = 0; i < values.length; i++) {
      Entry entry = entries.get(new Key(piece, columns.get(i)));
      if (entry == null) {
        return null;
      }
      values[i] = entry.values();
    }
    return values;
  }

  /** Keeps the values of a column of a piece (all columns of one piece have as many rows). */
  synchronized void put(Piece piece, String column, Object[] values, long bytes) {
    if (budget <= 0 || !fits(bytes)) {
      return;
    }
    Entry old = entries.put(new Key(piece, column), new Entry(values, bytes));
    used += bytes - (old == null ? 0 : old.bytes());
    evict();
  }

  private void evict() {
    Iterator<Map.Entry<Key, Entry>> oldest = entries.entrySet().iterator();
    while (used > budget && oldest.hasNext()) {
      used -= oldest.next().getValue().bytes();
      oldest.remove();
    }
  }

  /** A rough count of the heap a value takes (object header, fields, characters). */
  static long sizeOf(Object value) {
    if (value == null) {
      return 8;
    }
    if (value instanceof String) {
      return 56 + ((String) value).length();
    }
    return 24;
  }
}
