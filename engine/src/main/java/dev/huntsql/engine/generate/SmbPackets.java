package dev.huntsql.engine.generate;

import java.util.SplittableRandom;

/** SMB1 ([MS-SMB]) and SMB2/3 ([MS-SMB2]) negotiate and session-setup packets. */
final class SmbPackets {
  static final int NEGOTIATE = 0x0000;
  static final int SESSION_SETUP = 0x0001;
  static final long STATUS_MORE_PROCESSING_REQUIRED = 0xC0000016L;
  static final long STATUS_LOGON_FAILURE = 0xC000006DL;
  static final long STATUS_ACCESS_DENIED = 0xC0000022L;
  private static final String[] LEGACY_DIALECTS = {"PC NETWORK PROGRAM 1.0", "LANMAN1.0",
      "Windows for Workgroups 3.1a", "LM1.2X002", "LANMAN2.1", "NT LM 0.12"};

  private final SplittableRandom random;

  SmbPackets(SplittableRandom random) {
    this.random = random;
  }

  byte[] smb2Header(int command, long messageId, boolean response, long status, int creditCharge,
      int credits, long sessionId, boolean signed) {
    long flags = response ? 1 : 0;
    if (signed) {
      flags |= 8;
    }
    ByteWriter w = new ByteWriter().u8(0xFE).ascii("SMB").u16(64).u16(creditCharge).u32(status)
        .u16(command).u16(credits).u32(flags).u32(0).u64(messageId).u32(0xFEFF).u32(0)
        .u64(sessionId);
    return (signed ? w.bytes(random(16)) : w.zeros(16)).toBytes();
  }

  byte[] smb2NegotiateRequest(int... dialects) {
    ByteWriter body = new ByteWriter().u16(36).u16(dialects.length).u16(1).u16(0).u32(0x7F)
        .bytes(random(16)).u64(0);
    for (int dialect : dialects) {
      body.u16(dialect);
    }
    return ByteWriter.concat(smb2Header(NEGOTIATE, 0, false, 0, 0, 31, 0, false), body.toBytes());
  }

  byte[] smb2NegotiateResponse(int dialect) {
    byte[] security = Spnego.init(null, Spnego.OID_KRB5, Spnego.OID_NTLMSSP);
    ByteWriter body = new ByteWriter().u16(65).u16(1).u16(dialect).u16(0).bytes(random(16))
        .u32(0x2F).u32(8388608).u32(8388608).u32(8388608)
        .u64(NtlmMessages.FILETIME + 987654321L).u64(0).u16(0x80).u16(security.length).u32(0)
        .bytes(security);
    return ByteWriter.concat(smb2Header(NEGOTIATE, 0, true, 0, 0, 1, 0, false), body.toBytes());
  }

  byte[] smb2SessionSetupRequest(long messageId, byte[] token, long sessionId, int creditCharge,
      int capabilities) {
    ByteWriter body = new ByteWriter().u16(25).u8(0).u8(1).u32(capabilities).u32(0).u16(0x58)
        .u16(token.length).u64(0).bytes(token);
    return ByteWriter.concat(
        smb2Header(SESSION_SETUP, messageId, false, 0, creditCharge, 33, sessionId, false),
        body.toBytes());
  }

  byte[] smb2SessionSetupResponse(long messageId, byte[] token, long sessionId, long status,
      boolean signed, int creditCharge) {
    ByteWriter body = new ByteWriter().u16(9).u16(0).u16(0x48).u16(token.length).bytes(token);
    return ByteWriter.concat(
        smb2Header(SESSION_SETUP, messageId, true, status, creditCharge, 1, sessionId, signed),
        body.toBytes());
  }

  byte[] smb2ErrorResponse(int command, long messageId, long status, long sessionId) {
    byte[] body = new ByteWriter().u16(9).u8(0).u8(0).u32(0).u8(0).toBytes();
    return ByteWriter.concat(smb2Header(command, messageId, true, status, 1, 1, sessionId, false), body);
  }

  byte[] smb1Header(int command, int mid, boolean response, long status, int uid) {
    return new ByteWriter().u8(0xFF).ascii("SMB").u8(command).u32(status).u8(response ? 0x98 : 0x18)
        .u16(0xC807).u16(0).zeros(8).u16(0).u16(0xFFFF).u16(0xFEFF).u16(uid).u16(mid).toBytes();
  }

  byte[] smb1NegotiateRequest() {
    ByteWriter data = new ByteWriter();
    for (String dialect : LEGACY_DIALECTS) {
      data.u8(2).ascii(dialect).u8(0);
    }
    return new ByteWriter().bytes(smb1Header(0x72, 0, false, 0, 0)).u8(0).u16(data.size())
        .bytes(data.toBytes()).toBytes();
  }

  byte[] smb1SessionSetupRequest(byte[] token, int mid, int uid) {
    byte[] nativeOs = new ByteWriter().utf16("Windows 10 Pro 19045\0").utf16("Windows 10 Pro 6.3\0").toBytes();
    ByteWriter words = new ByteWriter().u8(0xFF).u8(0).u16(0).u16(16644).u16(50).u16(0).u32(0)
        .u16(token.length).u32(0).u32(0x8000E3D4L);
    byte[] data = new ByteWriter().bytes(token).u8(0).bytes(nativeOs).toBytes();
    return new ByteWriter().bytes(smb1Header(0x73, mid, false, 0, uid)).u8(12).bytes(words.toBytes())
        .u16(data.length).bytes(data).toBytes();
  }

  byte[] smb1SessionSetupResponse(byte[] token, int mid, int uid, long status) {
    ByteWriter words = new ByteWriter().u8(0xFF).u8(0).u16(0).u16(0).u16(token.length);
    byte[] data = new ByteWriter().bytes(token).utf16("Unix\0").utf16("Samba 4.15.13\0").toBytes();
    return new ByteWriter().bytes(smb1Header(0x73, mid, true, status, uid)).u8(4).bytes(words.toBytes())
        .u16(data.length).bytes(data).toBytes();
  }

  private byte[] random(int count) {
    byte[] bytes = new byte[count];
    for (int i = 0; i < count; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }
}
