package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.engine.generate.EventGenerator;
import dev.huntsql.engine.generate.GeneratorOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GROUP BY that needs more than the heap stops with a message, and the same session answers
 * the next query. Runs {@link MemoryProbe} in its own JVM with a 64 MB heap: without the budget
 * that JVM ends in {@code OutOfMemoryError} (as it does with {@code -Dhuntsql.memory.fraction=1}).
 * The shell's own test (ProcessTest) covers the default budget, where an error that beats it is
 * caught too.
 */
class MemoryBudgetTest {
  private static final int ROWS = 40_000;

  @Test
  void aQueryTooBigForTheHeapStopsAndTheSessionGoesOn(@TempDir Path dir) throws Exception {
    EventGenerator.generate(GeneratorOptions.of("DeviceNetworkEvents", ROWS, dir, 9));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // A budget of 60% of the 64 MB heap: at the default 85% the last 10 MB can fill before the
    // collector's notice arrives, and Calcite's aggregation then meets the error itself.
    Process probe = new ProcessBuilder(java.toString(), "-Xmx64m", "-Dhuntsql.memory.fraction=0.6", "-cp",
        System.getProperty("java.class.path"),
        MemoryProbe.class.getName(), dir.toString()).redirectErrorStream(true).start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(probe.waitFor(120, TimeUnit.SECONDS), output);
    List<String> lines = output.lines().toList();
    assertEquals(0, probe.exitValue(), output);
    assertEquals(2, lines.size(), output);
    assertTrue(lines.get(0).startsWith("hungry: failed: ") && lines.get(0).contains(
        "query stopped: it needed more memory than huntsql may use ("), output);
    assertEquals("after: 1 rows, first " + ROWS, lines.get(1));
  }
}
