package dev.huntsql.engine.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The ordered columns of one table, looked up by name in any letter case. */
public final class TableSchema {
  private final String name;
  private final List<Column> columns;
  private final Map<String, Integer> indexByLowerName = new HashMap<>();

  public TableSchema(String name, List<Column> columns) {
    this.name = name;
    this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
    for (int i = 0; i < columns.size(); i++) {
      indexByLowerName.putIfAbsent(key(columns.get(i).name()), i);
    }
  }

  public String name() {
    return name;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The position of a column, or -1. */
  public int indexOf(String columnName) {
    Integer index = indexByLowerName.get(key(columnName));
    return index == null ? -1 : index;
  }

  /** This schema plus the given columns that it does not already have (in any letter case). */
  public TableSchema withExtraColumns(List<Column> extra) {
    List<Column> all = new ArrayList<>(columns);
    for (Column column : extra) {
      if (indexOf(column.name()) < 0 && all.stream().noneMatch(c -> c.name().equalsIgnoreCase(column.name()))) {
        all.add(column);
      }
    }
    return all.size() == columns.size() ? this : new TableSchema(name, all);
  }

  /**
   * This schema with Defender's {@code Timestamp} and Sentinel's {@code TimeGenerated} both
   * present when either is, each filled from the other when a record lacks it.
   */
  public TableSchema withTimeAliases() {
    int timestamp = indexOf(TIMESTAMP);
    int timeGenerated = indexOf(TIME_GENERATED);
    if (timestamp < 0 && timeGenerated < 0) {
      return this;
    }
    List<Column> all = new ArrayList<>();
    for (Column column : columns) {
      boolean isTimestamp = column.name().equalsIgnoreCase(TIMESTAMP);
      boolean isTimeGenerated = column.name().equalsIgnoreCase(TIME_GENERATED);
      all.add(isTimestamp ? new Column(column.name(), column.type(), TIME_GENERATED)
          : isTimeGenerated ? new Column(column.name(), column.type(), TIMESTAMP) : column);
    }
    if (timestamp < 0) {
      all.add(new Column(TIMESTAMP, ColumnType.DATETIME, TIME_GENERATED));
    }
    if (timeGenerated < 0) {
      all.add(new Column(TIME_GENERATED, ColumnType.DATETIME, TIMESTAMP));
    }
    return new TableSchema(name, all);
  }

  private static final String TIMESTAMP = "Timestamp";
  private static final String TIME_GENERATED = "TimeGenerated";

  private static String key(String columnName) {
    return columnName.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return name + columns;
  }
}
