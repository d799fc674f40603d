package dev.huntsql.functions.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks every real packet in the shared test folder against its annotation; skipped without it.
 *
 * <p>The folder is {@code -Dhuntsql.shared=DIR}, by default {@code ../../shared} from the
 * module directory (the repository's sibling {@code shared/}).
 */
class SharedPacketsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path sharedDir() {
    return Path.of(System.getProperty("huntsql.shared", "../../shared"));
  }

  @Test
  void everyPacketDecodesAsAnnotated() throws IOException {
    Path dir = sharedDir().resolve("packets");
    assumeTrue(Files.isDirectory(dir), "no shared packets at " + dir.toAbsolutePath());
    List<Path> packets;
    try (Stream<Path> files = Files.list(dir)) {
      packets = files.filter(p -> p.getFileName().toString().endsWith(".mde.txt")).sorted()
          .collect(Collectors.toList());
    }
    List<String> failures = new ArrayList<>();
    for (Path text : packets) {
      String name = text.getFileName().toString().replace(".mde.txt", "");
      JsonNode expected = JSON.readTree(dir.resolve(name + ".json").toFile());
      String packet = Files.readString(text);
      JsonNode ntlm = expected.path("ntlmssp");
      check(failures, name, "type", ntlm.isMissingNode() ? 0 : ntlm.path("type").asInt(),
          PacketFunctions.ntlmMsgType(packet));
      check(failures, name, "user", textOrNull(ntlm, "user"), PacketFunctions.ntlmUser(packet));
      check(failures, name, "domain", textOrNull(ntlm, "domain"),
          PacketFunctions.ntlmDomain(packet));
      check(failures, name, "workstation", textOrNull(ntlm, "workstation"),
          PacketFunctions.ntlmWorkstation(packet));
      check(failures, name, "target_name", textOrNull(ntlm, "target_name"),
          PacketFunctions.ntlmTargetName(packet));
      String proto = expected.path("proto").asText();
      Integer smb = proto.equals("SMB1") ? Integer.valueOf(1)
          : proto.equals("SMB2") ? Integer.valueOf(2) : null;
      check(failures, name, "smb_version", smb, PacketFunctions.smbVersion(packet));
      // The same packet inside Defender's JSON array wrapper.
      check(failures, name, "wrapped type", PacketFunctions.ntlmMsgType(packet),
          PacketFunctions.ntlmMsgType(PacketRendering.jsonArray(packet)));
    }
    assertEquals(58, packets.size(), "packets in " + dir);
    assertEquals(List.of(), failures);
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static void check(List<String> failures, String packet, String what, Object expected,
      Object actual) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      failures.add(packet + " " + what + ": expected " + expected + " but was " + actual);
    }
  }
}
