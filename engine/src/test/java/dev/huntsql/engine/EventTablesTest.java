package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventTablesTest {
  @TempDir
  Path dir;

  private static final String NETWORK_EVENT =
      "{\"Timestamp\":\"2025-09-01T13:05:22.1234567Z\",\"DeviceName\":\"ws-fin-07\",\"RemoteIP\":\"81.2.69.160\","
      + "\"RemotePort\":445,\"LocalPort\":\"50122\",\"ReportId\":18984951960,"
      + "\"AdditionalFields\":\"{\\\"SignatureName\\\":\\\"SMB2\\\"}\"}";
  private static final String NETWORK_EVENT_OBJECT_FIELDS =
      "{\"Timestamp\":\"2025-09-01T13:06:00Z\",\"DeviceName\":\"ws-fin-08\",\"RemotePort\":null,"
      + "\"AdditionalFields\":{\"SignatureName\":\"NTLMSSP\",\"Nested\":[1,2]}}";

  @Test
  void jsonLinesFileBecomesATableWithDocumentedTypes() throws Exception {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", NETWORK_EVENT, NETWORK_EVENT_OBJECT_FIELDS);
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
        Statement statement = session.connection().createStatement();
        ResultSet rs = statement.executeQuery(
            "select Timestamp, RemotePort, LocalPort, ReportId, AdditionalFields from DeviceNetworkEvents")) {
      ResultSetMetaData meta = rs.getMetaData();
      assertEquals(Types.TIMESTAMP, meta.getColumnType(1));
      assertEquals(Types.INTEGER, meta.getColumnType(2));
      assertEquals(Types.INTEGER, meta.getColumnType(3));
      assertEquals(Types.BIGINT, meta.getColumnType(4));
      assertEquals(Types.VARCHAR, meta.getColumnType(5));
    }
    fixture.returns("select Timestamp, RemotePort, LocalPort, ReportId from DeviceNetworkEvents",
        // 7 fraction digits are cut to milliseconds; "50122" in an int column is the number 50122.
        "Timestamp=2025-09-01 13:05:22.123; RemotePort=445; LocalPort=50122; ReportId=18984951960",
        "Timestamp=2025-09-01 13:06:00.000; RemotePort=null; LocalPort=null; ReportId=null");
  }

  @Test
  void additionalFieldsIsJsonTextWhetherItArrivedAsTextOrAsAnObject() {
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", NETWORK_EVENT, NETWORK_EVENT_OBJECT_FIELDS)
        .returns("select AdditionalFields from DeviceNetworkEvents",
            "AdditionalFields={\"SignatureName\":\"SMB2\"}",
            "AdditionalFields={\"SignatureName\":\"NTLMSSP\",\"Nested\":[1,2]}");
  }

  @Test
  void identifiersMatchInAnyLetterCase() {
    SqlFixture.in(dir).file("devicenetworkevents.jsonl", NETWORK_EVENT)
        .returns("select devicename, REMOTEPORT from DEVICENETWORKEVENTS",
            "devicename=ws-fin-07; REMOTEPORT=445");
  }

  @Test
  void timestampColumnAndTimestampLiteralsWorkTogether() {
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", NETWORK_EVENT, NETWORK_EVENT_OBJECT_FIELDS)
        .returns("select DeviceName from DeviceNetworkEvents where Timestamp > TIMESTAMP '2025-09-01 13:05:30'",
            "DeviceName=ws-fin-08");
  }

  @Test
  void userIsReadAsAColumn() {
    SqlFixture.in(dir).file("Logons.json", "{\"user\":\"alice\"}", "{\"user\":\"bob\"}")
        .returns("select user from Logons order by user", "user=alice", "user=bob");
  }

  @Test
  void streamingApiRecordsFeedTheTableTheirCategoryNames() {
    String network = "{\"time\":\"2025-09-01T14:00:00Z\",\"tenantId\":\"t1\",\"category\":\"AdvancedHunting-DeviceNetworkEvents\","
        + "\"properties\":{\"Timestamp\":\"2025-09-01T13:00:00.5Z\",\"DeviceName\":\"a\",\"RemotePort\":139}}";
    String process = "{\"time\":\"2025-09-01T14:00:00Z\",\"tenantId\":\"t1\",\"category\":\"AdvancedHunting-DeviceProcessEvents\","
        + "\"properties\":{\"Timestamp\":\"2025-09-01T13:00:01Z\",\"DeviceName\":\"b\",\"ProcessId\":4242}}";
    SqlFixture fixture = SqlFixture.in(dir).file("export.log", network, process, network.replace("\"a\"", "\"c\""));
    // The event time is properties.Timestamp, not the envelope's time.
    fixture.returns("select DeviceName, Timestamp, RemotePort from DeviceNetworkEvents",
        "DeviceName=a; Timestamp=2025-09-01 13:00:00.500; RemotePort=139",
        "DeviceName=c; Timestamp=2025-09-01 13:00:00.500; RemotePort=139");
    fixture.returns("select DeviceName, ProcessId from DeviceProcessEvents", "DeviceName=b; ProcessId=4242");
  }

  @Test
  void columnsBeyondTheDeclaredSchemaAreStillQueryable() {
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", "{\"DeviceName\":\"a\",\"MachineGroup\":\"Servers\"}")
        .returns("select DeviceName, MachineGroup from DeviceNetworkEvents", "DeviceName=a; MachineGroup=Servers");
  }

  @Test
  void aMalformedLineCostsThatLineOnlyAndIsReportedWithFileAndLine() {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json",
        "{\"DeviceName\":\"a\"}", "{\"DeviceName\":\"b\", broken", "{\"DeviceName\":\"c\"}");
    fixture.returns("select DeviceName from DeviceNetworkEvents", "DeviceName=a", "DeviceName=c");
    assertEquals(1, fixture.warnings().size(), fixture.warnings().toString());
    assertTrue(fixture.warnings().get(0).contains("DeviceNetworkEvents.json:2"), fixture.warnings().toString());
  }

  @Test
  void aColumnSelectedTwiceComesBackTwice() {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", NETWORK_EVENT)
        .file("T.csv", "a,b", "1,x");
    fixture.returns("select DeviceName a, DeviceName b, RemotePort, RemotePort as p2 from DeviceNetworkEvents",
        "a=ws-fin-07; b=ws-fin-07; RemotePort=445; p2=445");
    fixture.returns("select b, a, b as b2 from T", "b=x; a=1; b2=x");
  }
}
