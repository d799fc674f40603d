package dev.huntsql.shell.output;

import java.io.PrintWriter;
import java.util.List;

/** Writes result rows in one output format. */
public interface ResultPrinter {
  /** The format names {@link #forFormat} knows. */
  List<String> FORMATS = List.of("table", "csv", "json", "jsonl", "markdown", "vertical");

  /** Called once before the rows. */
  void start(List<ResultColumn> columns, PrintWriter out);

  void row(Object[] values, PrintWriter out);

  /** Called once after the rows. */
  void end(PrintWriter out);

  /** The printer for a format name with no width limit, or null if there is none. */
  static ResultPrinter forFormat(String format) {
    return forFormat(format, Layout.UNLIMITED);
  }

  /** The printer for a format name, fitting the layout where the format is for people; null if unknown. */
  static ResultPrinter forFormat(String format, Layout layout) {
    switch (format) {
      case "table":
        return new TablePrinter(layout);
      case "csv":
        return new CsvPrinter();
      case "json":
        return new JsonPrinter(false);
      case "jsonl":
        return new JsonPrinter(true);
      case "markdown":
        return new MarkdownPrinter();
      case "vertical":
        return new VerticalPrinter(layout);
      default:
        return null;
    }
  }
}
