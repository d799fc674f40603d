package dev.huntsql.shell.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.shell.output.ResultColumn;
import dev.huntsql.shell.output.ResultTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {
  private static String draw(ResultTable table, int width) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    assertNull(Chart.draw(table, List.of(), width, out));
    out.flush();
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void aLabelAndANumberDrawOneBarPerRow() {
    ResultTable table = new ResultTable(List.of(
        new ResultColumn("DeviceName", Types.VARCHAR, "VARCHAR", false),
        new ResultColumn("n", Types.BIGINT, "BIGINT", false)),
        List.of(new Object[] {"ws-1", 10L}, new Object[] {"srv-edge", 5L}, new Object[] {"dc", 0L}), 3);
    assertEquals(String.join("\n",
        "ws-1     │" + "█".repeat(20) + " 10",
        "srv-edge │" + "█".repeat(10) + " 5",
        "dc       │ 0", ""), draw(table, 34));
  }

  @Test
  void timeBinsDrawAHistogramWithEmptyBinsAsZero() {
    ResultTable table = new ResultTable(List.of(
        new ResultColumn("hour", Types.TIMESTAMP, "TIMESTAMP", false),
        new ResultColumn("count_", Types.BIGINT, "BIGINT", false)),
        List.of(new Object[] {"2025-09-01T00:00:00.000Z", 4L}, new Object[] {"2025-09-01T01:00:00.000Z", 1L},
            new Object[] {"2025-09-01T03:00:00.000Z", 2L}), 3);
    String chart = draw(table, 40);
    assertTrue(chart.startsWith("count_ per 1h\n"), chart);
    assertTrue(chart.contains("2025-09-01 02:00 │ 0\n"), chart);
    assertTrue(chart.contains("2025-09-01 03:00 │" + "█".repeat(8)), chart);
  }

  @Test
  void manyBinsDrawColumnsOverATimeAxis() {
    List<Object[]> rows = new ArrayList<>();
    Instant start = Instant.parse("2025-09-01T00:00:00Z");
    for (int i = 0; i < 48; i++) {
      rows.add(new Object[] {start.plusSeconds(3600L * i).toString(), (long) (i % 24)});
    }
    ResultTable table = new ResultTable(List.of(
        new ResultColumn("bin", Types.TIMESTAMP, "TIMESTAMP", false),
        new ResultColumn("n", Types.BIGINT, "BIGINT", false)), rows, rows.size());
    String[] lines = draw(table, 80).split("\n");
    assertEquals("n per 1h", lines[0]);
    assertTrue(lines[1].startsWith("23 ┤"), lines[1]);
    assertEquals(" 0 ┤", lines[10].substring(0, 4));
    assertTrue(lines[11].startsWith("   └" + "─".repeat(48)), lines[11]);
    assertTrue(lines[12].contains("2025-09-01 00:00") && lines[12].contains("2025-09-02 23:00"), lines[12]);
  }

  @Test
  void aResultWithoutNumbersCannotBeDrawn() {
    ResultTable table = new ResultTable(List.of(new ResultColumn("a", Types.VARCHAR, "VARCHAR", false)),
        List.<Object[]>of(new Object[] {"x"}), 1);
    assertTrue(Chart.draw(table, List.of(), 80, new PrintWriter(new StringWriter())).startsWith("a chart needs"));
  }
}
