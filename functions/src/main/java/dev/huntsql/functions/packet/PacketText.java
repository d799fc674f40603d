package dev.huntsql.functions.packet;

import java.util.Arrays;

/**
 * Turns packet text as Defender writes it back into the packet's bytes, in one pass over the text.
 *
 * <p>Rules, applied left to right:
 * <ul>
 *   <li>A text of the form {@code ["...", ...]} (the JSON array Defender puts around
 *       {@code SamplePacketContent}) is unwrapped first: its strings are JSON-unescaped and joined
 *       (a backslash JSON does not define, as in {@code \x01}, is kept for the next rule). Text
 *       that only looks like such an array but does not parse stays as it is.</li>
 *   <li>{@code %XX} (upper or lower case hex) is the byte XX; a {@code %} not followed by two hex
 *       digits is the byte {@code %} itself.</li>
 *   <li>{@code \xXX} is the byte XX; any other backslash is the byte {@code \}. (Defender keeps
 *       a packet's own backslash as is, so packet bytes that spell {@code \x41} read as one byte;
 *       this cannot be told apart.)</li>
 *   <li>A run of base64 starting with {@code TlRMTVNT} (base64 of {@code NTLMSS}), or following
 *       {@code Negotiate } (SPNEGO in HTTP), is replaced by the bytes it encodes, so NTLM messages
 *       from {@code Authorization} / {@code WWW-Authenticate} headers are found like raw ones.
 *       Only literal base64 characters count (Defender keeps printable ASCII as is).</li>
 *   <li>Any other character U+0000..U+00FF is that byte; others are their UTF-8 bytes.</li>
 * </ul>
 *
 * <p>The JSON wrapper, when present, costs one extra pass; everything else is decided char by
 * char with at most a few chars of look-ahead, into buffers kept per instance. An instance is not
 * thread-safe; {@link #forThread()} gives each thread its own.
 */
public final class PacketText {
  private static final ThreadLocal<PacketText> PER_THREAD =
      ThreadLocal.withInitial(PacketText::new);
  /** Buffers grown beyond this are dropped after use so one huge row does not pin memory. */
  private static final int KEEP_LIMIT = 1 << 20;
  private static final byte[] HEX = new byte[128];
  private static final byte[] B64 = new byte[128];
  private static final char[] NTLM_B64 = "TlRMTVNT".toCharArray();
  private static final char[] NEGOTIATE = "negotiate ".toCharArray();

  static {
    Arrays.fill(HEX, (byte) -1);
    Arrays.fill(B64, (byte) -1);
    for (int i = 0; i < 10; i++) {
      HEX['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      HEX['a' + i] = (byte) (10 + i);
      HEX['A' + i] = (byte) (10 + i);
    }
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; i++) {
      B64[alphabet.charAt(i)] = (byte) i;
    }
  }

  private char[] chars = new char[512];
  private byte[] out = new byte[1536];
  private int length;

  /** The calling thread's decoder. */
  public static PacketText forThread() {
    return PER_THREAD.get();
  }

  /** Decodes {@code text} into a new array (for tests and tools; functions reuse buffers). */
  public static byte[] toBytes(String text) {
    PacketText decoder = new PacketText();
    int n = decoder.decode(text);
    return Arrays.copyOf(decoder.out, n);
  }

  /** Decodes {@code text}; the result is {@link #bytes()} up to the returned length. */
  public int decode(String text) {
    int n = text.length();
    if (chars.length < n || chars.length > KEEP_LIMIT) {
      chars = new char[Math.max(n, 512)];
    }
    text.getChars(0, n, chars, 0);
    int unwrapped = unwrapJsonArray(chars, n);
    if (unwrapped >= 0) {
      n = unwrapped;
    }
    // Each char gives at most 3 bytes (a surrogate pair: 2 chars, 4 bytes).
    if (out.length < 3 * n || out.length > 3 * KEEP_LIMIT) {
      out = new byte[Math.max(3 * n, 1536)];
    }
    length = decodeChars(chars, n, out);
    return length;
  }

  /** The bytes of the last {@link #decode}; only the first {@link #length()} are meaningful. */
  public byte[] bytes() {
    return out;
  }

  /** How many bytes the last {@link #decode} produced. */
  public int length() {
    return length;
  }

  private static int decodeChars(char[] c, int n, byte[] out) {
    int o = 0;
    int i = 0;
    while (i < n) {
      char ch = c[i];
      if (ch == '%' && i + 2 < n && hex(c[i + 1]) >= 0 && hex(c[i + 2]) >= 0) {
        out[o++] = (byte) (hex(c[i + 1]) << 4 | hex(c[i + 2]));
        i += 3;
      } else if (ch == '\\' && i + 3 < n && (c[i + 1] == 'x' || c[i + 1] == 'X')
          && hex(c[i + 2]) >= 0 && hex(c[i + 3]) >= 0) {
        out[o++] = (byte) (hex(c[i + 2]) << 4 | hex(c[i + 3]));
        i += 4;
      } else if (ch < 128 && B64[ch] >= 0 && startsNtlmBase64(c, i, n, out, o)) {
        int end = base64End(c, i, n);
        o = decodeBase64(c, i, end, out, o);
        i = end;
      } else if (ch <= 0xFF) {
        out[o++] = (byte) ch;
        i++;
      } else {
        boolean pair = Character.isHighSurrogate(ch) && i + 1 < n
            && Character.isLowSurrogate(c[i + 1]);
        int cp = pair ? Character.toCodePoint(ch, c[i + 1])
            : Character.isSurrogate(ch) ? 0xFFFD : ch;
        o = utf8(cp, out, o);
        i += pair ? 2 : 1;
      }
    }
    return o;
  }

  private static int hex(char ch) {
    return ch < 128 ? HEX[ch] : -1;
  }

  private static boolean isB64(char ch) {
    return ch < 128 && B64[ch] >= 0;
  }

  /**
   * True when an NTLM or SPNEGO base64 token starts at {@code c[i]}. What comes before is judged
   * on the bytes already decoded, so {@code %20TlRM...} and {@code " TlRM..."} agree.
   */
  private static boolean startsNtlmBase64(char[] c, int i, int n, byte[] out, int o) {
    if (o > 0 && (isB64((char) (out[o - 1] & 0xFF)) || out[o - 1] == '=')) {
      return false;
    }
    if (c[i] == 'T' && i + NTLM_B64.length <= n && Arrays.equals(c, i, i + NTLM_B64.length,
        NTLM_B64, 0, NTLM_B64.length)) {
      return true;
    }
    int start = o - NEGOTIATE.length;
    if (start < 0) {
      return false;
    }
    for (int k = 0; k < NEGOTIATE.length; k++) {
      int ch = out[start + k] & 0xFF;
      if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != NEGOTIATE[k]) {
        return false;
      }
    }
    return base64End(c, i, n) - i >= 8;
  }

  private static int base64End(char[] c, int i, int n) {
    int j = i;
    while (j < n && isB64(c[j])) {
      j++;
    }
    int pad = 0;
    while (j < n && pad < 2 && c[j] == '=') {
      j++;
      pad++;
    }
    return j;
  }

  private static int decodeBase64(char[] c, int from, int to, byte[] out, int o) {
    int bits = 0;
    int count = 0;
    for (int i = from; i < to; i++) {
      char ch = c[i];
      if (ch == '=') {
        break;
      }
      bits = bits << 6 | B64[ch];
      count += 6;
      if (count >= 8) {
        count -= 8;
        out[o++] = (byte) (bits >> count);
        bits &= (1 << count) - 1;
      }
    }
    return o;
  }

  private static int utf8(int cp, byte[] out, int o) {
    if (cp < 0x800) {
      out[o++] = (byte) (0xC0 | cp >> 6);
      out[o++] = (byte) (0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      out[o++] = (byte) (0xE0 | cp >> 12);
      out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[o++] = (byte) (0x80 | cp & 0x3F);
    } else {
      out[o++] = (byte) (0xF0 | cp >> 18);
      out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
      out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[o++] = (byte) (0x80 | cp & 0x3F);
    }
    return o;
  }

  /**
   * If {@code c[0..n)} is a JSON array of strings, writes the joined, unescaped strings over
   * {@code c} (never longer than the input) and returns their length; otherwise returns -1 and
   * leaves {@code c} as it was.
   */
  static int unwrapJsonArray(char[] c, int n) {
    int i = skipSpace(c, 0, n);
    if (i >= n || c[i] != '[') {
      return -1;
    }
    int end = n;
    while (end > i && isSpace(c[end - 1])) {
      end--;
    }
    if (end - i < 2 || c[end - 1] != ']') {
      return -1;
    }
    // Validate first, then rewrite: a failed parse must leave the text untouched.
    if (scanArray(c, i + 1, end - 1, null) < 0) {
      return -1;
    }
    return scanArray(c, i + 1, end - 1, c);
  }

  /** Parses {@code "s", "s", ...} in c[from, to); writes unescaped text to w when not null. */
  private static int scanArray(char[] c, int from, int to, char[] w) {
    int o = 0;
    int i = skipSpace(c, from, to);
    if (i == to) {
      return 0;
    }
    while (true) {
      if (i >= to || c[i] != '"') {
        return -1;
      }
      i++;
      while (true) {
        if (i >= to) {
          return -1;
        }
        char ch = c[i];
        if (ch == '"') {
          i++;
          break;
        }
        if (ch != '\\') {
          if (w != null) {
            w[o] = ch;
          }
          o++;
          i++;
          continue;
        }
        if (i + 1 >= to) {
          return -1;
        }
        char e = c[i + 1];
        char value;
        int used = 2;
        switch (e) {
          case '"': value = '"'; break;
          case '\\': value = '\\'; break;
          case '/': value = '/'; break;
          case 'b': value = '\b'; break;
          case 'f': value = '\f'; break;
          case 'n': value = '\n'; break;
          case 'r': value = '\r'; break;
          case 't': value = '\t'; break;
          case 'u':
            if (i + 5 >= to) {
              return -1;
            }
            int v = 0;
            for (int k = 2; k < 6; k++) {
              int h = hex(c[i + k]);
              if (h < 0) {
                return -1;
              }
              v = v << 4 | h;
            }
            value = (char) v;
            used = 6;
            break;
          default:
            // Not JSON; keep the backslash so an escape like \x01 reaches the next stage.
            value = '\\';
            used = 1;
            break;
        }
        if (w != null) {
          w[o] = value;
        }
        o++;
        i += used;
      }
      i = skipSpace(c, i, to);
      if (i == to) {
        return o;
      }
      if (c[i] != ',') {
        return -1;
      }
      i = skipSpace(c, i + 1, to);
    }
  }

  private static int skipSpace(char[] c, int i, int n) {
    while (i < n && isSpace(c[i])) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
  }
}
