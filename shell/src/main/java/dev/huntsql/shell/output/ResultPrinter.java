package dev.huntsql.shell.output;

import java.io.PrintWriter;
import java.util.List;

/** Writes result rows in one output format. */
public interface ResultPrinter {
  /** Called once before the rows. */
  void start(List<ResultColumn> columns, PrintWriter out);

  void row(Object[] values, PrintWriter out);

  /** Called once after the rows. */
  void end(PrintWriter out);

  /** The printer for a format name, or null if there is none. */
  static ResultPrinter forFormat(String format) {
    switch (format) {
      case "table":
        return new TablePrinter();
      case "csv":
        return new CsvPrinter();
      case "json":
        return new JsonPrinter(false);
      case "jsonl":
        return new JsonPrinter(true);
      default:
        return null;
    }
  }

  /** The format names {@link #forFormat} knows. */
  List<String> FORMATS = List.of("table", "csv", "json", "jsonl");
}
