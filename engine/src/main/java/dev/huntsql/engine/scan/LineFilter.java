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
   * A word to find regardless of ASCII case, by Horspool's method: on a mismatch the search skips
   * ahead by how far the byte under the word's last position is from the word's end, so a long
   * word is found (or not) looking at a fraction of the line's bytes.
   */
  static final class Word {
    private final byte[] lower;
    private final int[] shift = new int[256];

    Word(byte[] lower) {
      this.lower = lower;
      Arrays.fill(shift, lower.length);
      for (int i = 0; i < lower.length - 1; i++) {
        int b = lower[i] & 0xFF;
        shift[b] = lower.length - 1 - i;
        if (b >= 'a' && b <= 'z') {
          shift[b & ~0x20] = lower.length - 1 - i;
        }
      }
    }

    /** Where the word starts in {@code bytes[start, end)}, ignoring ASCII case; -1 if nowhere. */
    int indexIn(byte[] bytes, int start, int end) {
      int last = lower.length - 1;
      byte lastByte = lower[last];
      for (int i = start; i <= end - lower.length; ) {
        byte b = bytes[i + last];
        if (FOLD[b & 0xFF] == lastByte) {
          int j = 0;
          while (j < last && FOLD[bytes[i + j] & 0xFF] == lower[j]) {
            j++;
          }
          if (j == last) {
            return i;
          }
        }
        i += shift[b & 0xFF];
      }
      return -1;
    }
  }
}
