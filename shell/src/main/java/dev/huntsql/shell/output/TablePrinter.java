package dev.huntsql.shell.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table: numbers right-aligned, NULL printed as {@code NULL} so it differs from
 * an empty string, and values longer than {@link #MAX_WIDTH} cut with an ellipsis.
 *
 * <p>Rows are held until the end to size the columns.
 */
final class TablePrinter implements ResultPrinter {
  static final int MAX_WIDTH = 60;

  private List<ResultColumn> columns;
  private final List<String[]> rows = new ArrayList<>();

  @Override
  public void start(List<ResultColumn> columns, PrintWriter out) {
    this.columns = columns;
  }

  @Override
  public void row(Object[] values, PrintWriter out) {
    String[] cells = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = cell(values[i]);
    }
    rows.add(cells);
  }

  private static String cell(Object value) {
    if (value == null) {
      return "NULL";
    }
    String text = value.toString().replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    return text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 1) + "…" : text;
  }

  @Override
  public void end(PrintWriter out) {
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = columns.get(i).label().length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    String rule = rule(widths);
    out.println(rule);
    String[] header = columns.stream().map(ResultColumn::label).toArray(String[]::new);
    out.println(line(header, widths, false));
    out.println(rule);
    for (String[] row : rows) {
      out.println(line(row, widths, true));
    }
    out.println(rule);
    out.flush();
  }

  private static String rule(int[] widths) {
    StringBuilder text = new StringBuilder("+");
    for (int width : widths) {
      text.append("-".repeat(width + 2)).append('+');
    }
    return text.toString();
  }

  private String line(String[] cells, int[] widths, boolean alignNumbers) {
    StringBuilder text = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      String padding = " ".repeat(widths[i] - cells[i].length());
      boolean right = alignNumbers && columns.get(i).numeric();
      text.append(' ').append(right ? padding + cells[i] : cells[i] + padding).append(" |");
    }
    return text.toString();
  }
}
