package dev.huntsql.functions.packet;

import java.nio.charset.StandardCharsets;

/**
 * The NTLMSSP message (MS-NLMP 2.2.1) at the first {@code NTLMSSP\0} signature in a packet.
 *
 * <p>Never throws: a field whose security buffer (length, max length, offset relative to the
 * signature) points outside the bytes is null; an empty buffer is {@code ""}. Strings are
 * UTF-16LE when NTLMSSP_NEGOTIATE_UNICODE (0x1) is set, otherwise OEM bytes read as ISO-8859-1;
 * a UTF-16LE buffer of odd length loses its last byte.
 */
public final class NtlmMessage {
  /** The type value when the signature is present but the message ends before its type field. */
  public static final int TRUNCATED = 0;

  private static final byte[] SIGNATURE = {'N', 'T', 'L', 'M', 'S', 'S', 'P', 0};
  private static final int UNICODE = 0x1;

  private final int type;
  private final String user;
  private final String domain;
  private final String workstation;
  private final String targetName;

  private NtlmMessage(int type, String user, String domain, String workstation, String targetName) {
    this.type = type;
    this.user = user;
    this.domain = domain;
    this.workstation = workstation;
    this.targetName = targetName;
  }

  /** Parses the message at the first signature in {@code b[0, len)}, or null when there is none. */
  public static NtlmMessage find(byte[] b, int len) {
    int at = indexOfSignature(b, len);
    if (at < 0) {
      return null;
    }
    int end = len - at;
    if (end < 12) {
      return new NtlmMessage(TRUNCATED, null, null, null, null);
    }
    // The 32-bit LE type; values above Integer.MAX_VALUE wrap to negative ints.
    int type = int32(b, at + 8);
    if (type == 3) {
      boolean unicode = end >= 64 && (int32(b, at + 60) & UNICODE) != 0;
      return new NtlmMessage(type,
          field(b, at, end, 36, unicode),
          field(b, at, end, 28, unicode),
          field(b, at, end, 44, unicode),
          null);
    }
    if (type == 2) {
      boolean unicode = end >= 24 && (int32(b, at + 20) & UNICODE) != 0;
      return new NtlmMessage(type, null, null, null, field(b, at, end, 12, unicode));
    }
    return new NtlmMessage(type, null, null, null, null);
  }

  /** The type: 1 negotiate, 2 challenge, 3 authenticate; {@link #TRUNCATED} if cut short. */
  public int type() {
    return type;
  }

  /** UserName of a type 3 message, else null. */
  public String user() {
    return user;
  }

  /** DomainName of a type 3 message, else null. */
  public String domain() {
    return domain;
  }

  /** Workstation of a type 3 message, else null. */
  public String workstation() {
    return workstation;
  }

  /** TargetName of a type 2 message, else null. */
  public String targetName() {
    return targetName;
  }

  static int indexOfSignature(byte[] b, int len) {
    int last = len - SIGNATURE.length;
    outer:
    for (int i = 0; i <= last; i++) {
      if (b[i] != 'N') {
        continue;
      }
      for (int k = 1; k < SIGNATURE.length; k++) {
        if (b[i + k] != SIGNATURE[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Reads the security buffer described at {@code fieldOffset} of the message at {@code at}. */
  private static String field(byte[] b, int at, int end, int fieldOffset, boolean unicode) {
    if (fieldOffset + 8 > end) {
      return null;
    }
    int length = int16(b, at + fieldOffset);
    long offset = int32(b, at + fieldOffset + 4) & 0xFFFFFFFFL;
    if (length == 0) {
      return "";
    }
    if (offset + length > end) {
      return null;
    }
    int from = at + (int) offset;
    if (unicode) {
      return new String(b, from, length & ~1, StandardCharsets.UTF_16LE);
    }
    return new String(b, from, length, StandardCharsets.ISO_8859_1);
  }

  private static int int16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int i) {
    return int16(b, i) | int16(b, i + 2) << 16;
  }
}
