package dev.huntsql.shell.output;

import java.io.PrintWriter;
import java.util.List;

/** RFC 4180 CSV with a header row; NULL is an empty field, an empty string is {@code ""}. */
final class CsvPrinter implements ResultPrinter {
  @Override
  public void start(List<ResultColumn> columns, PrintWriter out) {
    for (int i = 0; i < columns.size(); i++) {
      out.print(i == 0 ? "" : ",");
      out.print(quote(columns.get(i).label(), false));
    }
    out.print("\r\n");
  }

  @Override
  public void row(Object[] values, PrintWriter out) {
    for (int i = 0; i < values.length; i++) {
      out.print(i == 0 ? "" : ",");
      if (values[i] != null) {
        out.print(quote(values[i].toString(), true));
      }
    }
    out.print("\r\n");
  }

  @Override
  public void end(PrintWriter out) {
    out.flush();
  }

  private static String quote(String text, boolean quoteEmpty) {
    boolean needs = (quoteEmpty && text.isEmpty()) || text.indexOf(',') >= 0 || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
