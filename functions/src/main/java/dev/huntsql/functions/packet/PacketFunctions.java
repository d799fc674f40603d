package dev.huntsql.functions.packet;

import dev.huntsql.functions.HuntFunction;

/**
 * NTLM and SMB facts read from packet text such as {@code NetworkSignatureInspected}'s
 * {@code SamplePacketContent}.
 *
 * <p>The text is decoded by {@link PacketText} (percent and {@code \x} escapes, raw characters,
 * the JSON array wrapper, base64 NTLM in HTTP headers); the NTLMSSP message is the one at the
 * first {@code NTLMSSP\0} signature. Every function answers NULL for NULL input and never throws.
 */
public final class PacketFunctions {
  static final String TYPE_1 = "Type 1 = client initiates (Negotiate)";
  static final String TYPE_2 = "Type 2 = server responds with Challenge";
  static final String TYPE_3 = "Type 3 = client sends response with credentials";
  static final String UNKNOWN = "Unknown / not extracted";
  /** A minimal OEM type 3 message: domain CORP, user bob, workstation WS1. */
  static final String TYPE_3_EXAMPLE = "NTLMSSP%00%03%00%00%00"
      + "%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00"
      + "%04%00%04%00@%00%00%00%03%00%03%00D%00%00%00%03%00%03%00G%00%00%00"
      + "%00%00%00%00%00%00%00%00%00%00%00%00CORPbobWS1";
  /** A minimal OEM type 2 message with target name CORP. */
  static final String TYPE_2_EXAMPLE = "NTLMSSP%00%02%00%00%00%04%00%04%00 %00%00%00"
      + "%00%00%00%00%00%00%00%00%00%00%00%00CORP";

  private PacketFunctions() {}

  @HuntFunction(name = "ntlm_msg_type",
      description = "NTLMSSP message type (1 negotiate, 2 challenge, 3 authenticate): the 4"
          + " little-endian bytes after the first NTLMSSP signature in packet text; 0 when none.",
      example = "ntlm_msg_type('%FESMB@%00%01%00%00%00 ... NTLMSSP%00%03%00%00%00')",
      result = "3")
  public static Integer ntlmMsgType(String packetText) {
    if (packetText == null) {
      return null;
    }
    NtlmMessage message = PacketFacts.of(packetText).ntlm();
    return message == null ? 0 : message.type();
  }

  @HuntFunction(name = "ntlm_msg_type_name",
      description = "Describes an NTLM message type number as the seed hunt labels it;"
          + " 'Unknown / not extracted' for any other value, 0 and NULL.",
      example = "ntlm_msg_type_name(3)",
      result = "Type 3 = client sends response with credentials")
  public static String ntlmMsgTypeName(Integer type) {
    if (type == null) {
      return UNKNOWN;
    }
    switch (type) {
      case 1:
        return TYPE_1;
      case 2:
        return TYPE_2;
      case 3:
        return TYPE_3;
      default:
        return UNKNOWN;
    }
  }

  @HuntFunction(name = "ntlm_user",
      description = "UserName of the NTLM type 3 (authenticate) message in packet text;"
          + " NULL when there is none or its buffer lies outside the packet.",
      example = "ntlm_user('" + TYPE_3_EXAMPLE + "')",
      result = "bob")
  public static String ntlmUser(String packetText) {
    NtlmMessage message = message(packetText);
    return message == null ? null : message.user();
  }

  @HuntFunction(name = "ntlm_domain",
      description = "DomainName of the NTLM type 3 (authenticate) message in packet text;"
          + " NULL when there is none or its buffer lies outside the packet.",
      example = "ntlm_domain('" + TYPE_3_EXAMPLE + "')",
      result = "CORP")
  public static String ntlmDomain(String packetText) {
    NtlmMessage message = message(packetText);
    return message == null ? null : message.domain();
  }

  @HuntFunction(name = "ntlm_workstation",
      description = "Workstation of the NTLM type 3 (authenticate) message in packet text;"
          + " NULL when there is none or its buffer lies outside the packet.",
      example = "ntlm_workstation('" + TYPE_3_EXAMPLE + "')",
      result = "WS1")
  public static String ntlmWorkstation(String packetText) {
    NtlmMessage message = message(packetText);
    return message == null ? null : message.workstation();
  }

  @HuntFunction(name = "ntlm_target_name",
      description = "TargetName of the NTLM type 2 (challenge) message in packet text;"
          + " NULL when there is none or its buffer lies outside the packet.",
      example = "ntlm_target_name('" + TYPE_2_EXAMPLE + "')",
      result = "CORP")
  public static String ntlmTargetName(String packetText) {
    NtlmMessage message = message(packetText);
    return message == null ? null : message.targetName();
  }

  @HuntFunction(name = "smb_version",
      description = "1 when the first SMB header in packet text is SMB1 (FF 'SMB'), 2 when it is"
          + " SMB2/3 (FE 'SMB'); NULL when there is none.",
      example = "smb_version('%FESMB@%00%01%00')",
      result = "2")
  public static Integer smbVersion(String packetText) {
    return packetText == null ? null : PacketFacts.of(packetText).smbVersion();
  }

  private static NtlmMessage message(String packetText) {
    return packetText == null ? null : PacketFacts.of(packetText).ntlm();
  }
}
