package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive shell, driven through a terminal as a user would drive it. */
class ReplTest {
  @TempDir
  static Path data;

  @TempDir
  Path home;

  @BeforeAll
  static void writeTables() throws Exception {
    Files.writeString(data.resolve("T.json"), String.join("\n",
        "{\"DeviceName\":\"ws-1\",\"LocalPort\":445,\"RemoteIP\":\"10.0.0.1\"}",
        "{\"DeviceName\":\"ws-2\",\"LocalPort\":null,\"RemoteIP\":\"8.8.8.8\"}",
        "{\"DeviceName\":\"\",\"LocalPort\":139,\"RemoteIP\":\"1.1.1.1\"}", ""));
    // Small, but a self-join of it with a regular expression per pair runs long enough to cancel.
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 6000; i++) {
      big.append("{\"k\":").append(i).append(",\"s\":\"host-").append(i % 97).append("\"}\n");
    }
    Files.writeString(data.resolve("Big.json"), big);
  }

  private TerminalDriver shell() throws Exception {
    return new TerminalDriver(data, home.resolve(".huntsql_history"));
  }

  @Test
  void aStatementMaySpanLinesAndRunsAtItsSemicolon() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      shell.type("select\r");
      shell.waitFor("...> ");
      shell.type("42 as answer, ';' as semi -- a ; in a comment\r");
      shell.waitFor("...> ");
      shell.type(";\r");
      String result = shell.waitFor("1 row");
      assertTrue(result.contains("| answer | semi |"), result);
      assertTrue(result.contains("|     42 | ;    |"), result);
    }
  }

  @Test
  void severalStatementsOnOneInputRunInTurn() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      shell.type("select 1 as first_one; select 2 as second_one;\r");
      assertTrue(shell.waitFor("1 row").contains("first_one"));
      assertTrue(shell.waitFor("1 row").contains("second_one"));
      // Pasted lines: each arrives with its own Enter.
      shell.type("select 3 as third_one;\rselect 4 as fourth_one;\r");
      assertTrue(shell.waitFor("1 row").contains("third_one"));
      assertTrue(shell.waitFor("1 row").contains("fourth_one"));
    }
  }

  @Test
  void tabCompletesTablesColumnsFunctionsAndCommands() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      shell.type("select count(*) as n from T where LocalPo\t");
      shell.waitFor("LocalPort");
      shell.type("is null and ipv4_is_pri\t");
      shell.waitFor("ipv4_is_private(");
      shell.type("RemoteIP);\r");
      String result = shell.waitFor("1 row");
      assertTrue(result.contains("| 0 |"), result);
      shell.waitFor("huntsql> ");
      shell.type(".sch\t");
      shell.waitFor(".schema");
      shell.type("\t"); // two tables: Tab lists them
      shell.waitFor("Big");
      shell.type("T\r");
      String schema = shell.waitFor("huntsql> ");
      assertTrue(schema.contains("DeviceName"), schema);
      assertTrue(schema.contains("LocalPort"), schema);
    }
  }

  @Test
  void errorsShowTheLineWithACaretAndASuggestion() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      shell.type("select DeviceNam\r  from T;\r");
      String error = shell.waitFor("hint: did you mean 'DeviceName'?");
      assertTrue(error.contains("error: Column 'DeviceNam' not found in any table"), error);
      assertTrue(error.contains("LINE 1: select DeviceNam\n               ^^^^^^^^^\n"), error);
      assertFalse(error.contains("Exception"), error);
      // The session goes on.
      shell.type("select 5 as still_here;\r");
      assertTrue(shell.waitFor("1 row").contains("still_here"));
    }
  }

  @Test
  void ctrlCClearsAHalfTypedStatement() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      shell.type("select 'half\rtyped");
      shell.waitFor("typed");
      shell.type("\u0003");
      shell.waitFor("huntsql> ");
      shell.type("select 7 as seven;\r");
      String result = shell.waitFor("1 row");
      assertTrue(result.contains("seven"), result);
      assertFalse(result.contains("error"), result);
    }
  }

  @Test
  void ctrlCCancelsARunningQueryAndTheSessionGoesOn() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      // A regular expression per pair of rows keeps it running for many seconds.
      shell.type("select count(*) from Big a, Big b where a.k < b.k"
          + " and extract('([0-9]+)$', 1, strcat(a.s, b.s)) <> 'none';\r");
      // The progress line shows once a query has run for a second.
      shell.waitFor("running");
      long pressed = System.nanoTime();
      shell.type("\u0003");
      shell.waitFor("query cancelled", 5_000);
      assertTrue((System.nanoTime() - pressed) / 1e9 < 5, "cancelled promptly");
      shell.type("select 8 as after_cancel;\r");
      assertTrue(shell.waitFor("1 row").contains("after_cancel"));
    }
  }

  @Test
  void ctrlDLeavesWithExitCode0() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      shell.type("\u0004");
      assertEquals(0, shell.exitCode());
    }
  }

  @Test
  void helpAndExitWorkAsInOtherShells() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      shell.type("help\r");
      assertTrue(shell.waitFor(".quit").contains(".schema [TABLE]"));
      shell.waitFor("huntsql> ");
      shell.type("exit\r");
      assertEquals(0, shell.exitCode());
    }
  }

  @Test
  void historyIsKeptAcrossSessions() throws Exception {
    try (TerminalDriver first = shell()) {
      first.waitFor("huntsql> ");
      first.type("select 42 as remembered;\r");
      first.waitFor("1 row");
      first.type("\u0004");
      assertEquals(0, first.exitCode());
    }
    try (TerminalDriver second = shell()) {
      second.waitFor("huntsql> ");
      second.type("\u0010\r"); // Ctrl-P: the previous entry, then Enter
      assertTrue(second.waitFor("1 row").contains("remembered"));
    }
    assertTrue(Files.readString(home.resolve(".huntsql_history")).contains("select 42 as remembered;"));
  }

  @Test
  void aDamagedHistoryFileKeepsWhatCanBeReadAndMovesTheRestAside() throws Exception {
    Path history = home.resolve(".huntsql_history");
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, 'x'};
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write("1700000000000:select 1 as kept;\n".getBytes(StandardCharsets.UTF_8));
    file.write(garbage);
    file.write('\n');
    file.write("select 2 as older_format;\n".getBytes(StandardCharsets.UTF_8));
    Files.write(history, file.toByteArray());
    try (TerminalDriver shell = shell()) {
      String notice = shell.waitFor("huntsql> ");
      assertTrue(notice.contains("history: 1 unreadable line of " + history + " moved to "), notice);
      assertTrue(notice.contains("2 entries kept"), notice);
      shell.type("\u0010\r");
      assertTrue(shell.waitFor("1 row").contains("older_format"));
      shell.type("\u0010\u0010\r");
      assertTrue(shell.waitFor("1 row").contains("kept"));
    }
    List<Path> aside;
    try (Stream<Path> files = Files.list(home)) {
      aside = files.filter(p -> p.getFileName().toString().startsWith(".huntsql_history.unreadable-"))
          .collect(Collectors.toList());
    }
    assertEquals(1, aside.size(), aside.toString());
    byte[] expected = new byte[garbage.length + 1];
    System.arraycopy(garbage, 0, expected, 0, garbage.length);
    expected[garbage.length] = '\n';
    assertArrayEquals(expected, Files.readAllBytes(aside.get(0)));
    String kept = Files.readString(history);
    assertTrue(kept.contains("select 1 as kept;") && kept.contains("select 2 as older_format;"), kept);
  }

  @Test
  void wideResultsFitTheTerminalAndChartsDrawTheLastResult() throws Exception {
    try (TerminalDriver shell = shell()) {
      shell.waitFor("huntsql> ");
      shell.type("select '" + "x".repeat(300) + "' as wide, 1 as n;\r");
      String table = shell.waitFor("1 row");
      for (String line : table.split("\n")) {
        if (line.startsWith("|") || line.startsWith("+")) {
          assertTrue(line.length() <= 100, line.length() + ": " + line);
        }
      }
      assertTrue(table.contains("x…"), table);
      shell.type("select s, count(*) as c from Big where k < 30 group by s order by s limit 3;\r");
      shell.waitFor("3 rows");
      shell.waitFor("huntsql> ");
      shell.type(".chart\r");
      String chart = shell.waitFor("huntsql> ");
      assertTrue(chart.contains("host-0  │█"), chart);
    }
  }
}
