package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large files are read in pieces on several cores: the same rows, the same line numbers. */
class ParallelScanTest {
  @TempDir
  Path dir;

  @BeforeEach
  void smallPieces() {
    // Pieces of 4 KB so that a small file is cut into many and read by several threads.
    System.setProperty("huntsql.scan.splitBytes", "4096");
    System.setProperty("huntsql.scan.parallelBytes", "1");
  }

  @AfterEach
  void defaults() {
    System.clearProperty("huntsql.scan.splitBytes");
    System.clearProperty("huntsql.scan.parallelBytes");
  }

  @Test
  void everyRecordIsReadOnceWhateverPieceItFallsIn() {
    List<String> lines = new ArrayList<>();
    long expectedSum = 0;
    for (int i = 1; i <= 3000; i++) {
      lines.add("{\"DeviceName\":\"d" + (i % 7) + "\",\"RemotePort\":" + i + ",\"AdditionalFields\":{\"pad\":\""
          + "x".repeat(i % 50) + "\"}}");
      expectedSum += i;
    }
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", lines.toArray(new String[0]));
    fixture.returns("select count(*) as n, sum(RemotePort) as total, count(distinct RemotePort) as ports"
        + " from DeviceNetworkEvents", "n=3000; total=" + expectedSum + "; ports=3000");
    fixture.returns("select DeviceName, count(*) as n from DeviceNetworkEvents group by DeviceName order by DeviceName",
        "DeviceName=d0; n=428", "DeviceName=d1; n=429", "DeviceName=d2; n=429", "DeviceName=d3; n=429",
        "DeviceName=d4; n=429", "DeviceName=d5; n=428", "DeviceName=d6; n=428");
  }

  @Test
  void aBadLineInALaterPieceIsReportedWithItsLineInTheFile() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 2000; i++) {
      lines.add(i == 1500 ? "{\"DeviceName\": broken" : "{\"DeviceName\":\"d\",\"RemotePort\":" + i + "}");
    }
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", lines.toArray(new String[0]));
    fixture.returns("select count(*) as n from DeviceNetworkEvents where RemotePort > 0", "n=1999");
    assertEquals(1, fixture.warnings().size(), fixture.warnings().toString());
    assertTrue(fixture.warnings().get(0).contains("DeviceNetworkEvents.json:1500:"), fixture.warnings().toString());
  }

  @Test
  void aLimitStopsTheWorkers() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 5000; i++) {
      lines.add("{\"DeviceName\":\"d\",\"RemotePort\":" + i + "}");
    }
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", lines.toArray(new String[0]))
        .returns("select count(*) as n from (select RemotePort from DeviceNetworkEvents limit 10)", "n=10");
  }
}
