package dev.huntsql.functions.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NtlmMessageTest {
  private static NtlmMessage parse(byte[] b) {
    return NtlmMessage.find(b, b.length);
  }

  @Test
  void readsTheTypeAfterTheSignature() {
    assertEquals(1, parse(PacketBuilder.ntlmType1()).type());
    assertEquals(2, parse(PacketBuilder.ntlmType2("CORP", PacketBuilder.UNICODE)).type());
    assertEquals(3, parse(PacketBuilder.ntlmType3("D", "U", "W", PacketBuilder.UNICODE)).type());
    assertNull(parse(new byte[] {1, 0, 0, 0, 'N', 'T', 'L', 'M'}));
  }

  @Test
  void unicodeAndOemStrings() {
    NtlmMessage u = parse(PacketBuilder.ntlmType3("CONTOSO", "Jürgen Ölund", "WS-01",
        PacketBuilder.UNICODE));
    assertEquals("CONTOSO", u.domain());
    assertEquals("Jürgen Ölund", u.user());
    assertEquals("WS-01", u.workstation());
    assertNull(u.targetName());
    NtlmMessage oem = parse(PacketBuilder.ntlmType3("CONTOSO", "alice", "WS-01", PacketBuilder.OEM));
    assertEquals("alice", oem.user());
    assertEquals("CONTOSO", oem.domain());
    assertEquals("FILESRV", parse(PacketBuilder.ntlmType2("FILESRV", PacketBuilder.UNICODE))
        .targetName());
    assertEquals("FILESRV", parse(PacketBuilder.ntlmType2("FILESRV", PacketBuilder.OEM))
        .targetName());
  }

  @Test
  void emptyBuffersAreEmptyStrings() {
    NtlmMessage anonymous = parse(PacketBuilder.ntlmType3("", "", "WS", PacketBuilder.UNICODE));
    assertEquals("", anonymous.user());
    assertEquals("", anonymous.domain());
    assertEquals("WS", anonymous.workstation());
  }

  @Test
  void offsetsAreRelativeToTheSignatureNotThePacket() {
    byte[] message = PacketBuilder.ntlmType3("DOM", "bob", "PC", PacketBuilder.UNICODE);
    byte[] packet = PacketBuilder.cat(new byte[] {0x01, 0x00, 0x00, 0x00, 'x'}, message);
    assertEquals("bob", parse(packet).user());
  }

  @Test
  void truncatedMessagesGiveNullFieldsNotErrors() {
    byte[] full = PacketBuilder.ntlmType3("DOMAIN", "someone", "PC", PacketBuilder.UNICODE);
    for (int cut = 0; cut < full.length; cut++) {
      NtlmMessage m = NtlmMessage.find(Arrays.copyOf(full, cut), cut);
      if (cut < 8) {
        assertNull(m);
        continue;
      }
      if (cut < 12) {
        assertEquals(NtlmMessage.TRUNCATED, m.type());
        continue;
      }
      assertEquals(3, m.type());
      int userEnd = full.length - "PC".length() * 2;
      if (cut < userEnd) {
        assertNull(m.user(), "cut at " + cut);
      }
      assertNull(m.workstation(), "cut at " + cut);
    }
  }

  @Test
  void lyingLengthsAndOffsetsGiveNull() {
    byte[] m = PacketBuilder.ntlmType3("DOMAIN", "user", "PC", PacketBuilder.UNICODE);
    byte[] hugeOffset = m.clone();
    hugeOffset[36 + 4] = (byte) 0xFF;
    hugeOffset[36 + 5] = (byte) 0xFF;
    hugeOffset[36 + 6] = (byte) 0xFF;
    hugeOffset[36 + 7] = (byte) 0xFF;
    assertNull(parse(hugeOffset).user());
    assertEquals("DOMAIN", parse(hugeOffset).domain());
    byte[] hugeLength = m.clone();
    hugeLength[28] = (byte) 0xFF;
    hugeLength[29] = (byte) 0xFF;
    assertNull(parse(hugeLength).domain());
    assertEquals("user", parse(hugeLength).user());
  }

  @Test
  void oddUnicodeLengthDropsTheLastByte() {
    byte[] m = PacketBuilder.ntlmType3("DOMAIN", "user", "PC", PacketBuilder.UNICODE);
    m[36] = 7;
    assertEquals("use", parse(m).user());
  }

  @Test
  void onlyTheFirstSignatureCounts() {
    byte[] two = PacketBuilder.cat(PacketBuilder.ntlmType1(),
        PacketBuilder.ntlmType3("D", "U", "W", PacketBuilder.UNICODE));
    assertEquals(1, parse(two).type());
    assertNull(parse(two).user());
  }

  @Test
  void typesBeyondThreeAreReportedAsRead() {
    byte[] m = PacketBuilder.ntlmType1();
    m[8] = 7;
    assertEquals(7, parse(m).type());
  }
}
