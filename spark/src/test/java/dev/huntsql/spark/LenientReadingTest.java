package dev.huntsql.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values as real exports write them (a quoted port, a real where a whole number belongs, text
 * that fits no type) and a cut line: Spark reads them as huntsql does.
 */
class LenientReadingTest {
  private static final String QUERY = "SELECT Timestamp, DeviceName, RemotePort, LocalPort,"
      + " ReportId, IsInitiatingProcessRemoteSession FROM DeviceNetworkEvents";

  /** Worked out by hand from the lines below, in ComparableRows' text and order. */
  private static final List<List<String>> EXPECTED = List.of(
      List.of("Timestamp", "DeviceName", "RemotePort", "LocalPort", "ReportId",
          "IsInitiatingProcessRemoteSession"),
      List.of("2025-09-01 08:00:00.123", "quoted", "445", "139", "12", "true"),
      List.of("2025-09-01 09:00:00.000", "plain", "80", "445", "7", "false"),
      List.of("NULL", "blank", "NULL", "NULL", "NULL", "false"),
      List.of("NULL", "invalid", "NULL", "NULL", "NULL", "NULL"));

  @TempDir
  Path data;

  @Test
  void quotedNumbersAndBooleansReadAsInHuntsql() throws Exception {
    Files.write(data.resolve("DeviceNetworkEvents.json"), List.of(
        "{\"Timestamp\":\"2025-09-01T08:00:00.1234567Z\",\"DeviceName\":\"quoted\","
            + "\"RemotePort\":\"445\",\"LocalPort\":\" 139 \",\"ReportId\":\"12.0\","
            + "\"IsInitiatingProcessRemoteSession\":\"TRUE\"}",
        "{\"Timestamp\":\"2025-09-01T09:00:00Z\",\"DeviceName\":\"plain\",\"RemotePort\":80,"
            + "\"LocalPort\":445.0,\"ReportId\":7,\"IsInitiatingProcessRemoteSession\":0}",
        "{\"DeviceName\":\"blank\",\"RemotePort\":\"\",\"IsInitiatingProcessRemoteSession\":\" false \"}",
        "{\"Timestamp\":\"not a time\",\"DeviceName\":\"invalid\",\"RemotePort\":\"44x\","
            + "\"LocalPort\":4294967296,\"ReportId\":99999999999999999999,"
            + "\"IsInitiatingProcessRemoteSession\":2}",
        "{\"DeviceName\":\"cut",
        ""), StandardCharsets.UTF_8);

    List<List<String>> huntsql;
    try (HuntSession session = HuntSession.open(new HuntOptions(data, null, false));
        Statement statement = session.connection().createStatement();
        ResultSet rows = session.executeQuery(statement, QUERY)) {
      huntsql = ComparableRows.of(rows);
    }
    SparkSession spark = LocalSpark.session();
    DefenderTables.readExport(spark, "DeviceNetworkEvents", data.toString())
        .createOrReplaceTempView("LenientDeviceNetworkEvents");
    List<List<String>> onSpark = ComparableRows.of(
        spark.sql(QUERY.replace("FROM ", "FROM Lenient")));

    assertEquals(EXPECTED, huntsql, "huntsql");
    assertEquals(EXPECTED, onSpark, "Spark");
    // The cut line is left out, not a row of NULLs, even where only the row count is read.
    assertEquals(4L, spark.sql("SELECT count(*) FROM LenientDeviceNetworkEvents")
        .collectAsList().get(0).getLong(0));
  }
}
