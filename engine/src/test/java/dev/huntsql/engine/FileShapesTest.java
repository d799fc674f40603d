package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every shape of event file Defender exports, read into the same typed table. */
class FileShapesTest {
  @TempDir
  Path dir;

  private static final String A = "{\"Timestamp\":\"2025-09-01T13:00:00.1234567Z\",\"DeviceName\":\"a\",\"RemotePort\":445}";
  private static final String B = "{\"Timestamp\":\"2025-09-01T14:00:00Z\",\"DeviceName\":\"b\",\"RemotePort\":\"139\"}";
  private static final String QUERY = "select DeviceName, RemotePort from DeviceNetworkEvents order by DeviceName";
  private static final String[] EXPECTED = {"DeviceName=a; RemotePort=445", "DeviceName=b; RemotePort=139"};

  private static String envelope(String table, String properties) {
    return "{\"time\":\"2025-09-02T00:00:00Z\",\"tenantId\":\"t\",\"operationName\":\"Publish\","
        + "\"category\":\"AdvancedHunting-" + table + "\",\"properties\":" + properties + "}";
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void fieldNamesThatDifferOnlyInCaseAreOneColumn() {
    // SQL names are not case-sensitive here: two columns Name and name could not be told apart.
    SqlFixture fixture = SqlFixture.in(dir).file("Findings.json",
        "{\"Id\":1,\"Name\":\"a\"}", "{\"Id\":2,\"name\":\"b\"}", "{\"Id\":3,\"Name\":\"c\",\"NAME\":\"d\"}");
    fixture.returns("select Id, Name from Findings order by Id", "Id=1; Name=a", "Id=2; Name=b", "Id=3; Name=d");
    fixture.returns("select count(*) as n from Findings where name is not null", "n=3");
  }

  @Test
  void recordsNeedNotShareTheirFieldOrder() {
    // The decoder expects each record's fields in the last record's order; any other order, a
    // missing or extra field, or a name written with an escape must read the same.
    SqlFixture.in(dir).file("DeviceNetworkEvents.json",
        "{\"DeviceName\":\"a\",\"RemotePort\":445,\"LocalPort\":1}",
        "{\"DeviceName\":\"b\",\"RemotePort\":139,\"LocalPort\":2}",
        "{\"LocalPort\":3,\"DeviceName\":\"c\",\"RemotePort\":80}",
        "{\"Extra\":true,\"RemotePort\":81,\"DeviceName\":\"d\"}",
        "{\"DeviceName\":\"e\",\"Remote\\u0050ort\":82,\"LocalPort\":5}",
        "{\"DeviceName\":\"f\",\"RemotePort\":83,\"LocalPort\":6,\"DeviceName\":\"g\"}",
        "{\"properties\":{\"DeviceName\":\"h\"},\"DeviceName\":\"i\",\"RemotePort\":84}")
        .returns("select DeviceName, RemotePort, LocalPort from DeviceNetworkEvents order by DeviceName",
            "DeviceName=a; RemotePort=445; LocalPort=1", "DeviceName=b; RemotePort=139; LocalPort=2",
            "DeviceName=c; RemotePort=80; LocalPort=3", "DeviceName=d; RemotePort=81; LocalPort=null",
            "DeviceName=e; RemotePort=82; LocalPort=5", "DeviceName=g; RemotePort=83; LocalPort=6",
            "DeviceName=i; RemotePort=84; LocalPort=null");
  }

  @Test
  void jsonLinesUnderEveryUsualExtension() {
    SqlFixture.in(dir).file("DeviceNetworkEvents.jsonl", A).file("devicenetworkevents.ndjson", B).returns(QUERY, EXPECTED);
  }

  @Test
  void aJsonArrayOfRecordsAndAPrettyPrintedSingleObject() {
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", "[", "  " + A + ",", "  " + B, "]").returns(QUERY, EXPECTED);
    Path other = dir.resolve("other");
    SqlFixture.in(other).file("DeviceNetworkEvents.json", "{", "  \"DeviceName\": \"a\",", "  \"RemotePort\": 445", "}")
        .returns(QUERY, "DeviceName=a; RemotePort=445");
  }

  @Test
  void eventHubsBatchesAndEnvelopesFeedTheTablesTheyName() {
    String batch = "{\"records\":[" + envelope("DeviceNetworkEvents", A) + ","
        + envelope("DeviceProcessEvents", "{\"DeviceName\":\"p\"}") + "," + envelope("DeviceNetworkEvents", B) + "]}";
    SqlFixture fixture = SqlFixture.in(dir).file("hub.json", batch);
    fixture.returns(QUERY, EXPECTED);
    fixture.returns("select DeviceName from DeviceProcessEvents", "DeviceName=p");
  }

  @Test
  void storageAccountLayoutOfHourlyBlobs() {
    String folder = "insights-logs-advancedhunting-devicenetworkevents/tenantId=abc/y=2025/m=09/d=01/";
    SqlFixture.in(dir)
        .file(folder + "h=13/m=00/PT1H.json", envelope("DeviceNetworkEvents", A))
        .file(folder + "h=14/m=00/PT1H.json", envelope("DeviceNetworkEvents", B))
        .returns(QUERY, EXPECTED);
  }

  @Test
  void aFolderNamedAfterATableHoldsItsFilesAtAnyDepth() {
    SqlFixture.in(dir).file("DeviceNetworkEvents/2025/09/part-0001.json", A).file("DeviceNetworkEvents/part-0002.json", B)
        .returns(QUERY, EXPECTED);
  }

  @Test
  void gzipOfJsonLinesAndOfCsv() throws IOException {
    SqlFixture.in(dir).bytes("DeviceNetworkEvents.json.gz", gzip(A + "\n" + B + "\n")).returns(QUERY, EXPECTED);
    Path csv = dir.resolve("csv");
    SqlFixture.in(csv).bytes("DeviceNetworkEvents.csv.gz", gzip("DeviceName,RemotePort\na,445\nb,139\n")).returns(QUERY, EXPECTED);
  }

  @Test
  void csvExportBindsColumnsByNameWithQuotingBomCrlfAndJsonInCells() {
    // A UTF-8 BOM, CRLF line ends, columns in another order than the documented one, a subset of
    // them, a quoted cell with a comma, a newline and doubled quotes, and JSON inside a cell.
    String csv = "\uFEFFRemotePort,AdditionalFields,DeviceName,LocalPort,Timestamp\r\n"
        + "445,\"{\"\"SignatureName\"\":\"\"SMB2\"\"}\",\"a, \"\"the\"\"\nfirst\",,2025-09-01T13:00:00.1234567Z\r\n"
        + ",,b,139,\r\n";
    SqlFixture.in(dir).file("DeviceNetworkEvents.csv", csv).returns(
        "select DeviceName, RemotePort, LocalPort, Timestamp, json_get(AdditionalFields, 'SignatureName') as sig,"
            + " RemoteIP from DeviceNetworkEvents",
        // An empty cell is null in a non-string column; a documented column absent from the file is null.
        "DeviceName=a, \"the\"\nfirst; RemotePort=445; LocalPort=null; Timestamp=2025-09-01 13:00:00.123; sig=SMB2; RemoteIP=null",
        "DeviceName=b; RemotePort=null; LocalPort=139; Timestamp=null; sig=; RemoteIP=null");
  }

  @Test
  void timeGeneratedAndTimestampBothWork() {
    SqlFixture fixture = SqlFixture.in(dir)
        .file("DeviceNetworkEvents.json", "{\"TimeGenerated\":\"2025-09-01T10:00:00Z\",\"DeviceName\":\"sentinel\"}")
        .file("Heartbeat.json", "{\"Timestamp\":\"2025-09-01T11:00:00Z\",\"Computer\":\"h\"}");
    fixture.returns("select Timestamp, TimeGenerated from DeviceNetworkEvents",
        "Timestamp=2025-09-01 10:00:00.000; TimeGenerated=2025-09-01 10:00:00.000");
    fixture.returns("select Timestamp, TimeGenerated from Heartbeat",
        "Timestamp=2025-09-01 11:00:00.000; TimeGenerated=2025-09-01 11:00:00.000");
  }

  @Test
  void unknownTablesGetTypesFromASampleNotTheFirstRecordAlone() throws Exception {
    SqlFixture fixture = SqlFixture.in(dir).file("Custom.json",
        "{\"n\":null,\"when\":null,\"mixed\":1,\"flag\":true}",
        "{\"n\":5,\"when\":\"2025-09-01T00:00:00Z\",\"mixed\":2.5,\"flag\":false}",
        "{\"n\":6,\"when\":\"2025-09-02T00:00:00Z\",\"mixed\":3,\"flag\":null}");
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
        var rs = session.connection().getMetaData().getColumns(null, HuntSession.SCHEMA, "Custom", null)) {
      StringBuilder types = new StringBuilder();
      while (rs.next()) {
        types.append(rs.getString("COLUMN_NAME")).append(':').append(rs.getString("TYPE_NAME")).append(' ');
      }
      // No Timestamp or TimeGenerated here, so neither is added.
      assertEquals("n:BIGINT when:TIMESTAMP(3) mixed:DOUBLE flag:BOOLEAN ",
          types.toString());
    }
    fixture.returns("select sum(n) as total, max(\"when\") as latest from Custom", "total=11; latest=2025-09-02 00:00:00.000");
  }

  @Test
  void valuesAsTheyOccurInRealExports() {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json",
        // ReportId beyond 32 bits; "-" and "" as addresses; a port too large for INT; duplicate keys.
        "{\"DeviceName\":\"a\",\"ReportId\":18984951960,\"RemoteIP\":\"-\",\"RemotePort\":99999999999}",
        "{\"DeviceName\":\"b\",\"DeviceName\":\"b2\",\"RemoteIP\":\"\",\"RemotePort\":\"not a port\"}");
    fixture.returns("select DeviceName, ReportId, RemoteIP, RemotePort from DeviceNetworkEvents",
        "DeviceName=a; ReportId=18984951960; RemoteIP=-; RemotePort=null",
        // With duplicate keys the last one wins.
        "DeviceName=b2; ReportId=null; RemoteIP=; RemotePort=null");
    // The record is kept; the value that does not fit is reported with file and line.
    assertEquals(2, fixture.warnings().size(), fixture.warnings().toString());
    assertTrue(fixture.warnings().get(0).contains("DeviceNetworkEvents.json:1"), fixture.warnings().toString());
    assertTrue(fixture.warnings().get(0).contains("RemotePort"), fixture.warnings().toString());
  }

  @Test
  void nanInfinityAndAHugeString() {
    String huge = "x".repeat(30 * 1024 * 1024);
    SqlFixture.in(dir).file("Metrics.json", "{\"v\":1.5,\"s\":\"a\"}", "{\"v\":NaN,\"s\":\"" + huge + "\"}",
            "{\"v\":\"Infinity\",\"s\":\"c\"}")
        .returns("select v, char_length(s) as len from Metrics", "v=1.5; len=1", "v=NaN; len=31457280",
            "v=Infinity; len=1");
  }

  @Test
  void invalidUtf8InAValueDoesNotCostTheRecord() {
    byte[] line = "{\"DeviceName\":\"caf\u00e9\"}\n{\"DeviceName\":\"bad\"}\n".getBytes(StandardCharsets.UTF_8);
    // Break the second byte of "é" (C3 A9 -> C3 28): invalid UTF-8.
    int e = indexOf(line, (byte) 0xA9);
    line[e] = 0x28;
    SqlFixture fixture = SqlFixture.in(dir).bytes("DeviceNetworkEvents.json", line);
    // The broken byte becomes U+FFFD, the record is kept, and the repair is reported.
    fixture.returns("select DeviceName from DeviceNetworkEvents", "DeviceName=caf\ufffd(", "DeviceName=bad");
    assertEquals(1, fixture.warnings().size(), fixture.warnings().toString());
    assertTrue(fixture.warnings().get(0).contains("invalid UTF-8"), fixture.warnings().toString());
  }

  @Test
  void aTruncatedLineCostsThatRecordOnly() {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", A, A.substring(0, 30), B);
    fixture.returns(QUERY, EXPECTED);
    assertEquals(1, fixture.warnings().size());
    assertTrue(fixture.warnings().get(0).contains("DeviceNetworkEvents.json:2"), fixture.warnings().toString());
  }

  @Test
  void aTruncatedGzipYieldsTheRecordsBeforeTheBreakAndSaysSo() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      lines.append("{\"DeviceName\":\"d").append(i).append("\",\"RemotePort\":").append(i).append("}\n");
    }
    byte[] whole = gzip(lines.toString());
    SqlFixture fixture = SqlFixture.in(dir).bytes("DeviceNetworkEvents.json.gz", Arrays.copyOf(whole, whole.length / 2));
    List<String> rows = fixture.rows("select count(*) as n, min(RemotePort) as first from DeviceNetworkEvents");
    String row = rows.get(0);
    long n = Long.parseLong(row.substring(2, row.indexOf(';')));
    assertTrue(n > 0 && n < 5000, row);
    assertTrue(row.endsWith("first=0"), row);
    assertTrue(fixture.warnings().stream().anyMatch(w -> w.contains("ends early")), fixture.warnings().toString());
  }

  @Test
  void filesThatAreNotEventDataAreNamedAndLeftOut() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    SqlFixture fixture = SqlFixture.in(dir).bytes("picture.png", png).file("empty.json").file("DeviceNetworkEvents.json", A);
    fixture.returns("select DeviceName from DeviceNetworkEvents", "DeviceName=a");
    assertEquals(1, fixture.warnings().size(), fixture.warnings().toString());
    assertTrue(fixture.warnings().get(0).contains("picture.png") && fixture.warnings().get(0).contains("not event data"));
  }

  @Test
  void utf16ExportsAreReadAsWellAsUtf8Ones() throws IOException {
    // As Windows PowerShell's > writes text: a byte order mark, then UTF-16 (little-endian there).
    String text = A + "\n" + B.replace("\"b\"", "\"b-\u00e9\u65e5\ud83d\ude00\"") + "\n";
    SqlFixture fixture = SqlFixture.in(dir)
        .bytes("DeviceNetworkEvents.json", ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE))
        .bytes("DeviceNetworkEvents/export.csv", ("\uFEFFDeviceName,RemotePort\r\nc,80\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    fixture.returns(QUERY, "DeviceName=a; RemotePort=445", "DeviceName=b-\u00e9\u65e5\ud83d\ude00; RemotePort=139",
        "DeviceName=c; RemotePort=80");
    assertEquals(List.of(), fixture.warnings());
  }

  @Test
  void aCutLineIsReportedInPlainWords() {
    // Cut inside a nested object: Jackson's own message names where the object opened, its way.
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", A, "{\"AdditionalFields\":{\"x\":1", B);
    assertEquals(2, fixture.rows(QUERY).size());
    assertEquals(1, fixture.warnings().size(), fixture.warnings().toString());
    String warning = fixture.warnings().get(0);
    assertTrue(warning.startsWith("skipped a record at " + dir.resolve("DeviceNetworkEvents.json") + ":2: malformed JSON: "),
        warning);
    for (String internal : List.of("Source", "REDACTED", "StreamReadFeature", "[")) {
      assertFalse(warning.contains(internal), warning);
    }
    assertTrue(warning.endsWith("(opened at column 21)"), warning);
  }

  @Test
  void strictModeStopsAtTheFirstBadRecordNamingFileAndLine() {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", A, "{broken", B);
    AssertionError error = assertThrows(AssertionError.class, () -> fixture.rows(QUERY, true));
    assertTrue(error.getMessage().contains("DeviceNetworkEvents.json:2"), error.getMessage());
  }

  @Test
  void eventFilesAreNeverWritten() throws IOException {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", A, B);
    Path file = dir.resolve("DeviceNetworkEvents.json");
    byte[] before = Files.readAllBytes(file);
    long modified = Files.getLastModifiedTime(file).toMillis();
    file.toFile().setWritable(false);
    fixture.returns(QUERY, EXPECTED);
    assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
    assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
