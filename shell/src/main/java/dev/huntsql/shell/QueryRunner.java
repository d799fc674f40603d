package dev.huntsql.shell;

import dev.huntsql.engine.HuntSession;
import dev.huntsql.engine.sql.DynamicColumns;
import dev.huntsql.shell.output.ResultColumn;
import dev.huntsql.shell.output.ResultPrinter;
import dev.huntsql.shell.output.ResultReader;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs statements on a session and prints their results; data problems go to the message stream. */
final class QueryRunner {
  private final HuntSession session;
  private final PrintWriter out;
  private final PrintWriter messages;

  QueryRunner(HuntSession session, PrintWriter out, PrintWriter messages) {
    this.session = session;
    this.out = out;
    this.messages = messages;
  }

  /** Runs one statement; returns the number of rows printed. Throws on a query error. */
  long run(String sql, String format, boolean footer) throws SQLException {
    ResultPrinter printer = ResultPrinter.forFormat(format);
    long started = System.nanoTime();
    long count = 0;
    try (Statement statement = session.connection().createStatement();
        ResultSet resultSet = statement.executeQuery(sql)) {
      List<ResultColumn> columns = ResultReader.columns(resultSet, DynamicColumns.of(sql));
      printer.start(columns, out);
      while (resultSet.next()) {
        printer.row(ResultReader.row(resultSet, columns), out);
        count++;
      }
      printer.end(out);
    } finally {
      for (String problem : session.diagnostics().drain()) {
        messages.println("warning: " + problem);
      }
      messages.flush();
    }
    if (footer) {
      double seconds = (System.nanoTime() - started) / 1e9;
      messages.printf("%d row%s (%.2f s)%n", count, count == 1 ? "" : "s", seconds);
      messages.flush();
    }
    return count;
  }
}
