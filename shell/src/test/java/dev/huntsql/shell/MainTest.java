package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huntsql.queries.SparkSql;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final Path SAMPLE = Path.of("..", "sample-data");
  private static final Path EXPECTED =
      Path.of("..", "queries", "src", "test", "resources", "expected", "smb-ntlm-unknown-remote.sample.jsonl");

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(String stdin, String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdout, stderr).run(args);
    out = stdout.toString(StandardCharsets.UTF_8);
    err = stderr.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void runPrintsTheDetectionAsJsonLinesKeyedByColumnName() throws Exception {
    assertEquals(0, run("", "run", "smb-ntlm-unknown-remote", "--data", SAMPLE.toString(), "--format", "jsonl"), err);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> expected = new ArrayList<>();
    for (String line : Files.readAllLines(EXPECTED)) {
      if (!line.isBlank()) {
        expected.add(json.readTree(line));
      }
    }
    List<JsonNode> actual = new ArrayList<>();
    List<String> lines = out.lines().toList();
    for (String line : lines) {
      actual.add(json.readTree(line));
    }
    assertEquals(expected, actual);
    // Key order is the detection's column order.
    assertTrue(lines.get(0).startsWith("{\"DeviceName\":"), lines.get(0));
    assertTrue(lines.get(0).contains("\"set_RemotePort\":["), "make_set is a JSON array, not a string");
  }

  @Test
  void tableFormatShowsNullDifferentlyFromEmptyText() throws Exception {
    Files.writeString(dir.resolve("T.json"), "{\"a\":\"\",\"b\":1}\n{\"a\":null,\"b\":22}\n");
    assertEquals(0, run("", "-e", "select a, b from T", "--data", dir.toString()), err);
    assertEquals(String.join("\n",
        "+------+----+",
        "| a    | b  |",
        "+------+----+",
        "|      |  1 |",
        "| NULL | 22 |",
        "+------+----+",
        ""), out);
  }

  @Test
  void csvAndSeveralStatementsFromStandardInput() throws Exception {
    assertEquals(0, run("select 1 as x;\nselect 'a,b' as y;\n", "sql", "--format", "csv", "--data", dir.toString()), err);
    assertEquals("x\r\n1\r\ny\r\n\"a,b\"\r\n", out);
    assertEquals("", err);
  }

  @Test
  void aQueryErrorIsOneLineOnStandardErrorWithExitCode1() {
    assertEquals(1, run("", "-e", "select Timestamp, nosuchcolumn from T", "--data", writeTable()));
    assertEquals("", out);
    assertEquals(1, err.lines().count(), err);
    // The position is where the analyst typed the name, although Timestamp was quoted for the parser.
    assertTrue(err.contains("line 1, column 19"), err);
    assertTrue(err.contains("nosuchcolumn"), err);
    assertFalse(err.contains("Exception"), err);
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, run("", "--format", "xml", "-e", "select 1"));
    assertTrue(err.contains("unknown format"), err);
    assertEquals(2, run("", "run"));
    assertEquals(2, run("", "run", "nope"));
    assertEquals(2, run("", "--bogus"));
  }

  @Test
  void pipedStatementsPrintExactlyTheirResultsAndNothingElse() {
    assertEquals(0, run("select 1;\nselect 2;\n", "sql", "--format", "csv", "--data", dir.toString()), err);
    assertEquals("EXPR$0\r\n1\r\nEXPR$0\r\n2\r\n", out);
    assertEquals("", err);
  }

  @Test
  void severalDashEStatementsRunInOrder() {
    assertEquals(0, run("", "-e", "select 1 as a", "-e", "select 2 as b;", "--format", "csv", "--data", dir.toString()),
        err);
    assertEquals("a\r\n1\r\nb\r\n2\r\n", out);
  }

  @Test
  void aBadStatementStopsTheScriptWithItsLineInTheWholeInput() {
    assertEquals(1, run("select 1 as a;\n\nselect DeviceNam from T;\nselect 3 as c;\n", "sql", "--format", "csv",
        "--data", writeTable()));
    assertEquals("a\r\n1\r\n", out);
    assertEquals("huntsql: line 3, column 8: Column 'DeviceNam' not found in any table; did you mean 'DeviceName'?\n",
        err);
  }

  @Test
  void errorsInAFileNameTheFile() throws Exception {
    Path script = Files.createTempFile("hunt", ".sql");
    Files.writeString(script, "-- a hunt\nselect 1 as a;\nselect * from DeviceNetworkEvent;\n");
    assertEquals(1, run("", "-f", script.toString(), "--data", writeTable()));
    assertEquals("huntsql: " + script + ": line 3, column 15: Table 'DeviceNetworkEvent' not found; "
        + "did you mean 'DeviceNetworkEvents'?\n", err);
    Files.delete(script);
    assertEquals(2, run("", "-f", script.toString()));
  }

  @Test
  void aReservedWordUsedAsANameGetsAHint() {
    assertEquals(1, run("", "-e", "select 1 as hour", "--data", dir.toString()));
    assertEquals("huntsql: line 1, column 13: syntax error at \"hour\"; 'hour' is a reserved word in SQL: "
        + "write \"hour\" in double quotes, or pick another name\n", err);
    // A word that shapes the statement is not a name to quote: the mistake is before it.
    assertEquals(1, run("", "-e", "select (1 from T", "--data", dir.toString()));
    assertFalse(err.contains("reserved word"), err);
  }

  @Test
  void writesAreRefusedAsInJdbc() {
    // Was Calcite's "Incorrect syntax near the keyword 'DROP' at line 1, column 1."
    assertEquals(1, run("", "-e", "drop table T", "--data", writeTable()));
    assertEquals("huntsql: read-only: DROP is refused because huntsql never changes event files; use SELECT\n", err);
    assertEquals(1, run("", "-e", "/* tidy up */ delete from T", "--data", writeTable()));
    assertTrue(err.startsWith("huntsql: read-only: DELETE is refused"), err);
  }

  @Test
  void textThatIsNotADatetimeIsNamedSo() {
    // Calcite says "Invalid DATE value, 'yesterday'" although Timestamp is a TIMESTAMP.
    assertEquals(1, run("", "-e", "select count(*) from T where Timestamp >= 'yesterday'", "--data", writeTable()));
    assertEquals("huntsql: 'yesterday' is not a date or datetime; write one as '2025-09-01' or '2025-09-01 12:00:00'"
        + " (UTC)\n", err);
  }

  @Test
  void iffTypeMistakesAreNamedAtTheCall() {
    assertEquals(1, run("", "-e", "select iff(1, 'a', 'b')", "--data", dir.toString()));
    assertEquals("huntsql: line 1, column 8: a condition (of iff or CASE WHEN) must be true, false or NULL\n", err);
    assertEquals(1, run("", "-e", "select iff(1 > 0, 1, true)", "--data", dir.toString()));
    assertEquals("huntsql: line 1, column 8: the then and else of this iff (or the branches of this CASE or COALESCE)"
        + " are of types that do not mix\n", err);
  }

  @Test
  void kqlHabitsGetAHint() {
    String data = writeTable();
    assertEquals(1, run("", "-e", "select count(*) from T where has(DeviceName, \"SMB2\")", "--data", data));
    assertEquals("huntsql: line 1, column 46: Column 'SMB2' not found in any table; in SQL \"SMB2\" names a column;"
        + " write 'SMB2' for text\n", err);
    assertEquals(1, run("", "-e", "select count(*) from T where DeviceName == 'a'", "--data", data));
    assertTrue(err.endsWith("; KQL's == is = in SQL (and != is != or <>)\n"), err);
    assertEquals(1, run("", "-e", "select count(*) from T where Timestamp > ago(30d)", "--data", data));
    assertTrue(err.endsWith("; KQL timespans are text here: write '30d'\n"), err);
    assertEquals(1, run("", "-e", "select bin(Timestamp, 1h) from T", "--data", data));
    assertTrue(err.endsWith("; KQL timespans are text here: write '1h'\n"), err);
    assertEquals(1, run("", "-e", "select count(*) from T where DeviceName contains 'ws'", "--data", data));
    assertTrue(err.endsWith("; KQL's DeviceName contains ... is contains(DeviceName, ...) in SQL\n"), err);
    assertEquals(1, run("", "-e", "select count(*) from T where DeviceName has_cs 'ws'", "--data", data));
    assertTrue(err.endsWith("; KQL's DeviceName has_cs ... is has_cs(DeviceName, ...) in SQL\n"), err);
    assertEquals(1, run("", "-e", "select count(*) from T where DeviceName !has ('ws')", "--data", data));
    assertTrue(err.endsWith("; KQL's DeviceName !has ... is NOT has(DeviceName, ...) in SQL\n"), err);
  }

  @Test
  void scriptsMayHoldDotCommands() {
    assertEquals(0, run(".format csv\nselect 1 as a;\n.format jsonl\nselect 2 as b;\n.quit\nselect 3 as c;\n",
        "sql", "--data", dir.toString()), err);
    assertEquals("a\r\n1\r\n{\"b\":2}\n", out);
    assertEquals("", err);
  }

  @Test
  void outputGoesToTheNamedFile() throws Exception {
    Path file = dir.resolve("out.csv");
    Path data = Files.createDirectories(dir.resolve("data"));
    assertEquals(0, run("", "-e", "select 1 as a", "--format", "csv", "--output", file.toString(),
        "--data", data.toString()), err);
    assertEquals("", out);
    assertEquals("a\r\n1\r\n", Files.readString(file));
  }

  @Test
  void markdownAndVerticalFormats() {
    assertEquals(0, run("", "-e", "select 'x' as a, 2 as b", "--format", "markdown", "--data", dir.toString()), err);
    assertEquals("| a | b |\n| --- | ---: |\n| x | 2 |\n", out);
    assertEquals(0, run("", "-e", "select 'x' as a, 2 as b", "--format", "vertical", "--data", dir.toString()), err);
    assertTrue(out.startsWith("-[ RECORD 1 ]---") && out.endsWith("a | x\nb | 2\n"), out);
  }

  @Test
  void chartDrawsTheResultInsteadOfTheRows() {
    assertEquals(0, run("", "-e", "select 'ws-1' as host, 4 as n union all select 'ws-2', 2", "--chart",
        "--data", dir.toString()), err);
    assertTrue(out.startsWith("ws-1 │████"), out);
    assertTrue(out.contains("ws-2 │██"), out);
  }

  @Test
  void dotCommandsDescribeTablesFunctionsAndPlans() {
    String data = writeTable();
    assertEquals(0, run(".tables\n.schema t\n.functions ipv4_is_priv*\n.explain select DeviceName from T\n",
        "sql", "--data", data), err);
    assertTrue(out.startsWith("DeviceNetworkEvents\nT\nT ("), out);
    assertTrue(out.matches("(?s).*\n  DeviceName +VARCHAR\n.*"), out);
    assertTrue(out.contains("ipv4_is_private\n    "), out);
    assertTrue(out.contains("e.g. ipv4_is_private("), out);
    assertTrue(out.contains("Scan(table=[[huntsql, T]]"), out);
    assertEquals("", err);
  }

  @Test
  void aMistakeInADotCommandFailsTheScript() {
    assertEquals(1, run(".schema DeviceNetworkEvent\nselect 1;\n", "sql", "--data", writeTable()));
    assertEquals("", out);
    assertEquals("huntsql: no table 'DeviceNetworkEvent'; did you mean 'DeviceNetworkEvents'?\n", err);
    assertEquals(1, run(".fromat csv\n", "sql", "--data", dir.toString()));
    assertEquals("huntsql: unknown command .fromat (did you mean .format? .help lists the commands)\n", err);
  }

  @Test
  void aMissingDataFolderIsAClearError() {
    assertEquals(1, run("", "-e", "select 1", "--data", dir.resolve("missing").toString()));
    assertTrue(err.startsWith("huntsql: data folder not found"), err);
  }

  @Test
  void detectionsAreListed() {
    assertEquals(0, run("", "detections"));
    assertTrue(out.startsWith("smb-ntlm-unknown-remote"), out);
  }

  private String writeTable() {
    try {
      Files.writeString(dir.resolve("T.json"), "{\"Timestamp\":\"2025-09-01T00:00:00Z\",\"DeviceName\":\"ws-1\"}\n");
      Files.writeString(dir.resolve("DeviceNetworkEvents.json"), "{\"DeviceName\":\"ws-1\"}\n");
      return dir.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void generateWritesEventsHuntsqlReads() throws Exception {
    assertEquals(0, run("", "generate", "--table", "DeviceNetworkEvents", "--rows", "500", "--out", dir.toString(),
        "--seed", "7"), err);
    assertEquals(0, run("", "-e", "select count(*) as n from DeviceNetworkEvents", "--data", dir.toString(),
        "--format", "csv"), err);
    assertTrue(out.contains("500"), out);
  }

  @Test
  void aDetectionRendersAsSparkSqlExactlyAsSparkSqlPrintsIt() {
    assertEquals(0, run("", "run", "smb-ntlm-unknown-remote", "--target", "spark", "--to-sql"), err);
    assertEquals(SparkSql.detection("smb-ntlm-unknown-remote"), out);
    assertEquals("", err);
  }

  @Test
  void toSqlAndTargetSparkNeedEachOther() {
    assertEquals(2, run("", "run", "smb-ntlm-unknown-remote", "--target", "spark"));
    assertEquals("huntsql: --target spark needs --to-sql (huntsql prints the SQL; run it on your cluster)\n", err);
    assertEquals(2, run("", "run", "smb-ntlm-unknown-remote", "--to-sql"));
    assertEquals("huntsql: --to-sql needs --target spark (huntsql run NAME --target spark --to-sql)\n", err);
    assertEquals(2, run("", "run", "smb-ntlm-unknown-remote", "--target", "duckdb", "--to-sql"));
    assertEquals("huntsql: --target takes spark only, not 'duckdb'\n", err);
    assertEquals(2, run("", "-e", "select 1", "--target", "spark", "--to-sql"));
    assertEquals("huntsql: --target and --to-sql go with 'huntsql run NAME --target spark --to-sql'\n", err);
    assertEquals("", out);
  }

  @Test
  void toSqlNamesTheOptionThatDoesNotApply() {
    assertEquals(2, run("", "run", "smb-ntlm-unknown-remote", "--target", "spark", "--to-sql", "--data",
        SAMPLE.toString()));
    assertEquals("huntsql: --data does not apply to --to-sql, which only prints the SQL\n", err);
    assertEquals(2, run("", "run", "smb-ntlm-unknown-remote", "--geoip", "x.mmdb", "--target", "spark", "--to-sql"));
    assertEquals("huntsql: --geoip does not apply to --to-sql, which only prints the SQL\n", err);
    assertEquals("", out);
  }

  @Test
  void anUnknownDetectionIsReportedAlikeWithAndWithoutToSql() {
    assertEquals(2, run("", "run", "nope"));
    String running = err;
    assertEquals(2, run("", "run", "nope", "--target", "spark", "--to-sql"));
    assertEquals("huntsql: no detection named 'nope'; 'huntsql detections' lists them\n", running);
    assertEquals(running, err);
  }

  @Test
  void resultsAreNeverWrittenIntoTheDataFolder() throws Exception {
    Path events = dir.resolve("DeviceNetworkEvents.json");
    Files.writeString(events, "{\"DeviceName\":\"a\"}\n");
    byte[] before = Files.readAllBytes(events);
    assertEquals(1, run("", "-e", "select count(*) from DeviceNetworkEvents", "--data", dir.toString(),
        "--output", events.toString()));
    assertTrue(err.contains("will not write results into the data folder"), err);
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(events)), "the event file is unchanged");
    // Nor through a symbolic link or a hard link to an event file, from outside the folder.
    Path outside = Files.createTempDirectory("huntsql-out");
    try {
      Path symbolic = Files.createSymbolicLink(outside.resolve("results.csv"), events);
      Path hard = Files.createLink(outside.resolve("results2.csv"), events);
      for (Path link : java.util.List.of(symbolic, hard)) {
        assertEquals(1, run("", "-e", "select 1", "--data", dir.toString(), "--output", link.toString()), link.toString());
        assertTrue(err.contains("will not write results into the data folder"), err);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(events)), "the event file is unchanged: " + link);
      }
      Path elsewhere = outside.resolve("fine.csv");
      assertEquals(0, run("", "-e", "select 1 as n", "--data", dir.toString(), "--output", elsewhere.toString(),
          "--format", "csv"), err);
      assertEquals("n\r\n1\r\n", Files.readString(elsewhere));
    } finally {
      try (java.util.stream.Stream<Path> files = Files.list(outside)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(outside);
    }
  }

  @Test
  void timestampsPrintAsUtcWhateverTheJvmZone() throws Exception {
    // Surefire runs the tests in Pacific/Auckland on purpose.
    Files.writeString(dir.resolve("T.json"), "{\"Timestamp\":\"2025-09-01T13:05:22.1234567Z\"}\n");
    assertEquals(0, run("", "-e", "select Timestamp, bin(Timestamp, '1d') as d from T", "--data", dir.toString(),
        "--format", "csv"), err);
    assertEquals("Timestamp,d\r\n2025-09-01T13:05:22.123Z,2025-09-01T00:00:00.000Z\r\n", out);
  }

  @Test
  void generateNeverOverwritesAnExistingFile() throws Exception {
    Path events = dir.resolve("DeviceNetworkEvents.json");
    Files.writeString(events, "{\"DeviceName\":\"real export\"}\n");
    assertEquals(1, run("", "generate", "--table", "DeviceNetworkEvents", "--rows", "10", "--out", dir.toString()));
    assertTrue(err.contains("already exists"), err);
    assertEquals("{\"DeviceName\":\"real export\"}\n", Files.readString(events));
  }
}
