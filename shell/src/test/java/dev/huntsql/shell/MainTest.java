package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final Path SAMPLE = Path.of("..", "sample-data");
  private static final Path EXPECTED =
      Path.of("..", "queries", "src", "test", "resources", "expected", "smb-ntlm-unknown-remote.sample.jsonl");

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(String stdin, String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdout, stderr).run(args);
    out = stdout.toString(StandardCharsets.UTF_8);
    err = stderr.toString(StandardCharsets.UTF_8);
    return code;
  }

  @Test
  void runPrintsTheDetectionAsJsonLinesKeyedByColumnName() throws Exception {
    assertEquals(0, run("", "run", "smb-ntlm-unknown-remote", "--data", SAMPLE.toString(), "--format", "jsonl"), err);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> expected = new ArrayList<>();
    for (String line : Files.readAllLines(EXPECTED)) {
      if (!line.isBlank()) {
        expected.add(json.readTree(line));
      }
    }
    List<JsonNode> actual = new ArrayList<>();
    List<String> lines = out.lines().toList();
    for (String line : lines) {
      actual.add(json.readTree(line));
    }
    assertEquals(expected, actual);
    // Key order is the detection's column order.
    assertTrue(lines.get(0).startsWith("{\"DeviceName\":"), lines.get(0));
    assertTrue(lines.get(0).contains("\"set_RemotePort\":["), "make_set is a JSON array, not a string");
  }

  @Test
  void tableFormatShowsNullDifferentlyFromEmptyText() throws Exception {
    Files.writeString(dir.resolve("T.json"), "{\"a\":\"\",\"b\":1}\n{\"a\":null,\"b\":22}\n");
    assertEquals(0, run("", "-e", "select a, b from T", "--data", dir.toString()), err);
    assertEquals(String.join("\n",
        "+------+----+",
        "| a    | b  |",
        "+------+----+",
        "|      |  1 |",
        "| NULL | 22 |",
        "+------+----+",
        ""), out);
  }

  @Test
  void csvAndSeveralStatementsFromStandardInput() throws Exception {
    assertEquals(0, run("select 1 as x;\nselect 'a,b' as y;\n", "sql", "--format", "csv", "--data", dir.toString()), err);
    assertEquals("x\r\n1\r\ny\r\n\"a,b\"\r\n", out);
    assertEquals("", err);
  }

  @Test
  void aQueryErrorIsOneLineOnStandardErrorWithExitCode1() {
    assertEquals(1, run("", "-e", "select Timestamp, nosuchcolumn from T", "--data", writeTable()));
    assertEquals("", out);
    assertEquals(1, err.lines().count(), err);
    // The position is where the analyst typed the name, although Timestamp was quoted for the parser.
    assertTrue(err.contains("line 1, column 19"), err);
    assertTrue(err.contains("nosuchcolumn"), err);
    assertFalse(err.contains("Exception"), err);
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, run("", "--format", "xml", "-e", "select 1"));
    assertTrue(err.contains("unknown format"), err);
    assertEquals(2, run("", "run"));
    assertEquals(2, run("", "run", "nope"));
    assertEquals(2, run("", "--bogus"));
  }

  @Test
  void aMissingDataFolderIsAClearError() {
    assertEquals(1, run("", "-e", "select 1", "--data", dir.resolve("missing").toString()));
    assertTrue(err.startsWith("huntsql: data folder not found"), err);
  }

  @Test
  void detectionsAreListed() {
    assertEquals(0, run("", "detections"));
    assertTrue(out.startsWith("smb-ntlm-unknown-remote"), out);
  }

  private String writeTable() {
    try {
      Files.writeString(dir.resolve("T.json"), "{\"Timestamp\":\"2025-09-01T00:00:00Z\"}\n");
      return dir.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
