package dev.huntsql.jdbc.server;

import dev.huntsql.jdbc.DriverSettings;
import dev.huntsql.jdbc.HuntDriver;
import dev.huntsql.jdbc.HuntsqlConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.jdbc.JdbcMeta;
import org.apache.calcite.avatica.jdbc.StatementInfo;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * Avatica's JDBC bridge over huntsql's embedded driver, made safe to expose: each client
 * connection is a session over the served folder with the server's limits, whatever the client
 * asks; errors reach the client as their message and SQLSTATE; a query that exhausts memory fails
 * alone.
 */
final class GuardedMeta extends JdbcMeta {
  private static final String OUT_OF_MEMORY = "query stopped: it needed more memory than the server has;"
      + " narrow it (filters, fewer columns, LIMIT) or give the server more heap (-Xmx)";

  private final DriverSettings settings;
  private final String url;
  private final ClientSessions sessions =
      new ClientSessions(id -> getConnectionCache().asMap().containsKey(id), id -> getStatementCache().asMap().containsKey(id));

  GuardedMeta(DriverSettings settings) throws SQLException {
    this(settings, DriverSettings.PREFIX + settings.data());
  }

  private GuardedMeta(DriverSettings settings, String url) throws SQLException {
    super(url, new Properties());
    this.settings = settings;
    this.url = url;
  }

  @Override
  public void openConnection(ConnectionHandle ch, Map<String, String> info) {
    unchecked(() -> {
      super.openConnection(ch, ClientProperties.filter(info));
      return null;
    });
  }

  /** Every connection reads the served folder with the server's settings; the client's may only tighten them. */
  @Override
  protected Connection createConnection(String ignoredUrl, Properties info) throws SQLException {
    boolean strict = settings.strict() || Boolean.parseBoolean(info.getProperty("strict"));
    // A cut result would look complete to a remote client (no warnings over the wire): it fails.
    DriverSettings effective = new DriverSettings(settings.data(), settings.geoip(), strict,
        settings.queryTimeout(), settings.maxRows(), true);
    return HuntDriver.connect(url, effective);
  }

  /** Who opened which connection, for {@link CheckedService}. */
  ClientSessions sessions() {
    return sessions;
  }

  /** Stops the queries running on every connection, each failing with {@code reason}. */
  void cancelAll(String reason) {
    for (Connection connection : getConnectionCache().asMap().values()) {
      try {
        connection.unwrap(HuntsqlConnection.class).cancelRunning(reason);
      } catch (SQLException ignored) {
        // Not one of ours: nothing runs on it.
      }
    }
  }

  /** Closes every client connection. */
  void closeAll() {
    getConnectionCache().invalidateAll();
    getStatementCache().invalidateAll();
  }

  int runningQueries() {
    int running = 0;
    for (Connection connection : getConnectionCache().asMap().values()) {
      try {
        running += connection.unwrap(HuntsqlConnection.class).runningQueries();
      } catch (SQLException ignored) {
        // Not one of ours.
      }
    }
    return running;
  }

  int openConnections() {
    return (int) getConnectionCache().size();
  }

  // Queries: errors as clean messages.

  @Override
  public StatementHandle prepare(ConnectionHandle ch, String sql, long maxRowCount) {
    return unchecked(() -> super.prepare(ch, sql, maxRowCount));
  }

  @Override
  public ExecuteResult prepareAndExecute(StatementHandle h, String sql, long maxRowCount, int maxRowsInFirstFrame,
      PrepareCallback callback) throws NoSuchStatementException {
    try {
      return guard(() -> super.prepareAndExecute(h, sql, maxRowCount, firstFrame(maxRowsInFirstFrame), callback));
    } catch (MissingResultsException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public ExecuteResult execute(StatementHandle h, List<TypedValue> parameterValues, int maxRowsInFirstFrame)
      throws NoSuchStatementException {
    try {
      return guard(() -> super.execute(h, parameterValues, firstFrame(maxRowsInFirstFrame)));
    } catch (MissingResultsException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * How many rows the first frame holds. Avatica's bridge answers 0 with no rows marked "done", an
   * empty result that looks complete; 0 is what a JSON request without {@code maxRowsInFirstFrame}
   * and a client with {@code setFetchSize(0)} ("no hint") send, so it means Avatica's usual frame.
   */
  private static int firstFrame(int maxRowsInFirstFrame) {
    return maxRowsInFirstFrame == 0 ? AvaticaStatement.DEFAULT_FETCH_SIZE : maxRowsInFirstFrame;
  }

  /** Reads later frames in UTC, as the first frame is (see {@link FrameReader}). */
  @Override
  public Frame fetch(StatementHandle h, long offset, int fetchMaxRowCount)
      throws NoSuchStatementException, MissingResultsException {
    StatementInfo info = getStatementCache().getIfPresent(h.id);
    if (info == null) {
      throw new NoSuchStatementException(h);
    }
    if (!info.isResultSetInitialized()) {
      throw new MissingResultsException(h);
    }
    if (info.getResultSet() == null) {
      return Frame.EMPTY;
    }
    return guard(() -> FrameReader.read(info.getResultSet(), info, offset, fetchMaxRowCount));
  }

  /** One call into Avatica's bridge or huntsql's driver. */
  interface Call<T> {
    T run() throws SQLException, NoSuchStatementException, MissingResultsException;
  }

  /** As {@link #guard}, for calls that cannot miss a statement or its results. */
  private static <T> T unchecked(Call<T> call) {
    try {
      return guard(call);
    } catch (NoSuchStatementException | MissingResultsException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a call so that any failure reaches the client as a clean error, and running out of memory as one too. */
  static <T> T guard(Call<T> call) throws NoSuchStatementException, MissingResultsException {
    try {
      return call.run();
    } catch (OutOfMemoryError e) {
      throw new AvaticaRuntimeException(OUT_OF_MEMORY, -1, "53200", AvaticaSeverity.ERROR);
    } catch (SQLException | RuntimeException e) {
      throw clean(e);
    } catch (Error e) {
      // Avatica's handler catches exceptions only: an Error reaches Jetty, whose HTML error page the
      // client cannot read ("Cannot fetch parser for Response with missing class name").
      throw new AvaticaRuntimeException(messageOf(e), -1, "HY000", AvaticaSeverity.ERROR);
    }
  }

  /** The failure as Avatica sends it: the innermost SQL error's message and SQLSTATE, without wrapping. */
  private static RuntimeException clean(Exception e) {
    if (e instanceof AvaticaRuntimeException) {
      return (AvaticaRuntimeException) e;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        SQLException sql = (SQLException) cause;
        String state = sql.getSQLState() == null ? "HY000" : sql.getSQLState();
        return new AvaticaRuntimeException(messageOf(sql), sql.getErrorCode(), state, AvaticaSeverity.ERROR);
      }
    }
    return e instanceof RuntimeException ? (RuntimeException) e : new RuntimeException(e);
  }

  /** A failure's message, or its kind and its cause's when it has none. */
  static String messageOf(Throwable e) {
    if (e.getMessage() != null) {
      return e.getMessage();
    }
    Throwable cause = e.getCause();
    return e.getClass().getSimpleName() + (cause == null ? "" : ": " + messageOf(cause));
  }
}
