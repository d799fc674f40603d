package dev.huntsql.functions.ip;

/** Finds an IPv4 address written as a whole token inside free text, without allocating. */
final class Ipv4InText {
  private Ipv4InText() {}

  /**
   * True when {@code text} holds a dotted quad equal to {@code target} that is delimited by
   * non-alphanumeric characters. A run of digits and dots is one candidate, so
   * {@code 54127.0.0.1} and {@code 127.0.0.1.5} do not hold 127.0.0.1; one sentence-final dot
   * ({@code "from 127.0.0.1."}) is allowed.
   */
  static boolean contains(String text, long target) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
        end++;
      }
      boolean delimited = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (end == n || !Character.isLetterOrDigit(text.charAt(end)));
      int last = text.charAt(end - 1) == '.' ? end - 1 : end;
      if (delimited && IpAddresses.parseIpv4(text, i, last) == target) {
        return true;
      }
      i = end;
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
