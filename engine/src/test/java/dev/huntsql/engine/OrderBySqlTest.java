package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ORDER BY (sorted as an array, ListSort): directions, NULLs, and with LIMIT and OFFSET. */
class OrderBySqlTest {
  @TempDir
  Path dir;

  private SqlFixture events() {
    return SqlFixture.in(dir).file("DeviceNetworkEvents.json",
        "{\"DeviceName\":\"b\",\"RemotePort\":2}",
        "{\"DeviceName\":null,\"RemotePort\":1}",
        "{\"DeviceName\":\"a\",\"RemotePort\":3}",
        "{\"DeviceName\":\"b\",\"RemotePort\":1}",
        "{\"DeviceName\":\"a\",\"RemotePort\":null}");
  }

  @Test
  void nullsAreLowestInBothDirections() {
    SqlFixture fixture = events();
    // NULL sorts as the lowest value: first ascending, last descending.
    fixture.returns("select DeviceName, RemotePort from DeviceNetworkEvents order by DeviceName desc, RemotePort",
        "DeviceName=b; RemotePort=1", "DeviceName=b; RemotePort=2", "DeviceName=a; RemotePort=null",
        "DeviceName=a; RemotePort=3", "DeviceName=null; RemotePort=1");
    fixture.returns("select DeviceName, RemotePort from DeviceNetworkEvents order by RemotePort desc, DeviceName",
        "DeviceName=a; RemotePort=3", "DeviceName=b; RemotePort=2", "DeviceName=null; RemotePort=1",
        "DeviceName=b; RemotePort=1", "DeviceName=a; RemotePort=null");
    assertTrue(String.join("\n", fixture.rows("explain plan for select DeviceName from DeviceNetworkEvents "
        + "order by DeviceName")).contains("ListSort"));
  }

  @Test
  void limitAndOffsetApplyToTheSortedRows() {
    events().returns("select DeviceName, RemotePort from DeviceNetworkEvents order by RemotePort, DeviceName "
            + "limit 2 offset 1",
        "DeviceName=null; RemotePort=1", "DeviceName=b; RemotePort=1");
  }
}
