package dev.huntsql.functions.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PacketTextTest {
  private static void decodes(String text, int... expected) {
    byte[] want = new byte[expected.length];
    for (int i = 0; i < expected.length; i++) {
      want[i] = (byte) expected[i];
    }
    assertArrayEquals(want, PacketText.toBytes(text), text);
  }

  private static void decodes(String text, String latin1) {
    assertArrayEquals(latin1.getBytes(StandardCharsets.ISO_8859_1), PacketText.toBytes(text), text);
  }

  @Test
  void percentEscapesInEitherCase() {
    decodes("%FESMB", 0xFE, 'S', 'M', 'B');
    decodes("%feSMB", 0xFE, 'S', 'M', 'B');
    decodes("%00%7f%Aa", 0x00, 0x7F, 0xAA);
  }

  @Test
  void percentWithoutTwoHexDigitsIsLiteral() {
    decodes("100%", "100%");
    decodes("%4", "%4");
    decodes("%zz%41", "%zzA");
    decodes("%%41", "%A");
    decodes("%25programdata%25", "%programdata%");
  }

  @Test
  void backslashXEscapes() {
    decodes("\\x01\\x00\\xfeSMB", 0x01, 0x00, 0xFE, 'S', 'M', 'B');
    decodes("C:\\Windows", "C:\\Windows");
    decodes("\\x4", "\\x4");
    decodes("\\", "\\");
  }

  @Test
  void rawCharactersAreBytesAndOthersUtf8() {
    decodes("\u00ffSMB\u0000", 0xFF, 'S', 'M', 'B', 0);
    decodes("\u20ac", 0xE2, 0x82, 0xAC);
    decodes("\ud83d\ude00", 0xF0, 0x9F, 0x98, 0x80);
    decodes("\ud83d", 0xEF, 0xBF, 0xBD);
    decodes("", new int[0]);
  }

  @Test
  void jsonArrayWrapperIsUnwrapped() {
    decodes("[\"%FESMB\"]", 0xFE, 'S', 'M', 'B');
    decodes(" [ \"a\\\"b\\\\c\\u0001\\/\" , \"%41\" ] ", "a\"b\\c\u0001/A");
    decodes("[\"\\\\x41\"]", "A");
    decodes("[\"\\x41\"]", "A");
    decodes("[]", new int[0]);
  }

  @Test
  void textThatIsNotAJsonArrayStaysAsItIs() {
    decodes("[\"unterminated]", "[\"unterminated]");
    decodes("[\"a\" \"b\"]", "[\"a\" \"b\"]");
    decodes("[1,2]", "[1,2]");
    decodes("[\"\\u12\"]", "[\"\\u12\"]");
  }

  @Test
  void ntlmBase64InHttpHeadersIsDecodedInPlace() {
    byte[] type1 = PacketBuilder.ntlmType1();
    String b64 = Base64.getEncoder().encodeToString(type1);
    byte[] decoded = PacketText.toBytes("Authorization: NTLM " + b64 + "%0D%0A");
    byte[] want = PacketBuilder.cat("Authorization: NTLM ".getBytes(StandardCharsets.ISO_8859_1),
        type1, new byte[] {13, 10});
    assertArrayEquals(want, decoded);
  }

  @Test
  void negotiateBase64IsDecodedAndOtherBase64IsNot() {
    byte[] token = PacketBuilder.spnegoInit(PacketBuilder.ntlmType1());
    String b64 = Base64.getEncoder().encodeToString(token);
    assertArrayEquals(PacketBuilder.cat("WWW-Authenticate: Negotiate ".getBytes(
        StandardCharsets.ISO_8859_1), token), PacketText.toBytes("WWW-Authenticate: Negotiate "
        + b64));
    decodes("Basic dXNlcjpwYXNz", "Basic dXNlcjpwYXNz");
    decodes("Negotiate", "Negotiate");
    // Not at a token boundary: part of a longer base64 word.
    decodes("xTlRMTVNTUAAB", "xTlRMTVNTUAAB");
  }

  @Test
  void bufferIsReusedAcrossCallsWithoutLeaking() {
    PacketText decoder = new PacketText();
    int n = decoder.decode("%41%42%43%44%45");
    assertArrayEquals("ABCDE".getBytes(StandardCharsets.ISO_8859_1),
        java.util.Arrays.copyOf(decoder.bytes(), n));
    n = decoder.decode("Z");
    assertArrayEquals(new byte[] {'Z'}, java.util.Arrays.copyOf(decoder.bytes(), n));
  }
}
