package dev.huntsql.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huntsql.queries.SparkSql;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example job, run as its own process in local[2] on the shipped sample, prints as CSV the
 * rows the detection's pinned result holds (worked out independently of huntsql and Spark).
 */
class RunDetectionTest {
  private static final String DETECTION = "smb-ntlm-unknown-remote";
  private static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();
  private static final Path EXPECTED = Path.of("..", "queries", "src", "test", "resources",
      "expected", DETECTION + ".sample.jsonl");

  @TempDir
  Path dir;

  private String out;
  private String err;

  @Test
  void aShippedDetectionByNamePrintsThePinnedRows() throws Exception {
    assertEquals(0, runJob(DETECTION, SAMPLE.toString(), "--master", "local[2]"), err);
    assertPinnedRows();
  }

  @Test
  void aRenderedFileAsSparkSubmitWouldGetItPrintsThePinnedRows() throws Exception {
    Path rendered = dir.resolve(DETECTION + ".sql");
    Files.writeString(rendered, SparkSql.detection(DETECTION), StandardCharsets.UTF_8);
    assertEquals(0, runJob(rendered.toString(), SAMPLE.toString(), "--master", "local[2]"), err);
    assertPinnedRows();
  }

  @Test
  void malformedLinesAreLeftOutAndCountedInOneWarning() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Path events = data.resolve("DeviceNetworkEvents.json");
    Files.copy(SAMPLE.resolve("DeviceNetworkEvents.json"), events);
    Files.writeString(events, "{\"DeviceName\": cut\nnot json at all\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertEquals(0, runJob(DETECTION, data.toString(), "--master", "local[2]"), err);
    assertPinnedRows();
    List<String> warnings = err.lines().filter(l -> l.startsWith("RunDetection:")).toList();
    assertEquals(List.of("RunDetection: warning: 2 malformed lines (not a JSON object) left out"
        + " of DeviceNetworkEvents: " + events.toUri()
        + " (2)"), warnings, err);
  }

  @Test
  void helpPrintsTheUsageAndSucceeds() throws Exception {
    assertEquals(0, runJob("--help"));
    assertTrue(out.startsWith("usage: RunDetection"), out);
    assertEquals("", err);
  }

  @Test
  void anUnknownDetectionIsAUsageErrorInOneLineAndTheUsage() throws Exception {
    assertEquals(2, runJob("no-such-hunt", SAMPLE.toString()));
    assertEquals("", out);
    assertTrue(err.startsWith("RunDetection: no detection named 'no-such-hunt'\nusage:"), err);
    assertFalse(err.contains("\tat "), err);
  }

  private void assertPinnedRows() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<List<String>> expected = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = json.readTree(line);
      if (header.isEmpty()) {
        row.fieldNames().forEachRemaining(header::add);
      }
      List<String> values = new ArrayList<>();
      for (String column : header) {
        JsonNode value = row.get(column);
        values.add(ComparableRows.value(value.isNull() ? null
            : value.isContainerNode() ? value.toString()
            : value.isNumber() ? value.numberValue() : value.textValue()));
      }
      expected.add(values);
    }
    List<List<String>> csv = Csv.parse(out);
    assertEquals(header, csv.get(0), "columns");
    List<List<String>> actual = new ArrayList<>();
    for (List<String> row : csv.subList(1, csv.size())) {
      actual.add(row.stream().map(ComparableRows::value).toList());
    }
    // Row order too: the detection orders by every grouping column.
    assertEquals(expected, actual);
  }

  /** Runs RunDetection's main in a JVM of its own, with the options of this one. */
  private int runJob(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1",
        "-Dspark.driver.bindAddress=127.0.0.1", "-cp", System.getProperty("java.class.path"),
        RunDetection.class.getName()));
    command.addAll(List.of(args));
    Path stderr = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    err = Files.readString(stderr, StandardCharsets.UTF_8);
    return process.exitValue();
  }

  /** RFC 4180, as the job writes it: an unquoted empty field is NULL, a quoted one empty text. */
  private static final class Csv {
    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean inQuotes = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (inQuotes && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          inQuotes = !inQuotes;
          quoted = true;
        } else if (inQuotes || (c != ',' && c != '\r' && c != '\n')) {
          field.append(c);
        } else if (c != '\r') {
          row.add(quoted || field.length() > 0 ? field.toString() : null);
          field.setLength(0);
          quoted = false;
          if (c == '\n') {
            rows.add(row);
            row = new ArrayList<>();
          }
        }
      }
      return rows;
    }
  }
}
