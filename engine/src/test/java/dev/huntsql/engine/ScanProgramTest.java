package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters and expressions over a table's columns run inside its scan, on the scan's threads. */
class ScanProgramTest {
  @TempDir
  Path dir;

  @BeforeEach
  void manyPieces() {
    System.setProperty("huntsql.scan.splitBytes", "2048");
    System.setProperty("huntsql.scan.parallelBytes", "1");
  }

  @AfterEach
  void defaults() {
    System.clearProperty("huntsql.scan.splitBytes");
    System.clearProperty("huntsql.scan.parallelBytes");
  }

  private SqlFixture events() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 2000; i++) {
      lines.add("{\"Timestamp\":\"2025-09-01T00:00:00Z\",\"RemoteIP\":\"" + (i % 2 == 0 ? "10.0.0." : "8.8.8.")
          + (i % 250) + "\",\"RemotePort\":" + (i % 3 == 0 ? 445 : 443) + ",\"AdditionalFields\":\"{\\\"n\\\":" + i + "}\"}");
    }
    return SqlFixture.in(dir).file("DeviceNetworkEvents.json", lines.toArray(new String[0]));
  }

  @Test
  void theFilterAndTheFunctionsArePlannedIntoTheScan() {
    List<String> plan = events().rows("explain plan for select RemoteIP, json_get(AdditionalFields, 'n') as n"
        + " from DeviceNetworkEvents where RemotePort = 445 and not ipv4_is_private(RemoteIP)");
    assertTrue(plan.size() == 1 && plan.get(0).startsWith("PLAN=EventTableScan(") && plan.get(0).contains("program="),
        plan.toString());
  }

  @Test
  void theAnswersAreThoseOfTheQuery() {
    // Ports of 445 are the multiples of 3; public addresses the odd numbers: odd multiples of 3.
    long count = 0;
    long sum = 0;
    for (int i = 1; i <= 2000; i++) {
      if (i % 3 == 0 && i % 2 == 1) {
        count++;
        sum += i;
      }
    }
    events().returns("select count(*) as c, sum(cast(json_get(AdditionalFields, 'n') as integer)) as s"
            + " from DeviceNetworkEvents where RemotePort = 445 and not ipv4_is_private(RemoteIP)",
        "c=" + count + "; s=" + sum);
  }

  @Test
  void agoIsOneInstantOnEveryThread() {
    // Every row is older than a day: with one "now" all of them pass, whichever thread runs the filter.
    events().returns("select count(*) as c from DeviceNetworkEvents where Timestamp < ago('1d')", "c=2000");
  }
}
