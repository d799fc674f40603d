package dev.huntsql.engine.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huntsql.engine.files.FileFormat;
import dev.huntsql.engine.files.FileSlice;
import dev.huntsql.engine.schema.DefenderSchemas;
import dev.huntsql.engine.schema.TableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.linq4j.function.Function1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scan keeps its program's rows of a piece read whole, and answers the same program from them. */
class KeptProgramRowsTest {
  private static final TableSchema TABLE = DefenderSchemas.find("DeviceNetworkEvents").orElseThrow();
  private static final int[] PORT = {TABLE.indexOf("RemotePort")};

  @TempDir
  Path dir;

  private final AtomicInteger programCalls = new AtomicInteger();
  /** Keeps rows whose port is 445, as the port times ten. */
  private final Function1<Object[], Object[]> smbOnly = row -> {
    programCalls.incrementAndGet();
    return Integer.valueOf(445).equals(row[0]) ? new Object[] {4450} : null;
  };

  @Test
  void theSameProgramRunAgainIsAnsweredWithoutReadingOrFiltering() throws Exception {
    Path file = Files.writeString(dir.resolve("DeviceNetworkEvents.json"),
        "{\"RemotePort\":445}\n{\"RemotePort\":80}\n{\"RemotePort\":445}\n");
    ScanProgram program = new ScanProgram(smbOnly, "smb-only-" + System.nanoTime(), null);
    assertEquals(List.of(4450, 4450), scan(file, program));
    assertEquals(3, programCalls.getAndSet(0));
    assertEquals(List.of(4450, 4450), scan(file, program));
    assertEquals(0, programCalls.getAndSet(0), "answered from the kept rows");
    // Another program over the same file is not answered with these rows.
    ScanProgram other = new ScanProgram(row -> new Object[] {row[0]}, "all-" + System.nanoTime(), null);
    assertEquals(List.of(445, 80, 445), scan(file, other));
    // A changed file is read and filtered anew.
    Files.writeString(file, "{\"RemotePort\":445}\n{\"RemotePort\":445}\n{\"RemotePort\":445}\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
    assertEquals(List.of(4450, 4450, 4450), scan(file, program));
    assertEquals(3, programCalls.getAndSet(0));
  }

  @Test
  void aScanStoppedEarlyKeepsNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("DeviceNetworkEvents.json"),
        "{\"RemotePort\":445}\n{\"RemotePort\":445}\n");
    ScanProgram program = new ScanProgram(smbOnly, "smb-first-" + System.nanoTime(), null);
    try (EventScan scan = open(file, program)) {
      scan.moveNext(); // a LIMIT 1
    }
    programCalls.set(0);
    assertEquals(List.of(4450, 4450), scan(file, program));
    assertEquals(2, programCalls.get(), "read again, not answered from one row");
  }

  private List<Object> scan(Path file, ScanProgram program) {
    List<Object> values = new ArrayList<>();
    try (EventScan scan = open(file, program)) {
      while (scan.moveNext()) {
        values.add(scan.current()[0]);
      }
    }
    return values;
  }

  private static EventScan open(Path file, ScanProgram program) {
    ScanSplit split = ScanSplit.whole(new FileSlice(file, FileFormat.JSON_LINES, false));
    return new EventScan(List.of(split), TABLE, PORT, program, new Diagnostics(false), new ScanStop(null));
  }
}
