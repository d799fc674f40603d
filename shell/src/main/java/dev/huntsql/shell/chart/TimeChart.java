package dev.huntsql.shell.chart;

import dev.huntsql.shell.output.Text;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A time histogram as KQL's {@code render timechart} is used in hunts: values per time bin in
 * time order, empty bins as zero, as labelled bars or, for many bins, columns over a time axis.
 */
final class TimeChart {
  static final int HEIGHT = 10;
  /** Up to this many bins, each gets its own labelled bar. */
  static final int MAX_BARS = 30;
  /** Gaps are filled with zeros only up to this many bins. */
  private static final int MAX_FILLED = 10_000;
  private static final String[] LOWER = {" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇"};

  private TimeChart() {}

  static void draw(List<Instant> times, List<Double> values, String valueLabel, int width, PrintWriter out) {
    TreeMap<Long, Double> bins = new TreeMap<>();
    for (int i = 0; i < times.size(); i++) {
      Double value = values.get(i);
      bins.merge(times.get(i).toEpochMilli(), value == null ? 0 : value, Double::sum);
    }
    long step = step(bins);
    if (step > 0 && (bins.lastKey() - bins.firstKey()) / step < MAX_FILLED) {
      for (long t = bins.firstKey(); t <= bins.lastKey(); t += step) {
        bins.putIfAbsent(t, 0.0);
      }
    }
    DateTimeFormatter format = labelFormat(step);
    String title = valueLabel + (step > 0 ? " per " + duration(step) : "");
    int screen = width > 0 ? width : 100;
    if (bins.size() <= MAX_BARS) {
      out.println(title);
      List<String> labels = new ArrayList<>();
      bins.keySet().forEach(t -> labels.add(format.format(Instant.ofEpochMilli(t))));
      BarChart.draw(labels, new ArrayList<>(bins.values()), screen, true, out);
      return;
    }
    columns(bins, step, format, title, screen, out);
  }

  private static void columns(TreeMap<Long, Double> bins, long step, DateTimeFormatter format, String title,
      int screen, PrintWriter out) {
    List<Map.Entry<Long, Double>> entries = new ArrayList<>(bins.entrySet());
    double max = entries.stream().mapToDouble(Map.Entry::getValue).max().orElse(0);
    String top = BarChart.number(max);
    int axis = Math.max(top.length(), 1);
    int plot = Math.max(10, screen - axis - 2);
    int group = (entries.size() + plot - 1) / plot;
    List<Double> cells = new ArrayList<>();
    for (int i = 0; i < entries.size(); i += group) {
      double sum = 0;
      for (int j = i; j < Math.min(entries.size(), i + group); j++) {
        sum += entries.get(j).getValue();
      }
      cells.add(sum);
    }
    if (group > 1) {
      max = cells.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      top = BarChart.number(max);
      axis = Math.max(axis, top.length());
      title += ", each column " + (step > 0 ? duration(step * group) : group + " bins");
    }
    out.println(title);
    for (int row = HEIGHT - 1; row >= 0; row--) {
      String label = row == HEIGHT - 1 ? top : row == 0 ? "0" : "";
      StringBuilder line = new StringBuilder(Text.pad(label, axis, true)).append(" ┤");
      for (double value : cells) {
        long eighths = max <= 0 ? 0 : Math.round(value / max * HEIGHT * 8);
        if (value > 0 && eighths == 0) {
          eighths = 1;
        }
        long inRow = eighths - row * 8L;
        line.append(inRow >= 8 ? "█" : inRow > 0 ? LOWER[(int) inRow] : " ");
      }
      out.println(line.toString().stripTrailing());
    }
    out.println(" ".repeat(axis) + " └" + "─".repeat(cells.size()));
    String first = format.format(Instant.ofEpochMilli(entries.get(0).getKey()));
    String last = format.format(Instant.ofEpochMilli(entries.get(entries.size() - 1).getKey()));
    int gap = Math.max(1, cells.size() - first.length() - last.length() + 2);
    out.println(" ".repeat(axis + 2) + first + " ".repeat(gap) + last);
  }

  /** The smallest distance between two bins: the bin size. */
  static long step(TreeMap<Long, Double> bins) {
    long step = 0;
    Long previous = null;
    for (long t : bins.keySet()) {
      if (previous != null && (step == 0 || t - previous < step)) {
        step = t - previous;
      }
      previous = t;
    }
    return step;
  }

  static String duration(long millis) {
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (millis % sizes[i] == 0) {
        return millis / sizes[i] + units[i];
      }
    }
    return millis + "ms";
  }

  private static DateTimeFormatter labelFormat(long step) {
    String pattern = step > 0 && step % 86_400_000L == 0 ? "yyyy-MM-dd"
        : step > 0 && step % 60_000L == 0 ? "yyyy-MM-dd HH:mm"
        : step > 0 && step % 1_000L == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.SSS";
    return DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC);
  }
}
