package dev.huntsql.engine.schema;

/**
 * A named, typed column of an event table.
 *
 * @param name the column's name
 * @param type its type
 * @param fallback another field of the record that fills this column when the record has no value
 *     for it (Sentinel's {@code TimeGenerated} for Defender's {@code Timestamp}, and back), or null
 */
public record Column(String name, ColumnType type, String fallback) {
  public Column(String name, ColumnType type) {
    this(name, type, null);
  }
}
