package dev.huntsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded driver, {@code jdbc:huntsql:DIR}, as a JDBC tool or program uses it. */
class EmbeddedDriverTest {
  private static Connection connection;

  @BeforeAll
  static void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:huntsql:" + TestData.sample());
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  private static List<String> query(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return TestData.rows(statement.executeQuery(sql));
    }
  }

  @Test
  void registersThroughServiceLoading() throws SQLException {
    assertTrue(DriverManager.getDriver("jdbc:huntsql:/anywhere") instanceof HuntDriver);
    assertEquals(List.of("EXPR$0=118"), query("select count(*) from DeviceNetworkEvents"));
  }

  @Test
  void urlPropertiesAndConnectionPropertiesAreRead() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("maxRows", "2");
    try (Connection limited = DriverManager.getConnection("jdbc:huntsql:" + TestData.sample() + ";strict=true", properties);
        Statement statement = limited.createStatement()) {
      assertEquals(2, TestData.rows(statement.executeQuery("select DeviceName from DeviceNetworkEvents")).size());
    }
    try (Connection failing = DriverManager.getConnection("jdbc:huntsql:" + TestData.sample() + ";maxRows=2;beyondMaxRows=fail");
        Statement statement = failing.createStatement()) {
      SQLException tooMany = assertThrows(SQLException.class,
          () -> TestData.rows(statement.executeQuery("select DeviceName from DeviceNetworkEvents")));
      assertEquals("54000", tooMany.getSQLState());
      assertEquals(2, TestData.rows(statement.executeQuery("select DeviceName from DeviceNetworkEvents limit 2")).size());
    }
    SQLException unknown = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:huntsql:" + TestData.sample() + ";beyondMaxRows=maybe"));
    assertEquals("beyondmaxrows must be cut or fail, not 'maybe'", unknown.getMessage());
    SQLException missing = assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:huntsql:/no/such/folder"));
    assertTrue(missing.getMessage().contains("data folder not found"), missing.getMessage());
    SQLException bad = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:huntsql:" + TestData.sample() + ";queryTimeout=soon"));
    assertTrue(bad.getMessage().contains("querytimeout must be a whole number"), bad.getMessage());
  }

  @Test
  void reportsOneSchemaWithoutCatalogs() throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    assertEquals(List.of(), TestData.rows(metaData.getCatalogs()));
    assertEquals(List.of("TABLE_SCHEM=huntsql; TABLE_CATALOG=null"), TestData.rows(metaData.getSchemas()));
    assertEquals(List.of("TABLE_TYPE=TABLE"), TestData.rows(metaData.getTableTypes()));
    assertEquals("huntsql", connection.getSchema());
    assertNull(connection.getCatalog());
  }

  @Test
  void getTablesTakesNullAsAnyAndEmptyAsNone() throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    assertEquals(List.of("DeviceNetworkEvents"), TestData.column(metaData.getTables(null, null, null, null), "TABLE_NAME"));
    assertEquals(List.of("DeviceNetworkEvents"),
        TestData.column(metaData.getTables(null, "HUNT%", "device_etworkevents", new String[] {"TABLE"}), "TABLE_NAME"));
    assertEquals(List.of(), TestData.column(metaData.getTables(null, "", null, null), "TABLE_NAME"));
    assertEquals(List.of(), TestData.column(metaData.getTables(null, null, "", null), "TABLE_NAME"));
    assertEquals(List.of(), TestData.column(metaData.getTables("elsewhere", null, null, null), "TABLE_NAME"));
    assertEquals(List.of(), TestData.column(metaData.getTables(null, null, null, new String[] {"VIEW"}), "TABLE_NAME"));
    // "" for a catalog means "without a catalog", which huntsql's tables are.
    assertEquals(List.of("DeviceNetworkEvents"), TestData.column(metaData.getTables("", null, null, null), "TABLE_NAME"));
  }

  @Test
  void reportedNamesWorkBackInQualifiedNames() throws SQLException {
    ResultSet tables = connection.getMetaData().getTables(null, null, "DeviceNetworkEvents", null);
    assertTrue(tables.next());
    String quote = connection.getMetaData().getIdentifierQuoteString();
    String qualified = quote + tables.getString("TABLE_SCHEM") + quote + "." + quote + tables.getString("TABLE_NAME") + quote;
    assertEquals(List.of("EXPR$0=118"), query("select count(*) from " + qualified));
    assertEquals(List.of("EXPR$0=118"), query("select count(*) from huntsql.devicenetworkevents"));
  }

  @Test
  void columnsHaveRealTypesAndSizes() throws SQLException {
    List<String> columns = TestData.rows(connection.getMetaData().getColumns(null, "huntsql", "DeviceNetworkEvents",
        "%"));
    assertTrue(columns.size() >= 40, "columns: " + columns.size());
    ResultSet rows = connection.getMetaData().getColumns(null, null, "DeviceNetworkEvents", "AdditionalFields");
    assertTrue(rows.next());
    assertEquals(Types.VARCHAR, rows.getInt("DATA_TYPE"));
    assertEquals(Integer.MAX_VALUE, rows.getInt("COLUMN_SIZE"), "JSON text has no length limit");
    assertEquals("JSON text (KQL dynamic)", rows.getString("REMARKS"));
    rows = connection.getMetaData().getColumns(null, null, "DeviceNetworkEvents", "Timestamp");
    assertTrue(rows.next());
    assertEquals(Types.TIMESTAMP, rows.getInt("DATA_TYPE"));
    assertEquals("TIMESTAMP", rows.getString("TYPE_NAME"));
    assertEquals(23, rows.getInt("COLUMN_SIZE"));
    assertEquals(3, rows.getInt("DECIMAL_DIGITS"));
    assertEquals(1, rows.getInt("ORDINAL_POSITION"));
    rows = connection.getMetaData().getColumns(null, null, "DeviceNetworkEvents", "remoteport");
    assertTrue(rows.next());
    assertEquals(Types.INTEGER, rows.getInt("DATA_TYPE"));
    assertEquals(10, rows.getInt("COLUMN_SIZE"));
    assertEquals("YES", rows.getString("IS_NULLABLE"));
  }

  @Test
  void functionsComeWithTheirDescriptions() throws SQLException {
    List<String> functions = TestData.rows(connection.getMetaData().getFunctions(null, null, "ipv4_is_private"));
    assertEquals(1, functions.size());
    assertTrue(functions.get(0).contains("FUNCTION_SCHEM=huntsql; FUNCTION_NAME=ipv4_is_private; REMARKS="), functions.get(0));
    assertTrue(functions.get(0).contains("Example: "), functions.get(0));
    List<String> aggregates = TestData.column(connection.getMetaData().getFunctions(null, "huntsql", "make\\_set"), "REMARKS");
    assertTrue(aggregates.get(0).startsWith("Aggregate."), aggregates.get(0));
    assertTrue(connection.getMetaData().getSystemFunctions().contains("geo_country"));
  }

  @Test
  void typeInfoListsUnlimitedText() throws SQLException {
    ResultSet types = connection.getMetaData().getTypeInfo();
    boolean varchar = false;
    int previous = Integer.MIN_VALUE;
    while (types.next()) {
      assertTrue(types.getInt("DATA_TYPE") >= previous, "ordered by DATA_TYPE");
      previous = types.getInt("DATA_TYPE");
      if (types.getString("TYPE_NAME").equals("VARCHAR")) {
        varchar = true;
        assertEquals(Integer.MAX_VALUE, types.getInt("PRECISION"));
      }
    }
    assertTrue(varchar);
  }

  @Test
  void connectionStatesBehave() throws SQLException {
    try (Connection other = DriverManager.getConnection("jdbc:huntsql:" + TestData.sample())) {
      assertTrue(other.isValid(1));
      assertTrue(other.isReadOnly());
      other.setReadOnly(true);
      other.setReadOnly(false);
      assertTrue(other.isReadOnly(), "event files are never written");
      assertNull(other.getWarnings(), "tools ask for read-write by default; that is no news");
      other.setSchema("HUNTSQL");
      assertEquals("huntsql", other.getSchema());
      SQLException unknown = assertThrows(SQLException.class, () -> other.setSchema("nowhere"));
      assertTrue(unknown.getMessage().contains("no schema 'nowhere'"), unknown.getMessage());
      other.setAutoCommit(false);
      other.commit();
      other.rollback();
      assertEquals(Connection.TRANSACTION_NONE, other.getTransactionIsolation());
      other.close();
      assertFalse(other.isValid(1));
      assertTrue(other.isClosed());
    }
  }

  @Test
  void writesAreRefusedClearly() throws SQLException {
    for (String sql : List.of("insert into DeviceNetworkEvents(DeviceName) values ('x')",
        "  /* tools add comments */ UPDATE DeviceNetworkEvents set DeviceName = 'x'",
        "delete from DeviceNetworkEvents", "create table t (a int)", "drop table DeviceNetworkEvents",
        "explain plan for insert into DeviceNetworkEvents(DeviceName) values ('x')")) {
      try (Statement statement = connection.createStatement()) {
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
        assertEquals("25006", refused.getSQLState(), sql);
        assertTrue(refused.getMessage().startsWith("read-only: "), refused.getMessage());
      }
      assertThrows(SQLException.class, () -> connection.prepareStatement(sql), sql);
    }
    try (Statement statement = connection.createStatement()) {
      assertThrows(SQLException.class, () -> statement.executeUpdate("select 1"));
    }
  }

  @Test
  void constantsThatCannotBeComputedFailAsSqlExceptions() throws SQLException {
    // Calcite computes constants in the initializer of the class it generates: an Error, unless the driver says otherwise.
    SQLException divided = assertThrows(SQLException.class, () -> query("select 1/0"));
    assertEquals("Error while executing SQL \"select 1/0\": / by zero", divided.getMessage());
    try (PreparedStatement statement = connection.prepareStatement("select cast('x' as timestamp)")) {
      SQLException cast = assertThrows(SQLException.class, statement::executeQuery);
      // Calcite says "Invalid DATE value, 'x'", also for a TIMESTAMP.
      assertEquals("Error while executing SQL \"select cast('x' as timestamp)\": 'x' is not a date or datetime;"
          + " write one as '2025-09-01' or '2025-09-01 12:00:00' (UTC)", cast.getMessage());
      assertEquals("22007", cast.getSQLState());
      assertEquals(0, connection.unwrap(HuntsqlConnection.class).runningQueries(), "the failed query has ended");
    }
    assertEquals(List.of("EXPR$0=118"), query("select count(*) from DeviceNetworkEvents"));
    // Preparing names the reason too, not only "Error while preparing statement [...]" (tools prepare before they run).
    SQLException prepared = assertThrows(SQLException.class, () -> connection.prepareStatement("select 1 from Nope"));
    assertTrue(prepared.getMessage().endsWith("Table 'Nope' not found"), prepared.getMessage());
    assertEquals("42000", prepared.getSQLState());
    // A syntax error is its first line, not the 170 tokens Calcite would have taken instead.
    SQLException syntax = assertThrows(SQLException.class, () -> query("select * from DeviceNetworkEvents where"));
    assertTrue(syntax.getMessage().endsWith("Encountered \"<EOF>\" at line 1, column 39."), syntax.getMessage());
    assertEquals("42000", syntax.getSQLState());
    // A parameter left unbound, and an empty statement, say so.
    try (PreparedStatement unbound = connection.prepareStatement("select count(*) from DeviceNetworkEvents where RemotePort = ?")) {
      SQLException missing = assertThrows(SQLException.class, unbound::executeQuery);
      assertEquals("a ? parameter has no value; set every parameter before running the statement", missing.getMessage());
      assertEquals("07001", missing.getSQLState());
    }
    SQLException empty = assertThrows(java.sql.SQLSyntaxErrorException.class, () -> query(" "));
    assertTrue(empty.getMessage().endsWith("the statement is empty"), empty.getMessage());
    // Positions count in the statement as written, although the parser saw Timestamp quoted.
    SQLException column = assertThrows(SQLException.class, () -> query("select Timestamp, Nosuch from DeviceNetworkEvents"));
    assertTrue(column.getMessage().contains("From line 1, column 19 to line 1, column 24: Column 'Nosuch' not found"),
        column.getMessage());
    SQLException early = assertThrows(SQLException.class, () -> query("select Timestamp from DeviceNetworkEvents where"));
    assertTrue(early.getMessage().endsWith("Encountered \"<EOF>\" at line 1, column 47."), early.getMessage());
    // The shell's words for iff's type errors, here too.
    SQLException condition = assertThrows(SQLException.class, () -> query("select iff(1, 'a', 'b')"));
    assertTrue(condition.getMessage().endsWith("line 1, column 8 to line 1, column 23:"
        + " a condition (of iff or CASE WHEN) must be true, false or NULL"), condition.getMessage());
    assertEquals("42000", condition.getSQLState());
  }

  @Test
  void preparedStatementsTakeParameters() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "select count(*) as n from DeviceNetworkEvents where RemotePort = ? and DeviceName like ?")) {
      statement.setInt(1, 445);
      statement.setString(2, "srv-%");
      List<String> first = TestData.rows(statement.executeQuery());
      statement.setInt(1, 139);
      List<String> second = TestData.rows(statement.executeQuery());
      assertEquals(List.of("n=" + count("RemotePort = 445 and DeviceName like 'srv-%'")), first);
      assertEquals(List.of("n=" + count("RemotePort = 139 and DeviceName like 'srv-%'")), second);
    }
  }

  private static String count(String where) throws SQLException {
    return query("select count(*) as n from DeviceNetworkEvents where " + where).get(0).substring(2);
  }

  /** Surefire runs this JVM in Pacific/Auckland: none of the values below may move. */
  @Test
  void timestampsReadBackAsUtcWallClockInAnyZone() throws SQLException {
    assertEquals("Pacific/Auckland", TimeZone.getDefault().getID(), "surefire's argLine sets the zone");
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select min(Timestamp) as t from DeviceNetworkEvents")) {
      assertTrue(rows.next());
      assertEquals("2025-09-01 08:14:02.103", rows.getString(1));
      assertEquals(Timestamp.valueOf("2025-09-01 08:14:02.103"), rows.getTimestamp(1));
      assertEquals(Timestamp.valueOf("2025-09-01 08:14:02.103"), rows.getObject(1));
      assertEquals(OffsetDateTime.parse("2025-09-01T08:14:02.103Z"), rows.getObject(1, OffsetDateTime.class));
      assertEquals(LocalDateTime.parse("2025-09-01T08:14:02.103"), rows.getObject("t", LocalDateTime.class));
      assertEquals(java.time.Instant.parse("2025-09-01T08:14:02.103Z"),
          rows.getTimestamp(1, java.util.Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant());
    }
  }

  @Test
  void failuresCarryTheSqlStateOfTheirKind() throws SQLException {
    // Class 42: the SQL is wrong; class 22: a value could not be computed; HY000: anything else.
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("selec 1", "42000");
    expected.put("select * from Nope", "42000");
    expected.put("select NoSuchColumn from DeviceNetworkEvents", "42000");
    expected.put("select nofunc(1)", "42000");
    expected.put("select 1/0", "22012");
    expected.put("select RemotePort/0 from DeviceNetworkEvents", "22012");
    expected.put("select cast('x' as integer)", "22018");
    for (Map.Entry<String, String> each : expected.entrySet()) {
      SQLException failure = assertThrows(SQLException.class, () -> query(each.getKey()), each.getKey());
      assertEquals(each.getValue(), failure.getSQLState(), each.getKey() + ": " + failure.getMessage());
      assertTrue(each.getValue().startsWith("42") ? failure instanceof java.sql.SQLSyntaxErrorException
          : failure instanceof java.sql.SQLDataException, each.getKey() + ": " + failure.getClass());
    }
    // Preparing reports a mistake in the SQL the same way.
    SQLException preparing = assertThrows(SQLException.class, () -> connection.prepareStatement("select * from Nope"));
    assertEquals("42000", preparing.getSQLState());
  }

  @Test
  void nowIsOneUtcInstantPerQuery() throws SQLException {
    java.time.Instant before = java.time.Instant.now().minusMillis(1);
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(distinct now()) as instants, min(now()) as t "
            + "from DeviceNetworkEvents a, DeviceNetworkEvents b")) {
      assertTrue(rows.next());
      assertEquals(1, rows.getInt("instants"));
      java.time.Instant now = rows.getObject("t", OffsetDateTime.class).toInstant();
      assertTrue(!now.isBefore(before) && !now.isAfter(java.time.Instant.now()), now + " after " + before);
    }
  }

  @Test
  void aPreparedStatementRunAgainReadsTheClockAgain() throws Exception {
    // BI tools prepare "the last hour" once and run it again on every refresh: each run must
    // filter with its own clock, not with the instant the statement was prepared at.
    try (PreparedStatement statement = connection.prepareStatement(
        "select count(*) as n from DeviceNetworkEvents where now() >= ? and ago('1h') >= ?")) {
      for (int run = 0; run < 2; run++) {
        Thread.sleep(20);
        OffsetDateTime justBefore = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        statement.setObject(1, justBefore);
        statement.setObject(2, justBefore.minusHours(1));
        try (ResultSet rows = statement.executeQuery()) {
          assertTrue(rows.next());
          assertEquals(118, rows.getInt("n"), "every event, run " + run);
        }
      }
    }
  }

  @Test
  void timestampParametersAreUtcWallClocks() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "select count(*) as n from DeviceNetworkEvents where Timestamp = ?")) {
      statement.setTimestamp(1, Timestamp.valueOf("2025-09-01 08:14:02.103"));
      assertEquals(List.of("n=1"), TestData.rows(statement.executeQuery()));
      statement.setObject(1, OffsetDateTime.parse("2025-09-01T10:14:02.103+02:00"));
      assertEquals(List.of("n=1"), TestData.rows(statement.executeQuery()));
      statement.setObject(1, LocalDateTime.parse("2025-09-01T08:14:02.103"));
      assertEquals(List.of("n=1"), TestData.rows(statement.executeQuery()));
    }
  }

  /** Tools bind values as text (Metabase sends dates so); text is read as the parameter's type. */
  @Test
  void textParametersAreReadAsTheParametersType() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "select count(*) as n from DeviceNetworkEvents where Timestamp >= ? and RemotePort = ?")) {
      // The sample's 58th of 118 events, by time, is at 10:15:05.136.
      statement.setString(1, "2025-09-01 10:15:05.136");
      statement.setString(2, " 445 ");
      assertEquals(List.of("n=" + count("Timestamp >= TIMESTAMP '2025-09-01 10:15:05.136' and RemotePort = 445")),
          TestData.rows(statement.executeQuery()));
      statement.setObject(1, "2025-09-01T12:15:05.136+02:00");
      statement.setObject(2, "445", Types.VARCHAR);
      assertEquals(List.of("n=" + count("Timestamp >= TIMESTAMP '2025-09-01 10:15:05.136' and RemotePort = 445")),
          TestData.rows(statement.executeQuery()));
      statement.setString(1, "2025-09-01");
      assertEquals(List.of("n=57"), TestData.rows(statement.executeQuery()), "a date is its midnight: every 445 event");
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "select count(*) as n from DeviceNetworkEvents where Timestamp >= ?")) {
      statement.setString(1, "2025-09-01 10:15:05.136");
      assertEquals(List.of("n=61"), TestData.rows(statement.executeQuery()), "events 58 to 118");
    }
  }

  @Test
  void textThatIsNotTheParametersTypeNamesTheParameter() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "select count(*) from DeviceNetworkEvents where Timestamp >= ? and RemotePort = ?")) {
      SQLException time = assertThrows(SQLException.class, () -> statement.setString(1, "yesterday"));
      assertEquals("parameter 1 is TIMESTAMP; 'yesterday' is not one", time.getMessage());
      assertEquals("22018", time.getSQLState());
      SQLException port = assertThrows(SQLException.class, () -> statement.setString(2, "445.5"));
      assertEquals("parameter 2 is INTEGER; '445.5' is not one", port.getMessage());
    }
  }

  @Test
  void jsonAndNullColumns() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select make_set(RemotePort) as ports, null as nothing "
            + "from DeviceNetworkEvents where DeviceName = 'lt-sales-21.contoso.local' and RemoteIP = '62.210.10.10'")) {
      assertEquals(Types.VARCHAR, rows.getMetaData().getColumnType(1));
      assertEquals(Integer.MAX_VALUE, rows.getMetaData().getPrecision(1));
      assertEquals(Types.NULL, rows.getMetaData().getColumnType(2));
      assertTrue(rows.next());
      assertEquals("[139,445]", rows.getString("ports"));
      assertEquals("[139,445]", rows.getObject("ports", String.class));
      assertNull(rows.getObject("nothing"));
      assertNull(rows.getString(2));
    }
  }

  @Test
  void maxRowsLimitsTheResult() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(3);
      assertEquals(3, TestData.rows(statement.executeQuery("select DeviceName from DeviceNetworkEvents")).size());
      statement.setMaxRows(0);
      assertEquals(118, TestData.rows(statement.executeQuery("select DeviceName from DeviceNetworkEvents")).size());
    }
  }

  @Test
  void connectionLimitsCapWhatStatementsAsk() throws SQLException {
    try (Connection limited = DriverManager.getConnection("jdbc:huntsql:" + TestData.sample() + ";maxRows=5;queryTimeout=30");
        Statement statement = limited.createStatement()) {
      statement.setMaxRows(50);
      statement.setQueryTimeout(100);
      assertEquals(5, statement.getMaxRows());
      assertEquals(30, statement.getQueryTimeout());
      ResultSet rows = statement.executeQuery("select DeviceName from DeviceNetworkEvents");
      assertEquals(5, TestData.rows(rows).size());
      assertTrue(rows.getWarnings().getMessage().contains("stopped at 5 rows"), rows.getWarnings().getMessage());
      statement.setQueryTimeout(2);
      assertEquals(2, statement.getQueryTimeout());
    }
  }

  @Test
  void queryTimeoutStopsARunningScan() throws SQLException {
    try (Connection endless = DriverManager.getConnection("jdbc:huntsql:" + TestData.withEndlessTable());
        Statement statement = endless.createStatement()) {
      statement.setQueryTimeout(1);
      long start = System.nanoTime();
      SQLTimeoutException timedOut = assertThrows(SQLTimeoutException.class,
          () -> TestData.rows(statement.executeQuery(TestData.ENDLESS_QUERY)));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 5_000, "stopped after " + millis + " ms");
      assertEquals("query stopped: it ran longer than its limit of 1 s", timedOut.getMessage());
      assertEquals("57014", timedOut.getSQLState());
      statement.setQueryTimeout(0);
      assertEquals(List.of("EXPR$0=118"), TestData.rows(statement.executeQuery("select count(*) from DeviceNetworkEvents")),
          "the statement runs again after a timeout");
    }
  }

  @Test
  void cancelStopsARunningScan() throws Exception {
    try (Connection endless = DriverManager.getConnection("jdbc:huntsql:" + TestData.withEndlessTable());
        Statement statement = endless.createStatement()) {
      Thread canceller = new Thread(() -> {
        try {
          Thread.sleep(500);
          statement.cancel();
        } catch (InterruptedException | SQLException e) {
          throw new AssertionError(e);
        }
      });
      canceller.start();
      long start = System.nanoTime();
      SQLException cancelled = assertThrows(SQLException.class, () -> TestData.rows(statement.executeQuery(TestData.ENDLESS_QUERY)));
      long millis = (System.nanoTime() - start) / 1_000_000;
      canceller.join();
      assertTrue(millis < 5_000, "stopped after " + millis + " ms");
      assertEquals("query stopped: it was cancelled", cancelled.getMessage());
      assertEquals("57014", cancelled.getSQLState());
      assertEquals(0, endless.unwrap(HuntsqlConnection.class).runningQueries());
    }
  }

  @Test
  void dataProblemsBecomeWarnings(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("DeviceNetworkEvents.json"), String.join("\n",
        "{\"DeviceName\":\"a\",\"RemotePort\":445}",
        "{\"DeviceName\":\"b\",\"RemotePort\":",
        "{\"DeviceName\":\"c\",\"RemotePort\":\"not a port\"}", ""));
    try (Connection problems = DriverManager.getConnection("jdbc:huntsql:" + folder);
        Statement statement = problems.createStatement()) {
      ResultSet rows = statement.executeQuery("select DeviceName, RemotePort from DeviceNetworkEvents");
      assertEquals(List.of("DeviceName=a; RemotePort=445", "DeviceName=c; RemotePort=null"), TestData.rows(rows));
      SQLWarning warning = rows.getWarnings();
      assertNotNull(warning, "a skipped record is reported");
      StringBuilder all = new StringBuilder();
      for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
        assertEquals("01H01", w.getSQLState());
        all.append(w.getMessage()).append('\n');
      }
      assertTrue(all.toString().contains("DeviceNetworkEvents.json:2"), all.toString());
      assertNotNull(statement.getWarnings());
    }
  }
}
