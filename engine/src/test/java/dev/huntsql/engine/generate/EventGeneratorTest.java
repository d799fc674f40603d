package dev.huntsql.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventGeneratorTest {
  @TempDir
  Path dir;

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes() throws Exception {
    for (String table : GeneratorOptions.TABLES) {
      Path a = generate(GeneratorOptions.of(table, 1500, dir.resolve("a"), 7)).files().get(0);
      Path b = generate(GeneratorOptions.of(table, 1500, dir.resolve("b"), 7)).files().get(0);
      Path c = generate(GeneratorOptions.of(table, 1500, dir.resolve("c"), 8)).files().get(0);
      assertEquals(-1, Files.mismatch(a, b), table);
      assertNotEquals(-1, Files.mismatch(a, c), table);
    }
  }

  @Test
  void huntsqlReadsEveryTableWithItsRowCountAndDocumentedTypesAndNoDataProblems() throws Exception {
    EventGenerator.generate(new GeneratorOptions(GeneratorOptions.TABLES, 2000, 0, dir, false, 3, false, 1, 50,
        java.time.Instant.parse("2025-09-01T00:00:00Z"), 24));
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
        Statement statement = session.connection().createStatement()) {
      for (String table : GeneratorOptions.TABLES) {
        assertEquals(List.of("2000"), column(session, statement, "select count(*) from " + table), table);
      }
      assertTypes(session, statement, "select Timestamp, RemotePort, LocalPort, ReportId, InitiatingProcessFileSize, "
          + "IsInitiatingProcessRemoteSession from DeviceNetworkEvents",
          Types.TIMESTAMP, Types.INTEGER, Types.INTEGER, Types.BIGINT, Types.BIGINT, Types.BOOLEAN);
      assertTypes(session, statement, "select ProcessCreationTime, ProcessId, LogonId, CreatedProcessSessionId, "
          + "IsProcessRemoteSession from DeviceProcessEvents",
          Types.TIMESTAMP, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BOOLEAN);
      assertTypes(session, statement, "select IsLocalAdmin, RemotePort, LogonId from DeviceLogonEvents",
          Types.BOOLEAN, Types.INTEGER, Types.BIGINT);
      // Every typed column holds a value of its type wherever the text is not null.
      assertEquals(List.of("0"), column(session, statement, "select count(*) from DeviceNetworkEvents "
          + "where Timestamp is null or DeviceId is null or ReportId is null"));
      assertEquals(List.of(), session.diagnostics().drain());
    }
  }

  @Test
  void gzipAndCsvHoldTheSameEventsAsJsonLines() throws Exception {
    GeneratorOptions json = GeneratorOptions.of("DeviceNetworkEvents", 1000, dir.resolve("json"), 5);
    generate(json);
    generate(json.withGzip(true).withOut(dir.resolve("gzip")));
    generate(json.withCsv(true).withOut(dir.resolve("csv")));
    String sql = "select count(*), count(distinct RemoteIP), sum(ReportId), sum(RemotePort), "
        + "max(Timestamp), count(nullif(AdditionalFields, '')) from DeviceNetworkEvents";
    // (An Advanced Hunting CSV export writes null and "" text alike: an empty cell.)
    List<String> expected = rows(dir.resolve("json"), sql);
    assertTrue(expected.get(0).startsWith("1000|"), expected.toString());
    assertEquals(expected, rows(dir.resolve("gzip"), sql));
    assertEquals(expected, rows(dir.resolve("csv"), sql));
  }

  @Test
  void networkEventsHaveTheRealismOfTheShippedSample() throws Exception {
    GeneratedTable table = generate(GeneratorOptions.of("DeviceNetworkEvents", 6000, dir, 11));
    String first = Files.newBufferedReader(table.files().get(0)).readLine();
    assertTrue(first.matches("\\{\"Timestamp\":\"2025-09-01T\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z\",\"DeviceId\":.*"), first);
    Map<String, String> facts = Map.of(
        "count(distinct DeviceName) > 40", "devices",
        "sum(case when ActionType = 'NetworkSignatureInspected' then 1 else 0 end) > 600", "inspected rows",
        "sum(case when RemotePort = 445 then 1 else 0 end) > 100", "port 445",
        "sum(case when RemotePort = 139 or LocalPort = 139 then 1 else 0 end) > 0", "port 139",
        "sum(case when RemotePort is null then 1 else 0 end) > 0", "null ports",
        "sum(case when RemoteIP like '%:%' then 1 else 0 end) > 0", "IPv6 remotes",
        "sum(case when ipv4_is_private(RemoteIP) then 1 else 0 end) > 100", "private remotes",
        "sum(case when not ipv4_is_private(RemoteIP) then 1 else 0 end) > 100", "public remotes",
        "min(Timestamp) >= TIMESTAMP '2025-09-01 00:00:00' and max(Timestamp) < TIMESTAMP '2025-09-02 12:00:00'",
        "time range");
    for (Map.Entry<String, String> fact : facts.entrySet()) {
      assertEquals(List.of("true"), rows(dir, "select " + fact.getKey() + " from DeviceNetworkEvents"),
          fact.getValue());
    }
    List<String> signatures = rows(dir, "select distinct json_get(AdditionalFields, 'SignatureName') as s "
        + "from DeviceNetworkEvents where ActionType = 'NetworkSignatureInspected' order by s");
    assertTrue(signatures.containsAll(List.of("HTTP_Client", "NTLMSSP", "RDP", "SMB", "SMB2", "SSH")),
        signatures.toString());
    List<String> types = rows(dir, "select distinct ntlm_msg_type(strcat(json_get(AdditionalFields, "
        + "'SignatureMatchedContent'), ' ', json_get(AdditionalFields, 'SamplePacketContent'))) as t "
        + "from DeviceNetworkEvents where AdditionalFields is not null order by t");
    assertTrue(types.containsAll(List.of("1", "2", "3")), types.toString());
  }

  @Test
  void sizeSplitsIntoFilesThatTogetherHoldAtLeastThatMuch() throws Exception {
    GeneratorOptions options = GeneratorOptions.of("DeviceLogonEvents", 1, dir, 1).withBytes(1 << 20).withFiles(3);
    GeneratedTable table = generate(options);
    assertEquals(3, table.files().size());
    long bytes = 0;
    for (Path file : table.files()) {
      assertTrue(file.startsWith(dir.resolve("DeviceLogonEvents")), file.toString());
      bytes += Files.size(file);
    }
    assertEquals(table.bytes(), bytes);
    assertTrue(bytes >= 1 << 20 && bytes < (1 << 20) + 64 * 1024, Long.toString(bytes));
    assertEquals(List.of(Long.toString(table.rows())), rows(dir, "select count(*) from DeviceLogonEvents"));
  }

  @Test
  void theCommandLineWritesFilesAndExplainsUsageErrors() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(0, EventGenerator.run(new String[] {"--table", "devicenetworkevents", "--rows", "10", "--out",
        dir.toString(), "--gzip", "--seed", "4"}, print));
    assertTrue(Files.size(dir.resolve("DeviceNetworkEvents.json.gz")) > 0);
    assertEquals(2, EventGenerator.run(new String[] {"--rows", "10", "--out", dir.toString()}, print));
    assertEquals(2, EventGenerator.run(new String[] {"--table", "Nope", "--rows", "1", "--out", "x"}, print));
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("--table is required") && text.contains("cannot generate table Nope"), text);
  }

  private static GeneratedTable generate(GeneratorOptions options) throws Exception {
    return EventGenerator.generate(options).get(0);
  }

  private static List<String> rows(Path data, String sql) throws Exception {
    try (HuntSession session = HuntSession.open(new HuntOptions(data, null, false));
        Statement statement = session.connection().createStatement()) {
      return column(session, statement, sql);
    }
  }

  /** Each row's values joined with '|'. */
  private static List<String> column(HuntSession session, Statement statement, String sql) throws Exception {
    try (ResultSet rs = session.executeQuery(statement, sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<String> rows = new java.util.ArrayList<>();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }

  private static void assertTypes(HuntSession session, Statement statement, String sql, int... types)
      throws Exception {
    try (ResultSet rs = session.executeQuery(statement, sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 0; i < types.length; i++) {
        assertEquals(types[i], meta.getColumnType(i + 1), sql + " column " + (i + 1));
      }
    }
  }
}
