package dev.huntsql.engine.generate;

import java.util.SplittableRandom;

/** NTLMSSP NEGOTIATE, CHALLENGE and AUTHENTICATE messages built field by field per [MS-NLMP]. */
final class NtlmMessages {
  static final byte[] SIGNATURE = {'N', 'T', 'L', 'M', 'S', 'S', 'P', 0};
  /** Windows FILETIME of 2025-09-01T09:00:00Z, the clock the messages carry. */
  static final long FILETIME = (1756717200L + 11644473600L) * 10_000_000L;

  private final SplittableRandom random;

  NtlmMessages(SplittableRandom random) {
    this.random = random;
  }

  byte[] negotiate(long flags, int[] version) {
    ByteWriter w = new ByteWriter().bytes(SIGNATURE).u32(1).u32(flags);
    fields(w, 0, 40);
    fields(w, 0, 40);
    return version(w, version).toBytes();
  }

  byte[] challenge(String target, String dnsDomain, String computer, long flags, int[] version) {
    ByteWriter name = new ByteWriter().utf16(target);
    ByteWriter info = new ByteWriter();
    avPair(info, 2, new ByteWriter().utf16(target).toBytes());
    avPair(info, 1, new ByteWriter().utf16(computer).toBytes());
    avPair(info, 4, new ByteWriter().utf16(dnsDomain).toBytes());
    avPair(info, 3, new ByteWriter().utf16(computer.toLowerCase() + "." + dnsDomain).toBytes());
    avPair(info, 7, new ByteWriter().u64(FILETIME).toBytes());
    info.u16(0).u16(0);
    int fixed = 56;
    ByteWriter w = new ByteWriter().bytes(SIGNATURE).u32(2);
    fields(w, name.size(), fixed);
    w.u32(flags).bytes(random(8)).zeros(8);
    fields(w, info.size(), fixed + name.size());
    return version(w, version).bytes(name.toBytes()).bytes(info.toBytes()).toBytes();
  }

  byte[] authenticate(String user, String domain, String workstation, String spn, boolean anonymous,
      long flags, int[] version) {
    byte[] dom = new ByteWriter().utf16(domain).toBytes();
    byte[] usr = new ByteWriter().utf16(user).toBytes();
    byte[] wks = new ByteWriter().utf16(workstation).toBytes();
    byte[] lm;
    byte[] nt;
    byte[] sessionKey;
    if (anonymous) {
      lm = new byte[1];
      nt = new byte[0];
      sessionKey = new byte[0];
    } else {
      lm = new byte[24];
      ByteWriter pairs = new ByteWriter();
      avPair(pairs, 6, new ByteWriter().u32(2).toBytes());
      avPair(pairs, 7, new ByteWriter().u64(FILETIME).toBytes());
      avPair(pairs, 9, new ByteWriter().utf16(spn).toBytes());
      pairs.u16(0).u16(0);
      byte[] blob = new ByteWriter().u8(1).u8(1).u16(0).zeros(4).u64(FILETIME + 123456789L)
          .bytes(random(8)).zeros(4).bytes(pairs.toBytes()).zeros(4).toBytes();
      nt = ByteWriter.concat(random(16), blob);
      sessionKey = random(16);
    }
    byte[][] parts = {dom, usr, wks, lm, nt, sessionKey};
    int[] offsets = new int[parts.length];
    int offset = 88;
    for (int i = 0; i < parts.length; i++) {
      offsets[i] = offset;
      offset += parts[i].length;
    }
    ByteWriter w = new ByteWriter().bytes(SIGNATURE).u32(3);
    fields(w, lm.length, offsets[3]);
    fields(w, nt.length, offsets[4]);
    fields(w, dom.length, offsets[0]);
    fields(w, usr.length, offsets[1]);
    fields(w, wks.length, offsets[2]);
    fields(w, sessionKey.length, offsets[5]);
    w.u32(flags);
    version(w, version);
    w.bytes(anonymous ? new byte[16] : random(16));
    for (byte[] part : parts) {
      w.bytes(part);
    }
    return w.toBytes();
  }

  /** NTLMSSP_MESSAGE_SIGNATURE as SPNEGO's mechListMIC carries it. */
  byte[] mechListMic() {
    return new ByteWriter().u32(1).bytes(random(8)).u32(0).toBytes();
  }

  byte[] random(int count) {
    byte[] bytes = new byte[count];
    for (int i = 0; i < count; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static void fields(ByteWriter w, int length, int offset) {
    w.u16(length).u16(length).u32(offset);
  }

  private static ByteWriter version(ByteWriter w, int[] version) {
    return w.u8(version[0]).u8(version[1]).u16(version[2]).zeros(3).u8(15);
  }

  private static void avPair(ByteWriter w, int id, byte[] value) {
    w.u16(id).u16(value.length).bytes(value);
  }
}
