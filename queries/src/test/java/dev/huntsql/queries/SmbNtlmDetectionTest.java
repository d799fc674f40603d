package dev.huntsql.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the shipped detection's result on the shipped sample data. The expected rows were worked
 * out independently of huntsql: by a separate reference implementation of the KQL hunt
 * ({@code src/test/reference/smb_ntlm_reference.py}) and by hand, row by row
 * ({@code src/test/reference/README.md}).
 */
class SmbNtlmDetectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SAMPLE = Path.of("..", "sample-data");
  private static final Path EXPECTED = Path.of("src/test/resources/expected/smb-ntlm-unknown-remote.sample.jsonl");

  @Test
  void findsExactlyTheRowsTheKqlHuntFindsOnTheSampleData() throws Exception {
    Detection detection = Detections.find("smb-ntlm-unknown-remote").orElseThrow();
    List<JsonNode> actual = new ArrayList<>();
    try (HuntSession session = HuntSession.open(new HuntOptions(SAMPLE, null, false));
        Statement statement = session.connection().createStatement();
        ResultSet rows = statement.executeQuery(detection.sql())) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i));
      }
      assertEquals(List.of("DeviceName", "LocalPort", "InitiatingProcessFileName", "geo_ip", "RemoteIP",
          "SignatureName", "MsgType", "ActionType", "set_RemotePort", "Distinct_ports", "count_"), columns);
      while (rows.next()) {
        ObjectNode row = JSON.createObjectNode();
        for (int i = 1; i <= columns.size(); i++) {
          Object value = rows.getObject(i);
          String name = columns.get(i - 1);
          row.set(name, name.equals("set_RemotePort") ? JSON.readTree((String) value) : JSON.valueToTree(value));
        }
        // Round-trip through text so numbers compare by value, not by Java type.
        actual.add(JSON.readTree(JSON.writeValueAsString(row)));
      }
    }
    List<JsonNode> expected = new ArrayList<>();
    for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        expected.add(JSON.readTree(line));
      }
    }
    assertEquals(expected.size(), actual.size(), "row count\nactual: " + actual);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "row " + (i + 1));
    }
  }
}
