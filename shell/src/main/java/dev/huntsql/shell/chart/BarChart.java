package dev.huntsql.shell.chart;

import dev.huntsql.shell.output.Text;
import java.io.PrintWriter;
import java.util.List;

/** Horizontal bars, one per label, scaled to the largest value, drawn with eighth-block characters. */
final class BarChart {
  static final int MAX_BARS = 60;
  private static final String[] EIGHTHS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

  private BarChart() {}

  /** Draws the bars; labels longer than a third of the width are cut unless {@code wholeLabels}. */
  static void draw(List<String> labels, List<Double> values, int width, boolean wholeLabels, PrintWriter out) {
    int shown = Math.min(labels.size(), MAX_BARS);
    int screen = width > 0 ? width : 100;
    int labelWidth = 0;
    int valueWidth = 0;
    double max = 0;
    for (int i = 0; i < shown; i++) {
      labelWidth = Math.max(labelWidth, Text.width(Text.oneLine(labels.get(i))));
      valueWidth = Math.max(valueWidth, number(values.get(i)).length());
      if (values.get(i) != null) {
        max = Math.max(max, values.get(i));
      }
    }
    if (!wholeLabels) {
      labelWidth = Math.min(labelWidth, Math.max(8, screen / 3));
    }
    int barWidth = Math.max(10, screen - labelWidth - valueWidth - 4);
    for (int i = 0; i < shown; i++) {
      String label = Text.pad(Text.fit(Text.oneLine(labels.get(i)), labelWidth), labelWidth, false);
      Double value = values.get(i);
      out.println(label + " │" + bar(value == null ? 0 : value, max, barWidth) + " " + number(value));
    }
    if (labels.size() > shown) {
      out.println("(" + (labels.size() - shown) + " more rows not drawn; order and limit the query to pick the bars)");
    }
  }

  /** A bar of {@code value / max} of {@code width} columns, to an eighth of a column. */
  static String bar(double value, double max, int width) {
    if (max <= 0 || value <= 0) {
      return "";
    }
    long eighths = Math.round(value / max * width * 8);
    if (eighths == 0) {
      eighths = 1;
    }
    return "█".repeat((int) (eighths / 8)) + EIGHTHS[(int) (eighths % 8)];
  }

  static String number(Double value) {
    if (value == null) {
      return "NULL";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format("%,d", value.longValue());
    }
    return String.format("%,.2f", value);
  }
}
