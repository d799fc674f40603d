package dev.huntsql.functions.packet;

import static dev.huntsql.functions.packet.PacketFunctions.ntlmDomain;
import static dev.huntsql.functions.packet.PacketFunctions.ntlmMsgType;
import static dev.huntsql.functions.packet.PacketFunctions.ntlmMsgTypeName;
import static dev.huntsql.functions.packet.PacketFunctions.ntlmTargetName;
import static dev.huntsql.functions.packet.PacketFunctions.ntlmUser;
import static dev.huntsql.functions.packet.PacketFunctions.ntlmWorkstation;
import static dev.huntsql.functions.packet.PacketFunctions.smbVersion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.functions.HuntFunction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PacketFunctionsTest {
  private static final byte[] TYPE_3 =
      PacketBuilder.ntlmType3("CONTOSO", "alice", "WS-042", PacketBuilder.UNICODE);
  private static final byte[] SMB2_TYPE_3 =
      PacketBuilder.smb2SessionSetup(PacketBuilder.spnegoResponse(TYPE_3));

  @Test
  void smb2HeaderWith01000000BeforeAType3IsType3() {
    String text = PacketRendering.percent(SMB2_TYPE_3);
    assertTrue(text.indexOf("%01%00%00%00") < text.indexOf("NTLMSSP"),
        "the fixture must contain the pattern the seed hunt's heuristic trips on: " + text);
    assertEquals(3, ntlmMsgType(text));
    assertEquals("alice", ntlmUser(text));
    assertEquals("CONTOSO", ntlmDomain(text));
    assertEquals("WS-042", ntlmWorkstation(text));
    assertNull(ntlmTargetName(text));
    assertEquals(2, smbVersion(text));
  }

  @Test
  void spnegoWrappedRawAndSmb1AllWork() {
    byte[] type1 = PacketBuilder.ntlmType1();
    assertEquals(1, ntlmMsgType(PacketRendering.percent(
        PacketBuilder.smb2SessionSetup(PacketBuilder.spnegoInit(type1)))));
    assertEquals(1, ntlmMsgType(PacketRendering.percent(PacketBuilder.smb2SessionSetup(type1))));
    byte[] type2 = PacketBuilder.ntlmType2("FILESRV", PacketBuilder.UNICODE);
    String smb1 = PacketRendering.percent(PacketBuilder.smb1SessionSetup(type2));
    assertEquals(2, ntlmMsgType(smb1));
    assertEquals("FILESRV", ntlmTargetName(smb1));
    assertNull(ntlmUser(smb1));
    assertEquals(1, smbVersion(smb1));
  }

  @Test
  void httpBase64Blobs() {
    String type3 = PacketRendering.httpAuthorization("NTLM", TYPE_3);
    assertEquals(3, ntlmMsgType(type3));
    assertEquals("alice", ntlmUser(type3));
    assertNull(smbVersion(type3));
    String negotiate = PacketRendering.httpAuthorization("Negotiate",
        PacketBuilder.spnegoResponse(TYPE_3));
    assertEquals(3, ntlmMsgType(negotiate));
    assertEquals("WS-042", ntlmWorkstation(negotiate));
    String challenge = "HTTP/1.1 401 Unauthorized%0D%0AWWW-Authenticate: NTLM "
        + java.util.Base64.getEncoder().encodeToString(
            PacketBuilder.ntlmType2("SP", PacketBuilder.UNICODE)) + "%0D%0A%0D%0A";
    assertEquals(2, ntlmMsgType(challenge));
    assertEquals("SP", ntlmTargetName(challenge));
  }

  @Test
  void everyTextFormOfTheSameBytesGivesTheSameAnswers() {
    List<String> forms = List.of(
        PacketRendering.percent(SMB2_TYPE_3),
        PacketRendering.percentLower(SMB2_TYPE_3),
        PacketRendering.backslashX(SMB2_TYPE_3),
        PacketRendering.allPercent(SMB2_TYPE_3),
        PacketRendering.raw(SMB2_TYPE_3),
        PacketRendering.jsonArray(PacketRendering.percent(SMB2_TYPE_3)),
        PacketRendering.jsonArray(PacketRendering.backslashX(SMB2_TYPE_3)),
        PacketRendering.jsonArray(PacketRendering.raw(SMB2_TYPE_3)));
    for (String text : forms) {
      assertEquals(3, ntlmMsgType(text), text);
      assertEquals("alice", ntlmUser(text), text);
      assertEquals("CONTOSO", ntlmDomain(text), text);
      assertEquals("WS-042", ntlmWorkstation(text), text);
      assertEquals(2, smbVersion(text), text);
    }
  }

  @Test
  void noNtlmIsZeroAndNullIsNull() {
    assertEquals(0, ntlmMsgType(""));
    assertEquals(0, ntlmMsgType("%FESMB@%00%01%00%00%00%00%00%01%00%00%01%00%00%00"));
    assertEquals(0, ntlmMsgType("NTLMSSP without its NUL"));
    assertEquals(0, ntlmMsgType("NTLMSSP%00%03"));
    assertNull(ntlmMsgType(null));
    assertNull(ntlmUser(null));
    assertNull(ntlmDomain(null));
    assertNull(ntlmWorkstation(null));
    assertNull(ntlmTargetName(null));
    assertNull(smbVersion(null));
    assertNull(ntlmUser("%FESMB"));
  }

  @Test
  void typeNamesAreTheSeedHuntsTexts() {
    assertEquals("Type 1 = client initiates (Negotiate)", ntlmMsgTypeName(1));
    assertEquals("Type 2 = server responds with Challenge", ntlmMsgTypeName(2));
    assertEquals("Type 3 = client sends response with credentials", ntlmMsgTypeName(3));
    assertEquals("Unknown / not extracted", ntlmMsgTypeName(0));
    assertEquals("Unknown / not extracted", ntlmMsgTypeName(4));
    assertEquals("Unknown / not extracted", ntlmMsgTypeName(-1));
    assertEquals("Unknown / not extracted", ntlmMsgTypeName(null));
  }

  @Test
  void smbVersionFirstHeaderWins() {
    assertEquals(1, smbVersion("%FFSMBr%00"));
    assertEquals(2, smbVersion("%feSMB@"));
    assertEquals(2, smbVersion("\\xfeSMB"));
    assertEquals(1, smbVersion("%FFSMB...%FESMB"));
    assertEquals(2, smbVersion("%FESMB...%FFSMB"));
    assertNull(smbVersion("SMB"));
    assertNull(smbVersion("%FDSMB"));
    assertNull(smbVersion(""));
  }

  @Test
  void repeatedCallsOnTheSameRowAgree() {
    String a = PacketRendering.percent(SMB2_TYPE_3);
    String b = PacketRendering.percent(PacketBuilder.ntlmType2("X", PacketBuilder.OEM));
    for (int i = 0; i < 3; i++) {
      assertEquals("alice", ntlmUser(a));
      assertEquals("X", ntlmTargetName(b));
      assertEquals(3, ntlmMsgType(new String(a)));
    }
  }

  /** Runs each example whose arguments are plain literals and compares with its result. */
  @Test
  void examplesReturnTheirDocumentedResults() throws Exception {
    Pattern call = Pattern.compile("(\\w+)\\((?:'([^']*)'|(\\d+))\\)");
    int checked = 0;
    for (Method m : PacketFunctions.class.getDeclaredMethods()) {
      HuntFunction f = m.getAnnotation(HuntFunction.class);
      if (f == null) {
        continue;
      }
      assertTrue(Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()));
      Matcher match = call.matcher(f.example());
      assertTrue(match.matches(), f.example());
      assertEquals(f.name(), match.group(1));
      Object arg = match.group(2) != null ? match.group(2) : Integer.valueOf(match.group(3));
      Object result = m.invoke(null, arg);
      assertNotNull(result, f.name());
      assertEquals(f.result(), String.valueOf(result), f.name());
      checked++;
    }
    assertEquals(7, checked);
  }
}
