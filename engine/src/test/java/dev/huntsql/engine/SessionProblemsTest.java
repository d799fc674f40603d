package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user gets from common set-up mistakes and from text beyond Latin-1. */
class SessionProblemsTest {
  @TempDir
  Path dir;

  @Test
  void stringLiteralsMayHoldAnyUnicodeText() {
    SqlFixture.in(dir).file("Notes.json", "{\"text\":\"пароль в Excel\"}", "{\"text\":\"日本\"}")
        .returns("select text from Notes where contains(text, 'ПАРОЛЬ') or text = '日本'",
            "text=пароль в Excel", "text=日本");
  }

  @Test
  void aFileGivenAsTheDataFolderIsExplained() throws Exception {
    Path file = Files.writeString(dir.resolve("DeviceNetworkEvents.json"), "{}\n");
    HuntException error = assertThrows(HuntException.class, () -> HuntSession.open(new HuntOptions(file, null, false)));
    assertTrue(error.getMessage().contains("is a file"), error.getMessage());
  }

  @Test
  void aMissingOrCorruptGeoDatabaseIsOneClearErrorWhenTheSessionOpens() throws Exception {
    Path missing = dir.resolve("nope.mmdb");
    HuntException error = assertThrows(HuntException.class, () -> HuntSession.open(new HuntOptions(dir, missing, false)));
    assertTrue(error.getMessage().contains("nope.mmdb"), error.getMessage());
    Path corrupt = Files.write(dir.resolve("corrupt.mmdb"), new byte[] {1, 2, 3, 4, 5});
    error = assertThrows(HuntException.class, () -> HuntSession.open(new HuntOptions(dir, corrupt, false)));
    assertTrue(error.getMessage().contains("corrupt.mmdb"), error.getMessage());
  }

  @Test
  void aSymbolicLinkLeadingOutsideTheDataFolderIsLeftOutAndSaidSo() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(outside.resolve("secret.json"), "{\"a\":1}\n");
    Files.createSymbolicLink(data.resolve("Secret.json"), outside.resolve("secret.json"));
    Files.writeString(data.resolve("T.json"), "{\"a\":2}\n");
    SqlFixture fixture = SqlFixture.in(data);
    fixture.returns("select a from T", "a=2");
    assertEquals(1, fixture.warnings().size(), fixture.warnings().toString());
    assertTrue(fixture.warnings().get(0).contains("outside the data folder"), fixture.warnings().toString());
  }

  @Test
  void aBooleanIsNotAPortNumber() {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json", "{\"RemotePort\":true}");
    fixture.returns("select RemotePort from DeviceNetworkEvents", "RemotePort=null");
    assertEquals(1, fixture.warnings().size());
  }
}
