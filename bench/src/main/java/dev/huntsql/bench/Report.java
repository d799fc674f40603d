package dev.huntsql.bench;

import java.util.List;
import java.util.Locale;

/** Formats measurements as a text table (one row per query and run) or as Markdown. */
final class Report {
  private static final String TEXT = "%-11s %-8s %-6s %10s %10s %7s %9s %9s %8s %8s  %s%n";

  private Report() {}

  static String textHeader() {
    return String.format(Locale.ROOT, TEXT, "query", "data", "run", "huntsql s", "DuckDB s", "ratio",
        "hunt MB/s", "duck MB/s", "heap MB", "RSS MB", "check");
  }

  static String text(Measurement m) {
    return String.format(Locale.ROOT, TEXT, m.query(), m.data(), m.run(), seconds(m.huntsql()), seconds(m.duckdb()),
        number(m.ratio(), "%.2f"), number(m.huntsqlMbPerSecond(), "%.0f"), number(m.duckdbMbPerSecond(), "%.0f"),
        memory(m.heapMb()), memory(m.rssMb()), m.check());
  }

  static String markdown(List<Measurement> measurements) {
    StringBuilder out = new StringBuilder();
    out.append("| query | data | run | huntsql s | DuckDB s | ratio | huntsql MB/s | DuckDB MB/s | heap MB "
        + "| RSS MB | same answer? |\n");
    out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (Measurement m : measurements) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", m.query(),
          m.data(), m.run(), seconds(m.huntsql()), seconds(m.duckdb()), number(m.ratio(), "%.2f"),
          number(m.huntsqlMbPerSecond(), "%.0f"), number(m.duckdbMbPerSecond(), "%.0f"), memory(m.heapMb()),
          memory(m.rssMb()), m.check().replace("|", "\\|")));
    }
    return out.toString();
  }

  private static String seconds(double value) {
    return number(value, "%.2f");
  }

  private static String number(double value, String format) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "-" : String.format(Locale.ROOT, format, value);
  }

  private static String memory(long mb) {
    return mb < 0 ? "-" : Long.toString(mb);
  }
}
