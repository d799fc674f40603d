package dev.huntsql.shell.output;

import java.io.PrintWriter;
import java.util.List;

/**
 * Each record as one {@code name | value} line per column, for results wider than the screen;
 * with a width limit, long values are cut with a marker.
 */
final class VerticalPrinter implements ResultPrinter {
  private final Layout layout;
  private List<ResultColumn> columns;
  private int labelWidth;
  private long record;

  VerticalPrinter(Layout layout) {
    this.layout = layout;
  }

  @Override
  public void start(List<ResultColumn> columns, PrintWriter out) {
    this.columns = columns;
    labelWidth = columns.stream().mapToInt(c -> Text.width(c.label())).max().orElse(0);
  }

  @Override
  public void row(Object[] values, PrintWriter out) {
    record++;
    String title = "-[ RECORD " + record + " ]";
    int ruleWidth = layout.limited() ? Math.min(layout.width(), labelWidth + 30) : labelWidth + 30;
    out.println(title + "-".repeat(Math.max(3, ruleWidth - title.length())));
    int valueWidth = layout.limited() ? Math.max(8, layout.width() - labelWidth - 3) : 0;
    for (int i = 0; i < values.length; i++) {
      String value = values[i] == null ? "NULL" : Text.oneLine(values[i].toString());
      out.println(Text.pad(columns.get(i).label(), labelWidth, false) + " | " + Text.fit(value, valueWidth));
    }
  }

  @Override
  public void end(PrintWriter out) {
    if (record == 0) {
      out.println("(no rows)");
    }
    out.flush();
  }
}
