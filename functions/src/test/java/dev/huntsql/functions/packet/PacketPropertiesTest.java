package dev.huntsql.functions.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class PacketPropertiesTest {
  @Property(tries = 2000)
  void anyTextIsAnsweredWithoutException(@ForAll String text) {
    answers(text);
  }

  @Property(tries = 2000)
  void randomBytesInAnyFormNeverThrowAndAgree(@ForAll @Size(max = 400) byte[] bytes) {
    byte[] packet = PacketBuilder.cat(new byte[] {(byte) 0xFE, 'S', 'M', 'B'}, bytes);
    assertAllFormsAgree(packet);
  }

  @Property(tries = 2000)
  void damagedNtlmMessagesNeverThrowAndAgree(@ForAll("damagedMessages") byte[] packet) {
    assertAllFormsAgree(packet);
  }

  @Provide
  Arbitrary<byte[]> damagedMessages() {
    byte[] good = PacketBuilder.smb2SessionSetup(PacketBuilder.spnegoResponse(
        PacketBuilder.ntlmType3("CONTOSO", "alice", "WS-042", PacketBuilder.UNICODE)));
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, good.length);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, good.length - 1);
    Arbitrary<Byte> value = Arbitraries.bytes();
    return net.jqwik.api.Combinators.combine(cut, position, value).as((c, p, v) -> {
      byte[] damaged = good.clone();
      damaged[p] = v;
      return Arrays.copyOf(damaged, Math.max(c, 4));
    });
  }

  private static void assertAllFormsAgree(byte[] packet) {
    List<Object> expected = answers(PacketRendering.percent(packet));
    assertEquals(expected, answers(PacketRendering.percentLower(packet)));
    assertEquals(expected, answers(PacketRendering.backslashX(packet)));
    assertEquals(expected, answers(PacketRendering.jsonArray(PacketRendering.percent(packet))));
    byte[] noEscapeChars = packet.clone();
    for (int i = 0; i < noEscapeChars.length; i++) {
      if (noEscapeChars[i] == '%' || noEscapeChars[i] == '\\') {
        noEscapeChars[i] = '_';
      }
    }
    assertEquals(answers(PacketRendering.percent(noEscapeChars)),
        answers(PacketRendering.raw(noEscapeChars)));
  }

  private static List<Object> answers(String text) {
    return Arrays.asList(
        PacketFunctions.ntlmMsgType(text),
        PacketFunctions.ntlmMsgTypeName(PacketFunctions.ntlmMsgType(text)),
        PacketFunctions.ntlmUser(text),
        PacketFunctions.ntlmDomain(text),
        PacketFunctions.ntlmWorkstation(text),
        PacketFunctions.ntlmTargetName(text),
        Objects.toString(PacketFunctions.smbVersion(text)));
  }
}
