package dev.huntsql.engine.scan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells from a JSON line's bytes, before parsing it, that none of its records can pass the
 * query's filter: the filter needs words the line does not hold (see the engine's
 * {@code LineNeedles}, which finds them). Skipping such lines unparsed is where a selective hunt
 * saves most of its time.
 *
 * <p>Words are plain ASCII letters, digits and underscores, compared without regard to case. In
 * JSON text such characters appear as themselves unless written as a backslash-u escape (&#92;u00XX), so a
 * line that lacks a word but holds such an escape is parsed all the same.
 */
public final class LineFilter {
  /** ASCII letters to lower case, every other byte to itself. */
  private static final byte[] FOLD = new byte[256];

  static {
    for (int b = 0; b < 256; b++) {
      FOLD[b] = (byte) (b >= 'A' && b <= 'Z' ? b | 0x20 : b);
    }
  }

  /** Every group must have one of its words in the line. */
  private final Word[][] groups;

  private LineFilter(Word[][] groups) {
    this.groups = groups;
  }

  /**
   * The filter for words written as groups separated by {@code '\n'}, the words of a group by
   * {@code '\t'}; null for null or empty text (no filter).
   */
  public static LineFilter parse(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return null;
    }
    Word[][] groups = Arrays.stream(encoded.split("\n"))
        .map(group -> Arrays.stream(group.split("\t")).map(LineFilter::word).toArray(Word[]::new))
        .toArray(Word[][]::new);
    return new LineFilter(groups);
  }

  private static Word word(String word) {
    if (word.isEmpty() || !word.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
      throw new IllegalArgumentException("not a plain word: " + word);
    }
    return new Word(word.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }

  /** False only when no record of the line can pass the filter. */
  public boolean mayMatch(byte[] line, int start, int length) {
    int end = start + length;
    for (Word[] group : groups) {
      boolean found = false;
      for (int i = 0; i < group.length && !found; i++) {
        found = group[i].indexIn(line, start, end) >= 0;
      }
      if (!found) {
        // Only an escaped character could hide the word (looked for last: it is rarely needed).
        return hasUnicodeEscape(line, start, end);
      }
    }
    return true;
  }

  /**
   * Whether a backslash followed by {@code u} occurs (an escaped backslash before a {@code u}
   * counts too: that only makes the line parsed).
   */
  static boolean hasUnicodeEscape(byte[] bytes, int start, int end) {
    for (int i = ByteSearch.indexOf(bytes, start, end, (byte) '\\'); i >= 0;
        i = ByteSearch.indexOf(bytes, i + 1, end, (byte) '\\')) {
      if (i + 1 < end && bytes[i + 1] == 'u') {
        return true;
      }
    }
    return false;
  }

  /**
   * A word to find regardless of ASCII case, by Horspool's method on pairs of bytes: on a
   * mismatch the search skips ahead by how far the last two bytes under the word could sit from
   * its end. Pairs of bytes rarely occur in a word, so a word of n letters usually moves the
   * search n - 1 bytes at a time (single bytes, of which JSON text and field names share many
   * with any word, moved it a few), and most of a line's bytes are never looked at.
   */
  static final class Word {
    private final byte[] lower;
    /** By the two bytes at the window's end, how far to move it; 0 when they end the word. */
    private final byte[] shift = new byte[1 << 16];
    /** How far to move after the window's last two bytes ended the word but the rest did not match. */
    private final int afterEnd;

    Word(byte[] lower) {
      this.lower = lower;
      int m = lower.length;
      int longest = Math.min(m - 1, 255);
      Arrays.fill(shift, (byte) longest);
      int previousEnd = longest;
      for (int p = 0; p <= m - 2; p++) {
        int distance = Math.min(m - 2 - p, 255);
        if (p < m - 2 && sameFolded(lower, p, m - 2)) {
          previousEnd = distance;
        }
        for (int a : cases(lower[p])) {
          for (int b : cases(lower[p + 1])) {
            shift[a << 8 | b] = (byte) distance;
          }
        }
      }
      this.afterEnd = Math.max(1, previousEnd);
    }

    private static boolean sameFolded(byte[] word, int p, int q) {
      return word[p] == word[q] && word[p + 1] == word[q + 1];
    }

    /** The byte as written in either case: one value, or two for a letter. */
    private static int[] cases(byte lowerByte) {
      int b = lowerByte & 0xFF;
      return b >= 'a' && b <= 'z' ? new int[] {b, b & ~0x20} : new int[] {b};
    }

    /** Where the word starts in {@code bytes[start, end)}, ignoring ASCII case; -1 if nowhere. */
    int indexIn(byte[] bytes, int start, int end) {
      int m = lower.length;
      if (m == 1) {
        for (int i = start; i < end; i++) {
          if (FOLD[bytes[i] & 0xFF] == lower[0]) {
            return i;
          }
        }
        return -1;
      }
      for (int i = start; i <= end - m; ) {
        int move = shift[(bytes[i + m - 2] & 0xFF) << 8 | (bytes[i + m - 1] & 0xFF)] & 0xFF;
        if (move == 0) {
          if (matchesAt(bytes, i)) {
            return i;
          }
          move = afterEnd;
        }
        i += move;
      }
      return -1;
    }

    private boolean matchesAt(byte[] bytes, int i) {
      for (int j = 0; j < lower.length - 2; j++) {
        if (FOLD[bytes[i + j] & 0xFF] != lower[j]) {
          return false;
        }
      }
      return true;
    }
  }
}
