package dev.huntsql.functions.json;

import dev.huntsql.functions.text.BoundedCache;
import java.util.ArrayList;
import java.util.List;

/**
 * The path syntax of {@code json_get}: keys separated by dots, array indexes and quoted keys in
 * brackets, an optional leading {@code $}.
 *
 * <p>{@code Key}, {@code a.b[0]}, {@code a.b[-1]} (last element), {@code $.a.b},
 * {@code ['Source Mac']}, {@code ["a.b"]} (a key holding a dot). A dotted key is taken literally,
 * spaces included ({@code Source Mac}); inside quotes a backslash escapes the next character.
 * The empty path (or {@code $}) is the whole value. Keys are case-sensitive, as in KQL.
 */
final class JsonPath {
  /** One step: a key, or (when {@code key} is null) an array index, negative from the end. */
  record Step(String key, int index) {}

  private static final Step[] EMPTY = new Step[0];
  private static final BoundedCache<String, Step[]> CACHE =
      new BoundedCache<>(256, JsonPath::parse);

  private JsonPath() {}

  /** The steps of {@code path}, or null when it is not a valid path. */
  static Step[] steps(String path) {
    return CACHE.get(path);
  }

  private static Step[] parse(String path) {
    List<Step> steps = new ArrayList<>();
    int n = path.length();
    int i = 0;
    boolean dollar = n > 0 && path.charAt(0) == '$'
        && (n == 1 || path.charAt(1) == '.' || path.charAt(1) == '[');
    if (dollar) {
      i = 1;
    }
    while (i < n) {
      char c = path.charAt(i);
      if (c == '[') {
        i = bracket(path, i + 1, steps);
      } else {
        if (c == '.') {
          if (steps.isEmpty() && !dollar) {
            return null;
          }
          i++;
        } else if (!steps.isEmpty() || dollar) {
          // A name must follow a dot: "a[0]b" is not a path.
          return null;
        }
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        if (end == i) {
          return null;
        }
        steps.add(new Step(path.substring(i, end), 0));
        i = end;
      }
      if (i < 0) {
        return null;
      }
    }
    return steps.toArray(EMPTY);
  }

  /** Parses a bracket step starting after {@code [}; the index after {@code ]}, or -1. */
  private static int bracket(String path, int i, List<Step> steps) {
    int n = path.length();
    if (i >= n) {
      return -1;
    }
    char q = path.charAt(i);
    if (q == '\'' || q == '"') {
      StringBuilder key = new StringBuilder();
      for (int j = i + 1; j < n; j++) {
        char c = path.charAt(j);
        if (c == '\\' && j + 1 < n) {
          key.append(path.charAt(++j));
        } else if (c == q) {
          if (j + 1 >= n || path.charAt(j + 1) != ']') {
            return -1;
          }
          steps.add(new Step(key.toString(), 0));
          return j + 2;
        } else {
          key.append(c);
        }
      }
      return -1;
    }
    int j = i;
    boolean negative = j < n && path.charAt(j) == '-';
    if (negative) {
      j++;
    }
    long value = 0;
    int digits = 0;
    while (j < n && path.charAt(j) >= '0' && path.charAt(j) <= '9') {
      value = value * 10 + (path.charAt(j) - '0');
      j++;
      if (++digits > 9) {
        return -1;
      }
    }
    if (digits == 0 || j >= n || path.charAt(j) != ']') {
      return -1;
    }
    steps.add(new Step(null, (int) (negative ? -value : value)));
    return j + 1;
  }
}
