package dev.huntsql.shell.output;

import java.io.PrintWriter;
import java.util.List;

/** A GitHub-flavoured Markdown table, numbers right-aligned; NULL printed as {@code NULL}. */
final class MarkdownPrinter implements ResultPrinter {
  @Override
  public void start(List<ResultColumn> columns, PrintWriter out) {
    StringBuilder header = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (ResultColumn column : columns) {
      header.append(' ').append(escape(column.label())).append(" |");
      rule.append(column.numeric() ? " ---: |" : " --- |");
    }
    out.println(header);
    out.println(rule);
  }

  @Override
  public void row(Object[] values, PrintWriter out) {
    StringBuilder line = new StringBuilder("|");
    for (Object value : values) {
      line.append(' ').append(value == null ? "NULL" : escape(value.toString())).append(" |");
    }
    out.println(line);
  }

  @Override
  public void end(PrintWriter out) {
    out.flush();
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")
        .replace("\r", "<br>");
  }
}
