package dev.huntsql.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's own logic, without DuckDB or data: options, answer checks, DuckDB's source text. */
class BenchTest {
  @Test
  void optionsHaveDefaultsAndRejectNonsense() {
    BenchOptions defaults = BenchOptions.parse();
    assertEquals(1L << 30, defaults.bytes());
    assertEquals(3, defaults.runs());
    assertTrue(defaults.gzip() && defaults.huntsql() && defaults.duckdb());
    BenchOptions some = BenchOptions.parse("--size", "200m", "--only", "huntsql", "--no-gzip", "--queries", "count,detection");
    assertEquals(200L << 20, some.bytes());
    assertEquals(List.of("count", "detection"), some.queries());
    assertTrue(some.huntsql() && !some.duckdb() && !some.gzip());
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--runs", "0"));
    assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("--size", "lots"));
    // Mistakes that would only show after minutes of generating and running are refused at once.
    IllegalArgumentException query = assertThrows(IllegalArgumentException.class,
        () -> BenchOptions.parse("--queries", "count,nope"));
    assertTrue(query.getMessage().startsWith("no query named 'nope'"), query.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> BenchOptions.parse("--markdown", "/no/such/folder/results.md"));
  }

  @Test
  void rowsCompareInAnyOrderAndDifferencesAreNamed() {
    Answer a = answer(List.of("x", "n"), List.of(List.of("a", "1"), List.of("b", "2")));
    Answer b = answer(List.of("x", "n"), List.of(List.of("b", "2"), List.of("a", "1")));
    Answer c = answer(List.of("x", "n"), List.of(List.of("b", "3"), List.of("a", "1")));
    assertEquals("same (2 rows)", AnswerCheck.sameRows(a, b));
    assertTrue(AnswerCheck.sameRows(a, c).startsWith("DIFFERENT"), AnswerCheck.sameRows(a, c));
  }

  @Test
  void theDetectionComparesCountsSummedOverCountryAndMessageType() {
    List<String> ours = List.of("DeviceName", "LocalPort", "InitiatingProcessFileName", "geo_ip", "RemoteIP",
        "SignatureName", "MsgType", "ActionType", "set_RemotePort", "Distinct_ports", "count_");
    Answer huntsql = answer(ours, List.of(
        List.of("srv", "445", "System", "Russia", "45.155.205.233", "SMB2", "Type 1", "NSI", "[1]", "1", "2"),
        List.of("srv", "445", "System", "Russia", "45.155.205.233", "SMB2", "Type 3", "NSI", "[1]", "1", "3")));
    List<String> theirs = List.of("DeviceName", "LocalPort", "InitiatingProcessFileName", "RemoteIP", "SignatureName",
        "ActionType", "Distinct_ports", "count_");
    Answer same = answer(theirs, List.of(
        List.of("srv", "445", "System", "45.155.205.233", "SMB2", "NSI", "1", "5"),
        List.of("srv", "445", "System", "192.0.2.45", "SMB2", "NSI", "1", "1")));
    assertEquals("same on 1 groups (+1 DuckDB-only: no country)", AnswerCheck.detection(huntsql, same));
    Answer other = answer(theirs, List.of(List.of("srv", "445", "System", "45.155.205.233", "SMB2", "NSI", "1", "4")));
    assertTrue(AnswerCheck.detection(huntsql, other).startsWith("DIFFERENT"));
  }

  @Test
  void duckdbReadsTheFileWithTheDocumentedColumnTypes() {
    String source = DuckdbEngine.source(new DataSet("json", Path.of("/d"), Path.of("/d/it's.json"), 1, 1));
    assertTrue(source.startsWith("read_json('/d/it''s.json', format = 'newline_delimited', columns = {'Timestamp': "),
        source);
    assertTrue(source.contains("'RemotePort': 'INTEGER'") && source.contains("'ReportId': 'BIGINT'"), source);
  }

  private static Answer answer(List<String> columns, List<List<String>> rows) {
    return new Answer(columns, rows, 1);
  }
}
