package dev.huntsql.functions.text;

/**
 * Substring and term search, case-sensitive or not, without lower-cased copies of the text.
 *
 * <p>A term is a maximal run of letters and digits (Unicode, as {@link Character#isLetterOrDigit}
 * decides); every other character separates terms.
 */
public final class TextSearch {
  private TextSearch() {}

  /** Index of {@code needle} in {@code hay} at or after {@code from}, or -1. */
  public static int indexOf(String hay, String needle, int from, boolean ignoreCase) {
    if (!ignoreCase) {
      return hay.indexOf(needle, from);
    }
    int m = needle.length();
    if (m == 0) {
      return from <= hay.length() ? from : -1;
    }
    char first = needle.charAt(0);
    char upper = Character.toUpperCase(first);
    char lower = Character.toLowerCase(first);
    if (first < 0x80 && !FOLDED_FROM_BEYOND_ASCII.contains(String.valueOf(lower))) {
      return indexOfAsciiFirst(hay, needle, Math.max(from, 0), lower, upper);
    }
    // For an ASCII first character, an ASCII candidate matches only as its upper or lower case.
    boolean asciiFirst = first < 0x80;
    int last = hay.length() - m;
    for (int i = Math.max(from, 0); i <= last; i++) {
      char c = hay.charAt(i);
      if ((c == first || c == upper || c == lower
          || ((c >= 0x80 || !asciiFirst) && sameIgnoringCase(c, first)))
          && hay.regionMatches(true, i + 1, needle, 1, m - 1)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The ASCII letters that a character beyond ASCII equals regardless of case: dotted and dotless
   * i ({@code U+0130}, {@code U+0131}), the Kelvin sign ({@code U+212A}) and the long s
   * ({@code U+017F}). A needle starting with any other ASCII character can only start where the
   * text holds that character in one of its two cases.
   */
  private static final String FOLDED_FROM_BEYOND_ASCII = "iks";

  /**
   * The case-insensitive search for a needle whose first character has only {@code lower} and
   * {@code upper} as candidates: {@link String#indexOf(int, int)} finds those (a fast intrinsic
   * loop), and only there is the rest compared.
   */
  private static int indexOfAsciiFirst(String hay, String needle, int from, char lower, char upper) {
    int last = hay.length() - needle.length();
    int nextLower = hay.indexOf(lower, from);
    int nextUpper = upper == lower ? -1 : hay.indexOf(upper, from);
    while (nextLower >= 0 || nextUpper >= 0) {
      boolean lowerFirst = nextUpper < 0 || (nextLower >= 0 && nextLower < nextUpper);
      int i = lowerFirst ? nextLower : nextUpper;
      if (i > last) {
        return -1;
      }
      if (hay.regionMatches(true, i + 1, needle, 1, needle.length() - 1)) {
        return i;
      }
      if (lowerFirst) {
        nextLower = hay.indexOf(lower, i + 1);
      } else {
        nextUpper = hay.indexOf(upper, i + 1);
      }
    }
    return -1;
  }

  /**
   * True when {@code needle} occurs in {@code hay} with whole-term edges: where the needle starts
   * (ends) with a letter or digit, the text must not continue the term before (after) it. So a
   * one-term needle matches a whole term, and {@code "contoso.com"} matches inside
   * {@code "ws2.contoso.com"}. The empty needle is no term and never matches.
   */
  public static boolean hasTerm(String hay, String needle, boolean ignoreCase) {
    int m = needle.length();
    if (m == 0) {
      return false;
    }
    boolean startsTerm = isTermChar(needle.charAt(0));
    boolean endsTerm = isTermChar(needle.charAt(m - 1));
    int from = 0;
    while (true) {
      int i = indexOf(hay, needle, from, ignoreCase);
      if (i < 0) {
        return false;
      }
      int end = i + m;
      if ((!startsTerm || i == 0 || !isTermChar(hay.charAt(i - 1)))
          && (!endsTerm || end == hay.length() || !isTermChar(hay.charAt(end)))) {
        return true;
      }
      from = i + 1;
    }
  }

  /** True when {@code c} belongs to a term. */
  public static boolean isTermChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean sameIgnoringCase(char a, char b) {
    char ua = Character.toUpperCase(a);
    char ub = Character.toUpperCase(b);
    return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
  }
}
