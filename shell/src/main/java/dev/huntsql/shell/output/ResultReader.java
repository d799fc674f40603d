package dev.huntsql.shell.output;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a JDBC result into columns and plain Java values: numbers and booleans as they are,
 * timestamps as ISO-8601 UTC text ({@code 2025-09-01T13:05:22.123Z}, whatever the JVM's zone),
 * everything else as text; SQL NULL as null.
 */
public final class ResultReader {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  private ResultReader() {}

  public static List<ResultColumn> columns(ResultSet resultSet, Set<String> dynamicLabels) throws SQLException {
    ResultSetMetaData meta = resultSet.getMetaData();
    List<ResultColumn> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String label = meta.getColumnLabel(i);
      columns.add(new ResultColumn(label, meta.getColumnType(i), meta.getColumnTypeName(i),
          dynamicLabels.contains(label)));
    }
    return columns;
  }

  /** {@code 2025-09-01 13:05:22.123} as {@code 2025-09-01T13:05:22.123Z}. */
  static String isoUtc(String text) {
    LocalDateTime wallClock = LocalDateTime.parse(text.replace(' ', 'T'));
    return ISO.format(wallClock);
  }

  /** The current row's values. */
  public static Object[] row(ResultSet resultSet, List<ResultColumn> columns) throws SQLException {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(resultSet, i + 1, columns.get(i));
    }
    return values;
  }

  private static Object value(ResultSet resultSet, int index, ResultColumn column) throws SQLException {
    int type = column.jdbcType();
    if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
      // getString is the UTC wall clock whatever the JVM's zone ("2025-09-01 13:05:22.123");
      // getTimestamp would shift it by the zone's offset.
      String text = resultSet.getString(index);
      return text == null ? null : isoUtc(text);
    }
    // Numbers and booleans stay typed (JSON writes them bare); everything else is text.
    return column.numeric() || type == Types.BOOLEAN ? resultSet.getObject(index) : resultSet.getString(index);
  }
}
