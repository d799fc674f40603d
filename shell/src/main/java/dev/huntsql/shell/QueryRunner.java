package dev.huntsql.shell;

import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.HuntSession;
import dev.huntsql.engine.scan.MemoryBudget;
import dev.huntsql.engine.sql.DynamicColumns;
import dev.huntsql.shell.chart.Chart;
import dev.huntsql.shell.output.Layout;
import dev.huntsql.shell.output.ResultColumn;
import dev.huntsql.shell.output.ResultPrinter;
import dev.huntsql.shell.output.ResultReader;
import dev.huntsql.shell.output.ResultTable;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs one statement and prints its result in the chosen format, keeping it for {@code .chart};
 * another thread may cancel it.
 */
final class QueryRunner {
  /** What {@code .explain} puts before a query. */
  static final String EXPLAIN = "EXPLAIN PLAN FOR ";
  /** Formats read by people, which stop at the row limit on a screen. */
  private static final Set<String> FOR_PEOPLE = Set.of("table", "vertical", "markdown");

  private final Sessions sessions;
  private final Streams streams;
  private final Settings settings;
  private final ProgressMeter progress;
  private volatile Statement running;
  private volatile boolean cancelled;
  private ResultTable last;

  QueryRunner(Sessions sessions, Streams streams, Settings settings, ProgressMeter progress) {
    this.sessions = sessions;
    this.streams = streams;
    this.settings = settings;
    this.progress = progress;
  }

  /** Thrown when a query stopped because it was cancelled. */
  static final class Cancelled extends RuntimeException {
    Cancelled() {
      super("query cancelled");
    }
  }

  /** Runs one statement and prints its result; returns the number of rows. Throws on a query error. */
  long run(String sql) throws SQLException {
    HuntSession session = sessions.get();
    PrintWriter out = streams.results();
    long started = System.nanoTime();
    ResultPrinter printer = settings.chartOnly ? null
        : ResultPrinter.forFormat(settings.format, new Layout(streams.width(), settings.types));
    int limit = streams.resultsOnScreen() && FOR_PEOPLE.contains(settings.format) ? settings.maxRows : 0;
    List<Object[]> kept = new ArrayList<>();
    List<ResultColumn> columns;
    long count = 0;
    ProgressMeter.Handle meter = progress.start();
    try (Statement statement = session.connection().createStatement()) {
      running = statement;
      if (cancelled) {
        throw new Cancelled();
      }
      try (ResultSet resultSet = session.executeQuery(statement, sql)) {
        columns = ResultReader.columns(resultSet, DynamicColumns.of(sql));
        if (printer != null) {
          if (streams.resultsOnScreen()) {
            meter.stop();
          }
          printer.start(columns, out);
        }
        while (resultSet.next()) {
          Object[] row = ResultReader.row(resultSet, columns);
          if (printer != null && (limit == 0 || count < limit)) {
            printer.row(row, out);
          }
          if (kept.size() < ResultTable.KEPT_ROWS) {
            kept.add(row);
          }
          count++;
        }
      }
      meter.stop();
      if (printer != null) {
        printer.end(out);
      }
    } catch (SQLException | RuntimeException e) {
      if (cancelled) {
        throw new Cancelled();
      }
      throw e;
    } catch (OutOfMemoryError e) {
      // The budget stops scans in time; this catches what grows after them (a big ORDER BY).
      // The rows kept so far go with this frame, and the shell carries on.
      throw new HuntException(MemoryBudget.message());
    } finally {
      meter.stop();
      running = null;
      out.flush();
      warnings(session);
    }
    last = new ResultTable(columns, kept, count);
    footer(count, limit, started);
    if (settings.chartOnly || settings.chart) {
      String problem = Chart.draw(last, List.of(), streams.width(), out);
      if (problem != null && settings.chartOnly) {
        throw new HuntException("cannot draw a chart: " + problem);
      }
      if (problem != null) {
        streams.messages().println("(no chart: " + problem + ")");
        streams.messages().flush();
      }
    }
    return count;
  }

  private void warnings(HuntSession session) {
    PrintWriter messages = streams.messages();
    for (String problem : session.diagnostics().drain()) {
      messages.println("warning: " + problem);
    }
    messages.flush();
  }

  private void footer(long count, int limit, long started) {
    PrintWriter messages = streams.messages();
    if (limit > 0 && count > limit) {
      messages.printf("(first %,d of %,d rows shown; .maxrows N shows more, .output FILE writes them all)%n",
          limit, count);
    }
    if (settings.footer) {
      String rows = String.format("%,d row%s", count, count == 1 ? "" : "s");
      messages.println(settings.timer ? String.format("%s (%.3f s)", rows, (System.nanoTime() - started) / 1e9) : rows);
    }
    messages.flush();
  }

  /** Calcite's plan for a query: what runs, and what was pushed into each table scan. */
  String explain(String sql) throws SQLException {
    StringBuilder plan = new StringBuilder();
    HuntSession session = sessions.get();
    try (Statement statement = session.connection().createStatement();
        ResultSet resultSet = session.executeQuery(statement, EXPLAIN + sql)) {
      while (resultSet.next()) {
        plan.append(resultSet.getString(1));
      }
    }
    return plan.toString();
  }

  /** The last result, or null before the first one. */
  ResultTable last() {
    return last;
  }

  /** Asks the running query, if any, to stop; it ends with {@link Cancelled}. Safe from any thread. */
  void cancel() {
    cancelled = true;
    Statement statement = running;
    if (statement != null) {
      try {
        statement.cancel();
      } catch (SQLException | RuntimeException e) {
        // Already finished or closed: nothing left to cancel.
      }
    }
  }

  /** True when {@link #cancel} was called since the last {@link #clearCancel}. */
  boolean cancelRequested() {
    return cancelled;
  }

  void clearCancel() {
    cancelled = false;
  }
}
