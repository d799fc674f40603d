package dev.huntsql.functions.packet;

/**
 * What one packet text tells (its NTLMSSP message, its SMB version), decoded once per text.
 *
 * <p>A query usually asks several packet functions about the same row; each thread keeps the
 * facts of the last text it decoded, so the row's text is decoded once, not once per function.
 */
final class PacketFacts {
  private static final ThreadLocal<PacketFacts[]> LAST =
      ThreadLocal.withInitial(() -> new PacketFacts[1]);
  private static final PacketFacts NOTHING = new PacketFacts("", null, null);

  private final String text;
  private final NtlmMessage ntlm;
  private final Integer smbVersion;

  private PacketFacts(String text, NtlmMessage ntlm, Integer smbVersion) {
    this.text = text;
    this.ntlm = ntlm;
    this.smbVersion = smbVersion;
  }

  /** The facts of {@code text} (not null). */
  static PacketFacts of(String text) {
    PacketFacts[] last = LAST.get();
    PacketFacts cached = last[0];
    if (cached != null && (cached.text == text || cached.text.equals(text))) {
      return cached;
    }
    PacketFacts facts;
    try {
      PacketText decoder = PacketText.forThread();
      int n = decoder.decode(text);
      byte[] b = decoder.bytes();
      facts = new PacketFacts(text, NtlmMessage.find(b, n), smbVersion(b, n));
    } catch (RuntimeException e) {
      // Functions never throw on input; a text this broken simply tells nothing.
      facts = NOTHING;
    }
    last[0] = facts;
    return facts;
  }

  /** The NTLMSSP message at the first signature, or null. */
  NtlmMessage ntlm() {
    return ntlm;
  }

  /** 1 or 2 from the first SMB header ({@code FF 'SMB'} or {@code FE 'SMB'}), or null. */
  Integer smbVersion() {
    return smbVersion;
  }

  private static Integer smbVersion(byte[] b, int n) {
    for (int i = 0; i + 3 < n; i++) {
      if (b[i + 1] == 'S' && b[i + 2] == 'M' && b[i + 3] == 'B') {
        if (b[i] == (byte) 0xFF) {
          return 1;
        }
        if (b[i] == (byte) 0xFE) {
          return 2;
        }
      }
    }
    return null;
  }
}
