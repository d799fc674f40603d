package dev.huntsql.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rows of either engine as comparable text: numbers by value whatever their Java type, times as
 * UTC {@code yyyy-MM-dd HH:mm:ss.SSS}, JSON arrays as the sorted list of their elements (so a
 * make_set compares as a set), and the rows themselves sorted (so order does not matter).
 */
final class ComparableRows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private ComparableRows() {}

  /** The column names and rows of a huntsql result set. */
  static List<List<String>> of(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<List<String>> out = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      header.add(meta.getColumnLabel(i));
    }
    while (rows.next()) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        boolean time = meta.getColumnType(i) == Types.TIMESTAMP;
        row.add(value(time ? rows.getString(i) : rows.getObject(i)));
      }
      out.add(row);
    }
    return sorted(header, out);
  }

  /** The column names and rows of a Spark result. */
  static List<List<String>> of(Dataset<Row> result) {
    List<List<String>> out = new ArrayList<>();
    for (Row r : result.collectAsList()) {
      List<String> row = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) {
        row.add(value(r.get(i)));
      }
      out.add(row);
    }
    return sorted(List.of(result.columns()), out);
  }

  /** One value as comparable text. */
  static String value(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Timestamp t) {
      return TIME.format(t.toInstant());
    }
    if (value instanceof Instant t) {
      return TIME.format(t);
    }
    if (value instanceof Number n) {
      BigDecimal b = new BigDecimal(n.toString()).stripTrailingZeros();
      return b.signum() == 0 ? "0" : b.toPlainString();
    }
    if (value instanceof String s && s.startsWith("[")) {
      try {
        JsonNode node = JSON.readTree(s);
        if (node.isArray()) {
          List<String> items = new ArrayList<>();
          node.forEach(item -> items.add(item.toString()));
          items.sort(null);
          return "json" + items;
        }
      } catch (Exception e) {
        return s;
      }
    }
    return String.valueOf(value);
  }

  private static List<List<String>> sorted(List<String> header, List<List<String>> rows) {
    rows.sort((a, b) -> String.join("\u0001", a).compareTo(String.join("\u0001", b)));
    List<List<String>> out = new ArrayList<>();
    out.add(header);
    out.addAll(rows);
    return out;
  }
}
