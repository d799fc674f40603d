package dev.huntsql.jdbc;

import java.util.regex.Pattern;

/**
 * A JDBC metadata name pattern ({@code %} any run, {@code _} one character, {@code \} escapes):
 * null matches every name, {@code ""} none (huntsql has no unnamed objects). Letter case is
 * ignored, as huntsql's identifiers ignore it.
 */
final class NamePattern {
  private final Pattern regex;

  private NamePattern(Pattern regex) {
    this.regex = regex;
  }

  static NamePattern of(String pattern) {
    if (pattern == null) {
      return new NamePattern(null);
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new NamePattern(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
  }

  boolean matches(String name) {
    return regex == null || regex.matcher(name).matches();
  }

  /**
   * Whether a catalog argument selects huntsql's objects, which have no catalog: null (any) and
   * {@code ""} (those without one) do.
   */
  static boolean catalogMatches(String catalog) {
    return catalog == null || catalog.isEmpty();
  }
}
