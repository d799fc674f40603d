package dev.huntsql.shell;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The shell's current huntsql session, replaced by {@code .data} and {@code .geoip}, and opened
 * in the background at the prompt so that the prompt need not wait for Calcite.
 */
final class Sessions implements AutoCloseable {
  /** Tables whose columns are read ahead, so the first query (and completing their columns) need not wait. */
  private static final int TABLES_READ_AHEAD = 8;
  /** A query over no table that loads the planner and code generator, so the first real query is quicker. */
  private static final String WARM_UP = "select y, count(*) as n, max(x) as m from (values (1, 'a'), (2, 'b'))"
      + " as t(x, y) where y like 'a%' group by y order by n desc";

  private HuntOptions options;
  private CompletableFuture<HuntSession> current;
  private int generation;

  private Sessions(HuntOptions options, CompletableFuture<HuntSession> current) {
    this.options = options;
    this.current = current;
  }

  /** Opens the session now; a missing data folder or bad geo database throws. */
  static Sessions open(HuntOptions options) throws SQLException {
    return new Sessions(options, CompletableFuture.completedFuture(HuntSession.open(options)));
  }

  /** Starts opening the session (and warming up the planner) on another thread. */
  static Sessions openInBackground(HuntOptions options) {
    return new Sessions(options, CompletableFuture.supplyAsync(() -> {
      try {
        HuntSession session = HuntSession.open(options);
        warmUp(session);
        return session;
      } catch (SQLException e) {
        throw new CompletionException(e);
      }
    }));
  }

  private static void warmUp(HuntSession session) {
    try (Statement statement = session.connection().createStatement();
        ResultSet result = session.executeQuery(statement, WARM_UP)) {
      while (result.next()) {
        result.getObject(1);
      }
      for (String table : session.tableNames().subList(0, Math.min(TABLES_READ_AHEAD, session.tableNames().size()))) {
        try (ResultSet columns = session.connection().getMetaData().getColumns(null, HuntSession.SCHEMA, table, null)) {
          while (columns.next()) {
            columns.getString("COLUMN_NAME");
          }
        }
      }
    } catch (SQLException | RuntimeException e) {
      // Only a head start; a real query will report any real problem.
    }
  }

  /** The session, waiting for it to open; throws why it could not be opened. */
  HuntSession get() throws SQLException {
    try {
      return current.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException) {
        throw (SQLException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new SQLException(cause.getMessage(), cause);
    }
  }

  /** True once the session is open (or failed to open), so asking for it will not wait. */
  boolean ready() {
    return current.isDone();
  }

  HuntOptions options() {
    return options;
  }

  /** Changes whenever the session is replaced, so caches of its tables know to refresh. */
  int generation() {
    return generation;
  }

  /** Opens a session with other options; the current one stays if that fails. */
  void switchTo(HuntOptions next) throws SQLException {
    HuntSession opened = HuntSession.open(next);
    closeCurrent();
    options = next;
    current = CompletableFuture.completedFuture(opened);
    generation++;
  }

  private void closeCurrent() {
    try {
      HuntSession session = current.getNow(null);
      if (session != null) {
        session.close();
      }
    } catch (CompletionException | SQLException e) {
      // A session that failed to open, or fails to close, holds nothing worth keeping.
    }
  }

  @Override
  public void close() {
    current.cancel(false);
    closeCurrent();
  }
}
