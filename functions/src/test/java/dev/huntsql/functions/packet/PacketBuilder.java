package dev.huntsql.functions.packet;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds test packets from the documented formats: NTLMSSP (MS-NLMP), SPNEGO DER, SMB1/SMB2. */
final class PacketBuilder {
  static final int UNICODE = 0x1;
  static final int OEM = 0x2;
  private static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.ISO_8859_1);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  static PacketBuilder create() {
    return new PacketBuilder();
  }

  PacketBuilder bytes(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  PacketBuilder bytes(int... values) {
    for (int v : values) {
      out.write(v);
    }
    return this;
  }

  PacketBuilder ascii(String s) {
    return bytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  PacketBuilder u16(int v) {
    return bytes(v & 0xFF, v >>> 8 & 0xFF);
  }

  PacketBuilder u32(long v) {
    return u16((int) (v & 0xFFFF)).u16((int) (v >>> 16 & 0xFFFF));
  }

  PacketBuilder u64(long v) {
    return u32(v & 0xFFFFFFFFL).u32(v >>> 32);
  }

  PacketBuilder zeros(int n) {
    return bytes(new byte[n]);
  }

  /** A security buffer: length, max length, offset. */
  PacketBuilder field(int length, long offset) {
    return u16(length).u16(length).u32(offset);
  }

  int size() {
    return out.size();
  }

  byte[] build() {
    return out.toByteArray();
  }

  /** NEGOTIATE (type 1) with no domain or workstation. */
  static byte[] ntlmType1() {
    return create().bytes(SIGNATURE).u32(1).u32(0x62888215L).field(0, 0).field(0, 0)
        .bytes(6, 1, 0xB0, 0x1D, 0, 0, 0, 0x0F).build();
  }

  /** CHALLENGE (type 2) naming {@code target}. */
  static byte[] ntlmType2(String target, int flags) {
    byte[] name = text(target, flags);
    int payload = 56;
    return create().bytes(SIGNATURE).u32(2).field(name.length, payload).u32(flags)
        .bytes(1, 2, 3, 4, 5, 6, 7, 8).zeros(8).field(0, payload + name.length)
        .bytes(10, 0, 0x39, 0x38, 0, 0, 0, 0x0F).bytes(name).build();
  }

  /** AUTHENTICATE (type 3) for {@code domain\\user} from {@code workstation}. */
  static byte[] ntlmType3(String domain, String user, String workstation, int flags) {
    byte[] d = text(domain, flags);
    byte[] u = text(user, flags);
    byte[] w = text(workstation, flags);
    int lm = 72;
    int nt = lm + 24;
    int dOff = nt + 24;
    int uOff = dOff + d.length;
    int wOff = uOff + u.length;
    int end = wOff + w.length;
    // The NT response of a real NTLMv2 logon contains 01 01 00 00 and 01 00 00 00 too.
    byte[] ntResponse = create().zeros(16).bytes(1, 1, 0, 0, 1, 0, 0, 0).build();
    return create().bytes(SIGNATURE).u32(3).field(24, lm).field(24, nt).field(d.length, dOff)
        .field(u.length, uOff).field(w.length, wOff).field(0, end).u32(flags)
        .bytes(10, 0, 0x63, 0x45, 0, 0, 0, 0x0F)
        .zeros(24).bytes(ntResponse).bytes(d).bytes(u).bytes(w).build();
  }

  static byte[] text(String s, int flags) {
    return s.getBytes((flags & UNICODE) != 0 ? StandardCharsets.UTF_16LE
        : StandardCharsets.ISO_8859_1);
  }

  /** SPNEGO negTokenResp carrying {@code ntlm} as its responseToken (DER). */
  static byte[] spnegoResponse(byte[] ntlm) {
    return der(0xA1, der(0x30, der(0xA2, der(0x04, ntlm))));
  }

  /** SPNEGO negTokenInit (GSS-API wrapped) offering NTLM and carrying {@code ntlm} as mechToken. */
  static byte[] spnegoInit(byte[] ntlm) {
    byte[] spnegoOid = {0x06, 0x06, 0x2B, 0x06, 0x01, 0x05, 0x05, 0x02};
    byte[] ntlmOid = {0x06, 0x0A, 0x2B, 0x06, 0x01, 0x04, 0x01, (byte) 0x82, 0x37, 0x02, 0x02, 0x0A};
    byte[] init = der(0xA0, der(0x30, cat(der(0xA0, der(0x30, ntlmOid)), der(0xA2, der(0x04,
        ntlm)))));
    return der(0x60, cat(spnegoOid, init));
  }

  static byte[] der(int tag, byte[] content) {
    PacketBuilder b = create().bytes(tag);
    int n = content.length;
    if (n < 0x80) {
      b.bytes(n);
    } else if (n < 0x100) {
      b.bytes(0x81, n);
    } else {
      b.bytes(0x82, n >>> 8, n & 0xFF);
    }
    return b.bytes(content).build();
  }

  static byte[] cat(byte[]... parts) {
    PacketBuilder b = create();
    for (byte[] p : parts) {
      b.bytes(p);
    }
    return b.build();
  }

  /**
   * An SMB2 SESSION_SETUP request (MS-SMB2 2.2.1.2, 2.2.5) as a Windows client sends it: its
   * header holds 01 00 00 00 at offset 6 (CreditCharge 1, Status 0) and at 24 (MessageId 1),
   * its Capabilities are 0x00000001 (DFS).
   */
  static byte[] smb2SessionSetup(byte[] securityBuffer) {
    PacketBuilder b = create().bytes(0xFE).ascii("SMB").u16(64).u16(1).u32(0).u16(1).u16(1)
        .u32(0).u32(0).u64(1).u32(0xFEFF).u32(0).u64(0).zeros(16);
    b.u16(25).bytes(0, 1).u32(1).u32(0).u16(64 + 24).u16(securityBuffer.length).u64(0);
    return b.bytes(securityBuffer).build();
  }

  /** An SMB1 SESSION_SETUP_ANDX request header (MS-CIFS 2.2.3.1) followed by {@code payload}. */
  static byte[] smb1SessionSetup(byte[] payload) {
    return create().bytes(0xFF).ascii("SMB").bytes(0x73).u32(0).bytes(0x18).u16(0xC807).zeros(12)
        .u16(0xFFFF).u16(1).u16(0).u16(1).bytes(12).zeros(24).bytes(payload).build();
  }
}
