package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {
  @TempDir
  Path home;

  @Test
  void aMissingOrHealthyFileIsLeftAlone() throws Exception {
    Path file = home.resolve("h");
    assertEquals(new HistoryFile.Checked(file, null), HistoryFile.check(file));
    Files.writeString(file, "1700000000000:select 1;\n1700000000001:select 'a\\\\b';\n");
    byte[] before = Files.readAllBytes(file);
    assertEquals(new HistoryFile.Checked(file, null), HistoryFile.check(file));
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
  }

  @Test
  void olderEntriesWithoutTimestampsAreConvertedNotDropped() throws Exception {
    Path file = home.resolve("h");
    Files.writeString(file, "select 1;\n1700000000000:select 2;\n");
    HistoryFile.Checked checked = HistoryFile.check(file);
    assertEquals(file, checked.path());
    assertTrue(checked.message().contains("1 older entry converted; 2 entries kept"), checked.message());
    String[] lines = Files.readString(file).split("\n");
    assertTrue(lines[0].matches("\\d+:select 1;"), lines[0]);
    assertEquals("1700000000000:select 2;", lines[1]);
  }

  @Test
  void aLineEndingInALoneBackslashIsMovedAsideBecauseJLineWouldFailOnIt() throws Exception {
    Path file = home.resolve("h");
    Files.writeString(file, "1700000000000:select 1;\n1700000000001:oops\\\n");
    HistoryFile.Checked checked = HistoryFile.check(file);
    assertTrue(checked.message().startsWith("history: 1 unreadable line of " + file + " moved to "), checked.message());
    assertEquals("1700000000000:select 1;\n", Files.readString(file));
  }

  @Test
  void anUnreadableFileIsNeverWrittenTo() throws Exception {
    Path folder = home.resolve("a-folder");
    Files.createDirectory(folder);
    HistoryFile.Checked checked = HistoryFile.check(folder);
    assertNull(checked.path());
    assertTrue(checked.message().contains("not saved"), checked.message());
  }
}
