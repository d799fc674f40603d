package dev.huntsql.shell.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintersTest {
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("name", Types.VARCHAR, "VARCHAR", false),
      new ResultColumn("n", Types.INTEGER, "INTEGER", false));

  private static String print(String format, Layout layout, List<ResultColumn> columns, Object[]... rows) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    ResultPrinter printer = ResultPrinter.forFormat(format, layout);
    printer.start(columns, out);
    for (Object[] row : rows) {
      printer.row(row, out);
    }
    printer.end(out);
    out.flush();
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void tableShowsTypesOnRequest() {
    assertEquals(String.join("\n",
        "+---------+---------+",
        "| name    | n       |",
        "| varchar | integer |",
        "+---------+---------+",
        "| a       |       1 |",
        "| NULL    |    NULL |",
        "+---------+---------+", ""),
        print("table", new Layout(80, true), COLUMNS, new Object[] {"a", 1}, new Object[] {null, null}));
  }

  @Test
  void wideValuesAreCutWithAMarkerToFitTheScreen() {
    String wide = "x".repeat(200);
    String table = print("table", new Layout(40, false), COLUMNS, new Object[] {wide, 12345});
    for (String line : table.split("\n")) {
      assertEquals(40, line.length(), line);
    }
    assertTrue(table.contains("x… | 12345 |"), table);
  }

  @Test
  void tooManyColumnsForTheScreenAreShownVertically() {
    List<ResultColumn> many = new java.util.ArrayList<>();
    Object[] row = new Object[12];
    for (int i = 0; i < 12; i++) {
      many.add(new ResultColumn("column_" + i, Types.VARCHAR, "VARCHAR", false));
      row[i] = "value " + i;
    }
    String text = print("table", new Layout(60, false), many, row);
    assertTrue(text.startsWith("-[ RECORD 1 ]"), text);
    assertTrue(text.contains("column_11 | value 11\n"), text);
  }

  @Test
  void verticalAndMarkdownKeepNullApartFromEmptyText() {
    assertEquals("-[ RECORD 1 ]" + "-".repeat(21) + "\nname | \nn    | NULL\n",
        print("vertical", Layout.UNLIMITED, COLUMNS, new Object[] {"", null}));
    assertEquals("| name | n |\n| --- | ---: |\n| a\\|b<br>c |  |\n| NULL | 3 |\n",
        print("markdown", Layout.UNLIMITED, COLUMNS, new Object[] {"a|b\nc", ""}, new Object[] {null, 3}).replace("|  |", "|  |"));
  }

  @Test
  void fittingKeepsNarrowColumnsWhole() {
    int[] widths = {4, 100, 3};
    assertTrue(TablePrinter.fit(widths, 50));
    assertEquals(4, widths[0]);
    assertEquals(3, widths[2]);
    assertEquals(50 - 10 - 7, widths[1]);
    assertFalse(TablePrinter.fit(new int[] {20, 20, 20, 20, 20, 20, 20, 20}, 40));
  }

  @Test
  void textWidthCountsWideCharactersTwice() {
    assertEquals(4, Text.width("漢字"));
    assertEquals("漢…", Text.fit("漢字漢字", 4));
    assertEquals("a\\nb", Text.oneLine("a\nb"));
  }
}
