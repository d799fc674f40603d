package dev.huntsql.bench;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a JDBC result completely, as text that compares alike across engines (445 is "445" whatever its type). */
final class ResultReader {
  private ResultReader() {}

  static Answer read(ResultSet rs, long began) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    int n = meta.getColumnCount();
    List<String> columns = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      columns.add(meta.getColumnLabel(i));
    }
    List<List<String>> rows = new ArrayList<>();
    while (rs.next()) {
      List<String> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(text(rs.getObject(i)));
      }
      rows.add(row);
    }
    return new Answer(columns, rows, System.nanoTime() - began);
  }

  static String text(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return Long.toString(((Number) value).longValue());
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return String.format(Locale.ROOT, "%.9g", ((Number) value).doubleValue());
    }
    return value.toString();
  }
}
