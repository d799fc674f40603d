package dev.huntsql.shell.chart;

import dev.huntsql.shell.output.ResultColumn;
import dev.huntsql.shell.output.ResultTable;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a result as a time histogram when its label column holds timestamps (as from
 * {@code bin(Timestamp, '1h')}), else as a bar per row.
 */
public final class Chart {
  private Chart() {}

  /** Draws the chart, or returns why this result cannot be drawn (null when drawn). */
  public static String draw(ResultTable table, List<String> columnNames, int width, PrintWriter out) {
    List<ResultColumn> columns = table.columns();
    int label = -1;
    int value = -1;
    if (!columnNames.isEmpty()) {
      label = table.indexOf(columnNames.get(0));
      if (label < 0) {
        return "no column '" + columnNames.get(0) + "' in the last result";
      }
      if (columnNames.size() > 1) {
        value = table.indexOf(columnNames.get(1));
        if (value < 0) {
          return "no column '" + columnNames.get(1) + "' in the last result";
        }
      }
    } else {
      for (int i = 0; i < columns.size() && label < 0; i++) {
        if (!columns.get(i).numeric()) {
          label = i;
        }
      }
      if (label < 0) {
        label = 0;
      }
    }
    for (int i = 0; i < columns.size() && value < 0; i++) {
      if (i != label && columns.get(i).numeric()) {
        value = i;
      }
    }
    if (value < 0 || !columns.get(value).numeric()) {
      return "a chart needs a label column and a numeric column, e.g. select Name, count(*) ... group by Name";
    }
    if (table.rows().isEmpty()) {
      return "the last result has no rows";
    }
    List<Instant> times = columns.get(label).temporal() ? times(table.rows(), label) : null;
    if (times != null) {
      TimeChart.draw(times, numbers(table.rows(), value), columns.get(value).label(), width, out);
    } else {
      List<String> labels = new ArrayList<>();
      for (Object[] row : table.rows()) {
        labels.add(row[label] == null ? "NULL" : row[label].toString());
      }
      BarChart.draw(labels, numbers(table.rows(), value), width, false, out);
    }
    if (table.total() > table.rows().size()) {
      out.println("(drawn from the first " + table.rows().size() + " of " + table.total() + " rows)");
    }
    out.flush();
    return null;
  }

  private static List<Double> numbers(List<Object[]> rows, int column) {
    List<Double> numbers = new ArrayList<>();
    for (Object[] row : rows) {
      numbers.add(row[column] instanceof Number ? ((Number) row[column]).doubleValue() : null);
    }
    return numbers;
  }

  /** The label column as instants, or null when one of them is not a timestamp. */
  private static List<Instant> times(List<Object[]> rows, int column) {
    List<Instant> times = new ArrayList<>();
    for (Object[] row : rows) {
      if (row[column] == null) {
        return null;
      }
      String text = row[column].toString();
      try {
        times.add(text.length() == 10
            ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
            : Instant.parse(text));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return times;
  }
}
