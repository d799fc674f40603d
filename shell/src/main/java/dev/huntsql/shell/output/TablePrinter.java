package dev.huntsql.shell.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An aligned text table, NULL printed as {@code NULL} unlike an empty string, its widest columns
 * cut to fit the screen (or shown vertically when it cannot fit at all).
 */
final class TablePrinter implements ResultPrinter {
  static final int MAX_WIDTH = 60;
  /** Narrower than this, a cut column says too little: the result is shown vertically. */
  static final int MIN_FITTED_WIDTH = 6;

  private final Layout layout;
  private List<ResultColumn> columns;
  /** Held until the end, to size the columns. */
  private final List<Object[]> values = new ArrayList<>();

  TablePrinter(Layout layout) {
    this.layout = layout;
  }

  @Override
  public void start(List<ResultColumn> columns, PrintWriter out) {
    this.columns = columns;
  }

  @Override
  public void row(Object[] row, PrintWriter out) {
    values.add(row);
  }

  @Override
  public void end(PrintWriter out) {
    List<String[]> rows = new ArrayList<>(values.size());
    for (Object[] row : values) {
      String[] cells = new String[row.length];
      for (int i = 0; i < row.length; i++) {
        cells[i] = row[i] == null ? "NULL" : Text.oneLine(row[i].toString());
      }
      rows.add(cells);
    }
    String[] header = columns.stream().map(ResultColumn::label).toArray(String[]::new);
    String[] types = columns.stream().map(c -> c.typeName().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Text.width(header[i]);
      if (layout.showTypes()) {
        widths[i] = Math.max(widths[i], Text.width(types[i]));
      }
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], Text.width(row[i]));
      }
    }
    if (!layout.limited()) {
      Arrays.setAll(widths, i -> Math.min(widths[i], MAX_WIDTH));
    } else if (!fit(widths, layout.width())) {
      VerticalPrinter vertical = new VerticalPrinter(layout);
      vertical.start(columns, out);
      values.forEach(row -> vertical.row(row, out));
      vertical.end(out);
      return;
    }
    String rule = rule(widths);
    out.println(rule);
    out.println(line(header, widths, false));
    if (layout.showTypes()) {
      out.println(line(types, widths, false));
    }
    out.println(rule);
    for (String[] row : rows) {
      out.println(line(row, widths, true));
    }
    out.println(rule);
    out.flush();
  }

  /**
   * Narrows the widest columns so the table fits {@code total} columns of screen: narrow columns
   * keep their width and the wide ones share what is left. False when it cannot fit readably.
   */
  static boolean fit(int[] widths, int total) {
    int available = total - (3 * widths.length + 1);
    if (Arrays.stream(widths).sum() <= available) {
      return true;
    }
    int[] sorted = widths.clone();
    Arrays.sort(sorted);
    int remaining = available;
    int cap = 0;
    for (int i = 0; i < sorted.length; i++) {
      int share = remaining / (sorted.length - i);
      if (sorted[i] > share) {
        cap = share;
        break;
      }
      remaining -= sorted[i];
    }
    if (cap < MIN_FITTED_WIDTH) {
      return false;
    }
    int spare = available;
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Math.min(widths[i], cap);
      spare -= widths[i];
    }
    // Integer division leaves a few columns of screen over; give them to the cut columns.
    for (int i = 0; i < widths.length && spare > 0; i++) {
      if (widths[i] == cap) {
        widths[i]++;
        spare--;
      }
    }
    return true;
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
      boolean right = alignNumbers && columns.get(i).numeric();
      text.append(' ').append(Text.pad(Text.fit(cells[i], widths[i]), widths[i], right)).append(" |");
    }
    return text.toString();
  }
}
