package dev.huntsql.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repeated query reads cached columns, and a changed file is read anew. */
class ColumnCacheTest {
  @TempDir
  Path dir;

  @Test
  void aChangedFileIsNeverAnsweredFromTheCache() throws Exception {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", "{\"RemotePort\":1}", "{\"RemotePort\":2}");
    String query = "select count(*) as n, sum(RemotePort) as total from DeviceNetworkEvents";
    fixture.returns(query, "n=2; total=3");
    fixture.returns(query, "n=2; total=3");
    Path file = dir.resolve("DeviceNetworkEvents.json");
    // Same size, other content, and a new modification time.
    Files.writeString(file, "{\"RemotePort\":5}\n{\"RemotePort\":6}\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
    fixture.returns(query, "n=2; total=11");
    fixture.returns("select count(*) as n from DeviceNetworkEvents", "n=2");
  }

  @Test
  void cachedAndParsedColumnsLineUpRowForRow() {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json",
        "{\"DeviceName\":\"a\",\"RemotePort\":1}", "{broken", "{\"DeviceName\":\"b\",\"RemotePort\":2}");
    fixture.returns("select RemotePort from DeviceNetworkEvents", "RemotePort=1", "RemotePort=2");
    // Had the piece been cached (it is not: it has a problem to report), RemotePort would now come
    // from the cache and DeviceName from the file: the rows must match either way.
    fixture.returns("select DeviceName, RemotePort from DeviceNetworkEvents", "DeviceName=a; RemotePort=1",
        "DeviceName=b; RemotePort=2");
    fixture.returns("select RemotePort, DeviceName from DeviceNetworkEvents", "RemotePort=1; DeviceName=a",
        "RemotePort=2; DeviceName=b");
  }
}
