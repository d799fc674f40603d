package dev.huntsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.jdbc.TestData;
import dev.huntsql.queries.Detections;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote server on a free loopback port, queried with Avatica's own remote driver; its
 * answers must be the embedded driver's.
 */
class RemoteServerTest {
  private static HuntServer server;
  private static Connection remote;
  private static Connection embedded;

  @BeforeAll
  static void start() throws SQLException {
    Path data = TestData.withEndlessTable();
    server = HuntServer.start(ServeOptions.parse(
        List.of("--data", data.toString(), "--port", "0", "--query-timeout", "60", "--max-rows", "100"), null),
        new PrintWriter(new StringWriter()));
    remote = DriverManager.getConnection(server.jdbcUrl());
    // With the server's limits: a limit can change where a failure surfaces, and so its wording.
    embedded = DriverManager.getConnection("jdbc:huntsql:" + data + ";queryTimeout=60;maxRows=100");
  }

  @AfterAll
  static void stop() throws SQLException {
    remote.close();
    embedded.close();
    server.stop();
  }

  @Test
  void listensOnLoopbackWithTheProtobufUrl() {
    assertTrue(server.jdbcUrl().matches("jdbc:avatica:remote:url=http://127\\.0\\.0\\.1:\\d+;serialization=protobuf"),
        server.jdbcUrl());
  }

  @Test
  void metadataAnswersAsEmbedded() throws SQLException {
    DatabaseMetaData metaData = remote.getMetaData();
    DatabaseMetaData local = embedded.getMetaData();
    // Avatica's client names itself as the product; the rest comes from the server.
    assertEquals("huntsql JDBC driver", local.getDriverName());
    assertEquals(List.of(), TestData.rows(metaData.getCatalogs()));
    assertEquals(TestData.rows(local.getSchemas()), TestData.rows(metaData.getSchemas()));
    assertEquals(List.of("TABLE_TYPE=TABLE"), TestData.rows(metaData.getTableTypes()));
    assertEquals(List.of("DeviceNetworkEvents", "Endless"), TestData.column(metaData.getTables(null, null, null, null), "TABLE_NAME"));
    assertEquals(List.of(), TestData.rows(metaData.getTables(null, "", null, null)));
    assertEquals(TestData.rows(local.getTables(null, "huntsql", "%", null)), TestData.rows(metaData.getTables(null, "huntsql", "%", null)));
    assertEquals(TestData.rows(local.getColumns(null, null, "DeviceNetworkEvents", null)),
        TestData.rows(metaData.getColumns(null, null, "DeviceNetworkEvents", null)));
    assertEquals(TestData.rows(local.getTypeInfo()), TestData.rows(metaData.getTypeInfo()));
    ResultSet json = metaData.getColumns(null, "huntsql", "DeviceNetworkEvents", "AdditionalFields");
    assertTrue(json.next());
    assertEquals(Integer.MAX_VALUE, json.getInt("COLUMN_SIZE"));
    // Avatica's client answers getFunctions itself, empty (docs/JDBC.md says why); the names come
    // through the function lists, which are database properties.
    assertFalse(TestData.rows(local.getFunctions(null, null, "%")).isEmpty());
    assertEquals(List.of(), TestData.rows(metaData.getFunctions(null, null, "%")));
    assertTrue(metaData.getSystemFunctions().contains("ipv4_is_private"));
    assertTrue(metaData.isReadOnly());
  }

  @Test
  void theShippedDetectionAnswersAsEmbedded() throws SQLException {
    String sql = Detections.find("smb-ntlm-unknown-remote").orElseThrow().sql();
    List<String> rows = TestData.query(remote, sql);
    assertEquals(42, rows.size());
    assertEquals(TestData.query(embedded, sql), rows);
  }

  @Test
  void parameterisedQueriesAnswerAsEmbedded() throws SQLException {
    String sql = "select DeviceName, RemotePort, Timestamp from DeviceNetworkEvents "
        + "where RemotePort = ? and DeviceName like ? and Timestamp >= ? order by Timestamp, DeviceName";
    List<List<String>> answers = new ArrayList<>();
    for (Connection connection : List.of(remote, embedded)) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setInt(1, 445);
        statement.setString(2, "%.contoso.local");
        statement.setTimestamp(3, Timestamp.valueOf("2025-09-01 09:00:00"));
        answers.add(TestData.rows(statement.executeQuery()));
      }
    }
    assertTrue(answers.get(0).size() > 1, answers.get(0).toString());
    assertEquals(answers.get(1), answers.get(0));
  }

  @Test
  void timestampsReadBackAsUtcWallClocks() throws SQLException {
    try (Statement statement = remote.createStatement()) {
      statement.setFetchSize(20);
      ResultSet rows = statement.executeQuery("select Timestamp from DeviceNetworkEvents order by Timestamp limit 100");
      List<String> strings = new ArrayList<>();
      while (rows.next()) {
        assertEquals(Timestamp.valueOf(rows.getString(1)), rows.getTimestamp(1), "row " + rows.getRow());
        strings.add(rows.getString(1));
      }
      // Later frames (fetched after the first) must not shift by the server's zone either.
      assertEquals(TestData.column(embedded.createStatement().executeQuery(
          "select Timestamp from DeviceNetworkEvents order by Timestamp limit 100"), "Timestamp"), strings);
      assertEquals("2025-09-01 08:14:02.103", strings.get(0));
    }
  }

  @Test
  void jsonAndNullColumns() throws SQLException {
    String sql = "select make_set(RemotePort) as ports, null as nothing, AdditionalFields from DeviceNetworkEvents "
        + "where AdditionalFields like '{%' group by AdditionalFields order by AdditionalFields limit 3";
    try (Statement statement = remote.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      assertEquals(Types.VARCHAR, rows.getMetaData().getColumnType(1));
      assertEquals(Types.NULL, rows.getMetaData().getColumnType(2));
      assertTrue(rows.next());
      assertTrue(rows.getString("ports").startsWith("["), rows.getString("ports"));
      assertEquals(null, rows.getObject("nothing"));
      assertTrue(rows.getString("AdditionalFields").startsWith("{"), rows.getString("AdditionalFields"));
    }
    assertEquals(TestData.query(embedded, sql), TestData.query(remote, sql));
  }

  @Test
  void theServersTimeLimitStopsAQuery() throws SQLException {
    try (HuntServer strict = HuntServer.start(ServeOptions.parse(
        List.of("--data", TestData.withEndlessTable().toString(), "--port", "0", "--query-timeout", "1"), null),
        new PrintWriter(new StringWriter()));
        Connection connection = DriverManager.getConnection(strict.jdbcUrl())) {
      long start = System.nanoTime();
      SQLException stopped = assertThrows(SQLException.class, () -> TestData.query(connection, TestData.ENDLESS_QUERY));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 6_000, "stopped after " + millis + " ms");
      assertTrue(stopped.getMessage().contains("query stopped: it ran longer than its limit of 1 s"), stopped.getMessage());
      assertEquals("57014", stopped.getSQLState());
      assertEquals(List.of("EXPR$0=118"), TestData.query(connection, "select count(*) from DeviceNetworkEvents"));
    }
  }

  @Test
  void closingTheConnectionStopsItsQuery() throws Exception {
    Connection doomed = DriverManager.getConnection(server.jdbcUrl());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread running = new Thread(() -> {
      try {
        TestData.query(doomed, TestData.ENDLESS_QUERY);
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    running.start();
    waitFor(() -> server.runningQueries() > 0, "the query to start");
    doomed.close();
    waitFor(() -> server.runningQueries() == 0, "the server to stop the query");
    running.join(5_000);
    assertTrue(failure.get() != null && failure.get().getMessage().contains("query stopped: its connection was closed"),
        String.valueOf(failure.get()));
  }

  @Test
  void cancelStopsAQueryBetweenFetches() throws Exception {
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.setFetchSize(50);
      ResultSet rows = statement.executeQuery("select DeviceName from DeviceNetworkEvents");
      assertTrue(rows.next());
      statement.cancel();
      SQLException cancelled = assertThrows(SQLException.class, () -> {
        while (rows.next()) {
          // Reads until the cancel is seen.
        }
      });
      assertTrue(cancelled.getMessage().toLowerCase().contains("cancel"), cancelled.getMessage());
    }
    waitFor(() -> server.runningQueries() == 0, "nothing left running");
  }

  @Test
  void aResultLongerThanTheServersRowLimitFailsRatherThanLookComplete() throws SQLException {
    String sql = "select DeviceName from DeviceNetworkEvents";
    // Embedded (beyondMaxRows=cut, the default): the first 100 rows, then a warning.
    try (Statement local = embedded.createStatement(); ResultSet rows = local.executeQuery(sql)) {
      assertEquals(100, TestData.column(rows, "DeviceName").size());
      assertEquals("01H02", rows.getWarnings().getSQLState());
    }
    // Remote: Avatica carries no warnings (docs/JDBC.md), so a cut result would look complete.
    try (Statement statement = remote.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      // Found while fetching a later frame, it reaches the client as Avatica's unchecked exception.
      Exception tooMany = assertThrows(Exception.class, () -> {
        while (rows.next()) {
          // Reads up to the limit.
        }
      });
      assertTrue(tooMany.getMessage().contains("the result has more than 100 rows, the most this connection returns;"
          + " narrow the query or add a LIMIT"), tooMany.getMessage());
    }
    // Exactly as many rows as the limit is a whole result, with no warning and no error.
    String hundred = sql + " order by Timestamp limit 100";
    try (Statement local = embedded.createStatement(); ResultSet rows = local.executeQuery(hundred)) {
      assertEquals(100, TestData.column(rows, "DeviceName").size());
      assertNull(rows.getWarnings());
    }
    assertEquals(100, TestData.query(remote, hundred).size());
  }

  @Test
  void failuresReachTheClientWithTheEmbeddedDriversMessage() throws SQLException {
    for (String sql : List.of("select 1/0", "select RemotePort/0 from DeviceNetworkEvents", "selec 1",
        "select * from Nope", "select nofunc(1)", "select cast('x' as integer)")) {
      SQLException local = assertThrows(SQLException.class, () -> TestData.query(embedded, sql), sql);
      SQLException wire = assertThrows(SQLException.class, () -> TestData.query(remote, sql), sql);
      // Avatica's client puts its own "Error while executing SQL ...: Remote driver error: " first.
      assertTrue(wire.getMessage().endsWith("Remote driver error: " + local.getMessage()), wire.getMessage());
      assertEquals(local.getSQLState(), wire.getSQLState(), sql);
      assertEquals(List.of("EXPR$0=118"), TestData.query(remote, "select count(*) from DeviceNetworkEvents"), "after " + sql);
    }
  }

  @Test
  void anErrorBecomesAnErrorResponseTheClientCanRead() {
    // Avatica's handler passes Errors on to Jetty, whose HTML error page the client cannot parse.
    AvaticaRuntimeException response = assertThrows(AvaticaRuntimeException.class, () -> GuardedMeta.guard(() -> {
      throw new ExceptionInInitializerError(new ArithmeticException("/ by zero"));
    }));
    assertEquals("ExceptionInInitializerError: / by zero", response.getErrorMessage());
    assertEquals("HY000", response.getSqlState());
  }

  @Test
  void writesAreRefused() {
    SQLException refused = assertThrows(SQLException.class, () -> TestData.query(remote, "drop table DeviceNetworkEvents"));
    assertEquals("25006", refused.getSQLState());
    assertTrue(refused.getMessage().contains("read-only: DROP is refused because huntsql never changes event files"), refused.getMessage());
  }

  @Test
  void clientsCannotChooseWhatTheServerReads() throws SQLException {
    for (String property : List.of("data", "geoip", "model", "schemaFactory")) {
      Properties properties = new Properties();
      properties.setProperty(property, "/etc");
      Exception refused = assertThrows(Exception.class, () -> DriverManager.getConnection(server.jdbcUrl(), properties).close());
      assertTrue(refused.getMessage().contains("a client cannot set '" + property + "'"), refused.getMessage());
    }
    Properties harmless = new Properties();
    harmless.setProperty("strict", "true");
    harmless.setProperty("ApplicationName", "a BI tool");
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), harmless)) {
      assertEquals(List.of("EXPR$0=118"), TestData.query(connection, "select count(*) from DeviceNetworkEvents"));
    }
  }

  @Test
  void concurrentClientsGetTheSameAnswers() throws Exception {
    String sql = Detections.find("smb-ntlm-unknown-remote").orElseThrow().sql();
    List<String> expected = TestData.query(embedded, sql);
    ExecutorService clients = Executors.newFixedThreadPool(6);
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(clients.submit(() -> {
          try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
            return TestData.query(connection, sql);
          }
        }));
      }
      for (Future<List<String>> answer : answers) {
        assertEquals(expected, answer.get());
      }
    } finally {
      clients.shutdown();
    }
  }

  @Test
  void symbolicLinksOutOfTheFolderAreNotFollowed(@TempDir Path temp) throws Exception {
    Path served = Files.createDirectories(temp.resolve("served"));
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.copy(TestData.sample().resolve("DeviceNetworkEvents.json"), served.resolve("DeviceNetworkEvents.json"));
    Files.writeString(outside.resolve("Secret.json"), "{\"Password\":\"hunter2\"}\n");
    Files.createDirectories(outside.resolve("Hidden"));
    Files.writeString(outside.resolve("Hidden").resolve("Data.json"), "{\"Password\":\"hunter2\"}\n");
    Files.createSymbolicLink(served.resolve("Secret.json"), outside.resolve("Secret.json"));
    Files.createSymbolicLink(served.resolve("Hidden"), outside.resolve("Hidden"));
    try (HuntServer linked = HuntServer.start(ServeOptions.parse(List.of("--data", served.toString(), "--port", "0"), null),
        new PrintWriter(new StringWriter()));
        Connection connection = DriverManager.getConnection(linked.jdbcUrl())) {
      assertEquals(List.of("DeviceNetworkEvents"),
          TestData.column(connection.getMetaData().getTables(null, null, null, null), "TABLE_NAME"));
      SQLException missing = assertThrows(SQLException.class, () -> TestData.query(connection, "select * from Secret"));
      assertTrue(missing.getMessage().contains("Table 'Secret' not found"), missing.getMessage());
    }
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void waitFor(Condition condition, String what) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
