package dev.huntsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.jdbc.TestData;
import dev.huntsql.queries.Detections;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Metabase reaches Avatica servers through its built-in "Druid JDBC" connection: Avatica's client
 * posting JSON to {@code HOST:PORT/druid/v2/sql/avatica/}. This test connects the way that
 * connection does (its URL and properties, as Metabase's driver source builds them), reads the
 * metadata Metabase's sync reads, and runs the SQL shapes its query builder writes for that
 * connection (date_trunc and time_extract groupings, TIMESTAMPADD on CURRENT_TIMESTAMP, dates
 * bound as text). Answers are checked against the embedded driver running the same question
 * written without those functions.
 */
class MetabaseDruidConnectionTest {
  private static HuntServer server;
  private static Connection metabase;
  private static Connection embedded;

  private static final String TABLE = "\"huntsql\".\"DeviceNetworkEvents\"";
  private static final String TIMESTAMP = TABLE + ".\"Timestamp\"";

  @BeforeAll
  static void start() throws SQLException {
    server = HuntServer.start(ServeOptions.parse(List.of("--data", TestData.sample().toString(), "--port", "0"), null),
        new PrintWriter(new StringWriter()));
    // Metabase's "Host" field holds the scheme; the driver appends ":" port and the Druid path.
    String url = "jdbc:avatica:remote:url=http://127.0.0.1:" + server.port()
        + "/druid/v2/sql/avatica/;transparent_reconnection=true";
    Properties properties = new Properties();
    // Sent when Metabase has a report time zone.
    properties.setProperty("sqlTimeZone", "UTC");
    properties.setProperty("timeZone", "UTC");
    metabase = DriverManager.getConnection(url, properties);
    embedded = DriverManager.getConnection("jdbc:huntsql:" + TestData.sample());
  }

  @AfterAll
  static void stop() throws SQLException {
    metabase.close();
    embedded.close();
    server.stop();
  }

  @Test
  void connectsAndAnswersTheConnectionCheck() throws SQLException {
    metabase.setReadOnly(true);
    metabase.setAutoCommit(true);
    assertEquals(List.of("EXPR$0=1"), TestData.query(metabase, "SELECT 1"));
  }

  @Test
  void syncSeesTheTablesAndColumnTypesMetabaseMaps() throws SQLException {
    DatabaseMetaData metaData = metabase.getMetaData();
    List<String> schemas = TestData.column(metaData.getSchemas(), "TABLE_SCHEM");
    assertTrue(schemas.contains("huntsql"), schemas.toString());
    List<String> tables = TestData.column(metaData.getTables(null, "huntsql", "%", new String[] {"TABLE", "VIEW"}),
        "TABLE_NAME");
    assertTrue(tables.contains("DeviceNetworkEvents"), tables.toString());
    Map<String, String> types = new LinkedHashMap<>();
    try (ResultSet columns = metaData.getColumns(null, "huntsql", "DeviceNetworkEvents", "%")) {
      while (columns.next()) {
        types.put(columns.getString("COLUMN_NAME"), columns.getString("TYPE_NAME"));
      }
    }
    // Metabase's Druid JDBC connection maps these names to DateTime, Text and BigInteger.
    assertEquals("TIMESTAMP", types.get("Timestamp"));
    assertEquals("VARCHAR", types.get("DeviceName"));
    assertEquals("BIGINT", types.get("ReportId"));
  }

  @Test
  void nativeQuestionsRunTheShippedDetection() throws SQLException {
    String detection = Detections.find("smb-ntlm-unknown-remote").orElseThrow().sql();
    List<String> rows = TestData.query(metabase, detection);
    assertEquals(TestData.query(embedded, detection), rows);
    assertEquals(42, rows.size());
  }

  @Test
  void countByHourGroupsWithDateTrunc() throws SQLException {
    String metabaseSql = "SELECT date_trunc('hour', " + TIMESTAMP + ") AS \"Timestamp\", COUNT(*) AS \"count\" FROM "
        + TABLE + " GROUP BY date_trunc('hour', " + TIMESTAMP + ") ORDER BY date_trunc('hour', " + TIMESTAMP
        + ") ASC LIMIT 1048575";
    String reference = "SELECT bin(\"Timestamp\", '1h') AS \"Timestamp\", COUNT(*) AS \"count\" "
        + "FROM DeviceNetworkEvents GROUP BY bin(\"Timestamp\", '1h') ORDER BY 1";
    List<String> rows = TestData.query(metabase, metabaseSql);
    assertEquals(TestData.query(embedded, reference), rows);
    assertEquals(118, rows.stream().mapToInt(row -> Integer.parseInt(row.substring(row.indexOf("count=") + 6))).sum());
  }

  @Test
  void countByHourOfDayGroupsWithTimeExtract() throws SQLException {
    String metabaseSql = "SELECT time_extract(" + TIMESTAMP + ", 'hour') AS \"Timestamp\", COUNT(*) AS \"count\" FROM "
        + TABLE + " GROUP BY time_extract(" + TIMESTAMP + ", 'hour') ORDER BY time_extract(" + TIMESTAMP
        + ", 'hour') ASC";
    String reference = "SELECT EXTRACT(HOUR FROM \"Timestamp\") AS \"Timestamp\", COUNT(*) AS \"count\" "
        + "FROM DeviceNetworkEvents GROUP BY EXTRACT(HOUR FROM \"Timestamp\") ORDER BY 1";
    assertEquals(TestData.query(embedded, reference), TestData.query(metabase, metabaseSql));
  }

  @Test
  void relativeDateFiltersUseTimestampAddOnCurrentTimestamp() throws SQLException {
    // The sample is from 2025-09-01: within the last ten years, and not within the last 30 days.
    String previous = "SELECT COUNT(*) AS \"count\" FROM " + TABLE + " WHERE " + TIMESTAMP
        + " >= date_trunc('day', TIMESTAMPADD(day, CAST(%d AS integer), CURRENT_TIMESTAMP)) AND " + TIMESTAMP
        + " < date_trunc('day', CURRENT_TIMESTAMP)";
    assertEquals(List.of("count=118"), TestData.query(metabase, String.format(previous, -3650)));
    assertEquals(List.of("count=0"), TestData.query(metabase, String.format(previous, -30)));
  }

  @Test
  void datesBoundAsTextFilterAsDatetimes() throws SQLException {
    // Metabase's Druid JDBC connection binds datetimes as 'yyyy-MM-dd HH:mm:ss.SSS' text.
    try (PreparedStatement statement = metabase.prepareStatement("SELECT COUNT(*) AS \"count\" FROM " + TABLE
        + " WHERE " + TIMESTAMP + " >= ? AND " + TIMESTAMP + " < ?", ResultSet.TYPE_FORWARD_ONLY,
        ResultSet.CONCUR_READ_ONLY, ResultSet.CLOSE_CURSORS_AT_COMMIT)) {
      statement.setFetchDirection(ResultSet.FETCH_FORWARD);
      statement.setObject(1, "2025-09-01 10:15:05.136");
      statement.setObject(2, "2025-09-02 00:00:00.000");
      // The sample's events 58 to 118 by time (see EmbeddedDriverTest).
      assertEquals(List.of("count=61"), TestData.rows(statement.executeQuery()));
    }
  }

  @Test
  void timestampsComeBackAsTheUtcInstant() throws SQLException {
    try (Statement statement = metabase.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MIN(" + TIMESTAMP + ") AS \"first\" FROM " + TABLE)) {
      assertEquals(Types.TIMESTAMP, rows.getMetaData().getColumnType(1));
      assertTrue(rows.next());
      // With timeZone=UTC (Metabase's report time zone), what Metabase reads is the instant itself.
      assertEquals("2025-09-01T08:14:02.103Z",
          ((java.sql.Timestamp) rows.getObject(1)).toInstant().toString());
    }
  }

  @Test
  void protobufAndPlainJsonUrlsAnswerBesideIt() throws SQLException {
    String count = "SELECT COUNT(*) AS n FROM " + TABLE;
    try (Connection protobuf = DriverManager.getConnection(server.jdbcUrl());
        Connection json = DriverManager.getConnection(
            "jdbc:avatica:remote:url=http://127.0.0.1:" + server.port() + "/json;serialization=json")) {
      assertEquals(List.of("n=118"), TestData.query(protobuf, count));
      assertEquals(List.of("n=118"), TestData.query(json, count));
      assertEquals(List.of("n=118"), TestData.query(metabase, count));
    }
  }
}
