package dev.huntsql.functions.text;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles each distinct regular expression once; invalid ones are remembered as null. */
public final class RegexCache {
  private static final BoundedCache<String, Pattern> CACHE =
      new BoundedCache<>(256, RegexCache::compile);

  private RegexCache() {}

  /** The compiled {@code regex}, or null when it is not a valid Java regular expression. */
  public static Pattern get(String regex) {
    return regex == null ? null : CACHE.get(regex);
  }

  private static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException | StackOverflowError e) {
      return null;
    }
  }
}
