package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.engine.HuntOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCompleterTest {
  @TempDir
  static Path data;

  private static Sessions sessions;
  private static SqlCompleter completer;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(data.resolve("DeviceNetworkEvents.json"), "{\"DeviceName\":\"a\",\"RemoteIP\":\"1.2.3.4\"}\n");
    Files.writeString(data.resolve("Other.json"), "{\"Remarks\":\"x\"}\n");
    sessions = Sessions.open(new HuntOptions(data, null, false));
    completer = new SqlCompleter(new Catalog(sessions), () -> null);
  }

  @AfterAll
  static void close() {
    sessions.close();
  }

  @Test
  void afterFromOnlyTablesAreOffered() {
    assertEquals(List.of("DeviceNetworkEvents"), completer.offers("select * from dev"));
  }

  @Test
  void columnsComeFromTheTablesTheStatementNames() {
    List<String> offers = completer.offers("select Remot from DeviceNetworkEvents where Remot");
    assertTrue(offers.contains("RemoteIP"), offers.toString());
    assertTrue(offers.contains("RemotePort"), "declared Defender columns too: " + offers);
    assertFalse(offers.contains("Remarks"), "Other is not in the statement: " + offers);
  }

  @Test
  void keywordsFollowTheCaseTyped() {
    assertTrue(completer.offers("sel").contains("select"));
    assertTrue(completer.offers("SEL").contains("SELECT"));
  }

  @Test
  void functionsAreOfferedWithTheirParenthesis() {
    assertTrue(completer.offers("select ipv4_is_pr").contains("ipv4_is_private("));
  }

  @Test
  void dotCommandsAndTheirArguments() {
    assertTrue(completer.offers(".sch").contains(".schema"));
    assertEquals(List.of("Other"), completer.offers(".schema O"));
    assertEquals(List.of("smb-ntlm-unknown-remote"), completer.offers(".run smb"));
    assertEquals(List.of("json", "jsonl"), completer.offers(".format js"));
  }

  @Test
  void nothingIsOfferedInsideAString() {
    assertEquals(List.of(), completer.offers("select * from DeviceNetworkEvents where DeviceName = 'Dev"));
  }
}
