package dev.huntsql.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defender tables read into Spark with their documented types, from exports and storage. */
class DefenderTablesTest {
  private static final Path SAMPLE = Path.of("..", "sample-data", "DeviceNetworkEvents.json");
  private static final Path STREAMING =
      Path.of("..", "..", "shared", "data", "defender-streaming", "test-device.log");

  /** The DeviceEvents records in the shared streaming sample. */
  private static final long DEVICE_EVENTS = 1;

  @Test
  void documentedTypes() {
    StructType schema = DefenderTables.schema("devicenetworkevents");
    assertEquals(DataTypes.TimestampType, schema.apply("Timestamp").dataType());
    assertEquals(DataTypes.IntegerType, schema.apply("RemotePort").dataType());
    assertEquals(DataTypes.LongType, schema.apply("ReportId").dataType());
    assertEquals(DataTypes.StringType, schema.apply("AdditionalFields").dataType());
    assertThrows(IllegalArgumentException.class, () -> DefenderTables.schema("NoSuchTable"));
  }

  @Test
  void streamingFoldersGiveTheSameRowsAsTheExport(@TempDir Path root) throws Exception {
    Path hour = root.resolve("insights-logs-advancedhunting-devicenetworkevents")
        .resolve("resourceId=/tenants/t1/providers/microsoft.windowsdefenderatp")
        .resolve("y=2025/m=09/d=01/h=08/m=00");
    Files.createDirectories(hour);
    List<String> records = new ArrayList<>();
    for (String line : Files.readAllLines(SAMPLE, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        records.add("{\"time\":\"2025-09-01T08:00:00Z\",\"tenantId\":\"t1\","
            + "\"operationName\":\"Publish\",\"category\":\"AdvancedHunting-DeviceNetworkEvents\","
            + "\"properties\":" + line + "}");
      }
    }
    Files.write(hour.resolve("PT1H.json"), records, StandardCharsets.UTF_8);
    SparkSession spark = LocalSpark.session();
    var streamed = DefenderTables.readStreaming(spark, "DeviceNetworkEvents", root.toString());
    var exported = DefenderTables.readExport(spark, "DeviceNetworkEvents", SAMPLE.toString());
    assertEquals(records.size(), streamed.count());
    assertEquals(0, streamed.exceptAll(exported).count());
    assertEquals(0, exported.exceptAll(streamed).count());
  }

  @Test
  void theRealStreamingFileFeedsEachTableItsRecords(@TempDir Path root) throws Exception {
    Assumptions.assumeTrue(Files.exists(STREAMING), "no shared streaming sample here");
    for (String table : List.of("devicenetworkevents", "deviceevents")) {
      Path hour = root.resolve("insights-logs-advancedhunting-" + table)
          .resolve("y=2025/m=09/d=01/h=08/m=00");
      Files.createDirectories(hour);
      Files.copy(STREAMING, hour.resolve("PT1H.json"));
    }
    SparkSession spark = LocalSpark.session();
    assertEquals(17,
        DefenderTables.readStreaming(spark, "DeviceNetworkEvents", root.toString()).count());
    // The same file in the DeviceEvents container: only its DeviceEvents records count there.
    assertEquals(DEVICE_EVENTS, DefenderTables.readStreamingRecords(spark, "DeviceEvents",
        root.resolve("insights-logs-advancedhunting-deviceevents").toString()).count());
  }

  @Test
  void eventHubsBatchesGiveTheirRecordsOfTheTable(@TempDir Path root) throws Exception {
    Path hour = root.resolve("insights-logs-advancedhunting-devicenetworkevents/y=2025/m=09");
    Files.createDirectories(hour);
    Files.write(hour.resolve("PT1H.json"), List.of(
        "{\"records\":[" + envelope("DeviceNetworkEvents", "{\"DeviceName\":\"a\",\"RemotePort\":445}")
            + "," + envelope("DeviceEvents", "{\"DeviceName\":\"b\"}")
            + "," + envelope("DeviceNetworkEvents", "{\"DeviceName\":\"c\",\"RemotePort\":139}")
            + "]}",
        envelope("DeviceNetworkEvents", "{\"DeviceName\":\"d\",\"RemotePort\":80}")),
        StandardCharsets.UTF_8);
    SparkSession spark = LocalSpark.session();
    List<String> rows = DefenderTables.readStreaming(spark, "DeviceNetworkEvents", root.toString())
        .select("DeviceName", "RemotePort").orderBy("DeviceName").collectAsList().stream()
        .map(Row::toString).toList();
    assertEquals(List.of("[a,445]", "[c,139]", "[d,80]"), rows);
  }

  @Test
  void aMissingContainerIsNamedAndRecordsCanBeRoutedByCategory(@TempDir Path root)
      throws Exception {
    Path hour = root.resolve("insights-logs-advancedhunting-devicenetworkevents/y=2025");
    Files.createDirectories(hour);
    Files.write(hour.resolve("PT1H.json"), List.of(
        envelope("DeviceFileEvents", "{\"DeviceName\":\"a\",\"FileName\":\"x.exe\"}"),
        envelope("DeviceNetworkEvents", "{\"DeviceName\":\"b\"}")), StandardCharsets.UTF_8);
    SparkSession spark = LocalSpark.session();
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> DefenderTables.readStreaming(spark, "DeviceFileEvents", root.toString()));
    assertTrue(missing.getMessage().startsWith("no folder " + root
        + "/insights-logs-advancedhunting-devicefileevents: "), missing.getMessage());
    assertTrue(missing.getMessage().contains("readStreamingRecords"), missing.getMessage());
    List<Row> files = DefenderTables.readStreamingRecords(spark, "DeviceFileEvents",
        root.toString()).select("DeviceName", "FileName").collectAsList();
    assertEquals("[[a,x.exe]]", files.toString());
  }

  private static String envelope(String table, String properties) {
    return "{\"time\":\"2025-09-01T08:00:00Z\",\"tenantId\":\"t1\","
        + "\"category\":\"AdvancedHunting-" + table + "\",\"properties\":" + properties + "}";
  }
}
