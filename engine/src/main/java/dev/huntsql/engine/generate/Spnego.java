package dev.huntsql.engine.generate;

/** RFC 4178 SPNEGO tokens in DER, wrapping NTLMSSP messages as Windows clients send them. */
final class Spnego {
  static final byte[] OID_SPNEGO = der(0x06, new byte[] {0x2B, 0x06, 0x01, 0x05, 0x05, 0x02});
  static final byte[] OID_NTLMSSP =
      der(0x06, new byte[] {0x2B, 0x06, 0x01, 0x04, 0x01, (byte) 0x82, 0x37, 0x02, 0x02, 0x0A});
  static final byte[] OID_KRB5 =
      der(0x06, new byte[] {0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x12, 0x01, 0x02, 0x02});

  private Spnego() {}

  static byte[] der(int tag, byte[] content) {
    ByteWriter w = new ByteWriter().u8(tag);
    int n = content.length;
    if (n < 0x80) {
      w.u8(n);
    } else if (n < 0x100) {
      w.u8(0x81).u8(n);
    } else {
      w.u8(0x82).u16be(n);
    }
    return w.bytes(content).toBytes();
  }

  /** NegTokenInit offering the mechanisms, optionally with a first token. */
  static byte[] init(byte[] mechToken, byte[]... mechs) {
    byte[] body = der(0xA0, der(0x30, ByteWriter.concat(mechs)));
    if (mechToken != null) {
      body = ByteWriter.concat(body, der(0xA2, der(0x04, mechToken)));
    }
    return der(0x60, ByteWriter.concat(OID_SPNEGO, der(0xA0, der(0x30, body))));
  }

  /** NegTokenResp; a negative state leaves negState out. */
  static byte[] response(int state, boolean mech, byte[] token, byte[] mic) {
    ByteWriter body = new ByteWriter();
    if (state >= 0) {
      body.bytes(der(0xA0, der(0x0A, new byte[] {(byte) state})));
    }
    if (mech) {
      body.bytes(der(0xA1, OID_NTLMSSP));
    }
    if (token != null) {
      body.bytes(der(0xA2, der(0x04, token)));
    }
    if (mic != null) {
      body.bytes(der(0xA3, der(0x04, mic)));
    }
    return der(0xA1, der(0x30, body.toBytes()));
  }
}
