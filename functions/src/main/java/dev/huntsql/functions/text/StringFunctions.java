package dev.huntsql.functions.text;

import dev.huntsql.functions.HuntFunction;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KQL's string functions and string operators ({@code contains}, {@code has}, ...) as functions.
 *
 * <p>Kusto strings are never null: a missing string is {@code ''}. So a NULL text argument reads
 * as {@code ''} here, the predicates answer true or false (never NULL), and
 * {@code NOT contains(x, 'y')} keeps rows whose {@code x} is missing, exactly as KQL's
 * {@code x !contains "y"} does. Arguments that are not data (a regex, a capture group, a
 * {@code kind}) give NULL when NULL or invalid. Regexes are Java regular expressions, compiled
 * once per distinct pattern.
 */
public final class StringFunctions {
  private static final int MAX_STRCAT_ARGS = 64;
  private static final ThreadLocal<CharsetDecoder> UTF8 = ThreadLocal.withInitial(
      () -> StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT));

  private StringFunctions() {}

  @HuntFunction(name = "contains",
      description = "True when the text contains the substring, ignoring case",
      example = "contains('ws2.contoso.com', 'CONTOSO')", result = "true")
  public static Boolean contains(String text, String needle) {
    return TextSearch.indexOf(str(text), str(needle), 0, true) >= 0;
  }

  @HuntFunction(name = "contains_cs",
      description = "True when the text contains the substring, case-sensitive",
      example = "contains_cs('ws2.contoso.com', 'CONTOSO')", result = "false")
  public static Boolean containsCs(String text, String needle) {
    return str(text).contains(str(needle));
  }

  @HuntFunction(name = "has",
      description = "True when the text holds the term as a whole term (terms are maximal runs "
          + "of letters and digits), ignoring case",
      example = "has('ws2.contoso.com', 'WS2')", result = "true")
  public static Boolean has(String text, String term) {
    return TextSearch.hasTerm(str(text), str(term), true);
  }

  @HuntFunction(name = "has_cs",
      description = "True when the text holds the term as a whole term, case-sensitive",
      example = "has_cs('ws2.contoso.com', 'WS2')", result = "false")
  public static Boolean hasCs(String text, String term) {
    return TextSearch.hasTerm(str(text), str(term), false);
  }

  @HuntFunction(name = "has_any",
      description = "True when the text holds any of the terms (several arguments, or one JSON "
          + "array text), ignoring case",
      example = "has_any('net.exe localgroup administrators', 'whoami', 'localgroup')",
      result = "true")
  public static Boolean hasAny(String text, String... terms) {
    String t = str(text);
    for (String term : termList(terms)) {
      if (TextSearch.hasTerm(t, str(term), true)) {
        return true;
      }
    }
    return false;
  }

  @HuntFunction(name = "has_all",
      description = "True when the text holds every one of the terms (several arguments, or one "
          + "JSON array text), ignoring case",
      example = "has_all('net.exe localgroup administrators', 'NET', 'localgroup')",
      result = "true")
  public static Boolean hasAll(String text, String... terms) {
    String t = str(text);
    for (String term : termList(terms)) {
      if (!TextSearch.hasTerm(t, str(term), true)) {
        return false;
      }
    }
    return true;
  }

  @HuntFunction(name = "startswith",
      description = "True when the text starts with the prefix, ignoring case",
      example = "startswith('PowerShell.exe', 'power')", result = "true")
  public static Boolean startsWith(String text, String prefix) {
    String p = str(prefix);
    return str(text).regionMatches(true, 0, p, 0, p.length());
  }

  @HuntFunction(name = "startswith_cs",
      description = "True when the text starts with the prefix, case-sensitive",
      example = "startswith_cs('PowerShell.exe', 'power')", result = "false")
  public static Boolean startsWithCs(String text, String prefix) {
    return str(text).startsWith(str(prefix));
  }

  @HuntFunction(name = "endswith",
      description = "True when the text ends with the suffix, ignoring case",
      example = "endswith('PowerShell.EXE', '.exe')", result = "true")
  public static Boolean endsWith(String text, String suffix) {
    String t = str(text);
    String s = str(suffix);
    return s.length() <= t.length()
        && t.regionMatches(true, t.length() - s.length(), s, 0, s.length());
  }

  @HuntFunction(name = "endswith_cs",
      description = "True when the text ends with the suffix, case-sensitive",
      example = "endswith_cs('PowerShell.EXE', '.exe')", result = "false")
  public static Boolean endsWithCs(String text, String suffix) {
    return str(text).endsWith(str(suffix));
  }

  @HuntFunction(name = "strcat",
      description = "Concatenates 1 to 64 values as text; NULL contributes '' and other types "
          + "convert as tostring does",
      example = "strcat('ws', 2, '.', NULL, 'contoso')", result = "ws2.contoso")
  public static String strcat(Object... args) {
    if (args == null) {
      return "";
    }
    if (args.length < 1 || args.length > MAX_STRCAT_ARGS) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (Object arg : args) {
      sb.append(KqlStrings.of(arg));
    }
    return sb.toString();
  }

  @HuntFunction(name = "strcat_delim",
      description = "Concatenates 2 to 64 values as text with the delimiter between them; NULL "
          + "contributes ''",
      example = "strcat_delim('-', 'a', 1, NULL, 'b')", result = "a-1--b")
  public static String strcatDelim(String delimiter, Object... args) {
    if (args == null || args.length < 2 || args.length > MAX_STRCAT_ARGS) {
      return null;
    }
    String d = str(delimiter);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(d);
      }
      sb.append(KqlStrings.of(args[i]));
    }
    return sb.toString();
  }

  @HuntFunction(name = "isempty",
      description = "True when the value is NULL or the empty string",
      example = "isempty(NULL)", result = "true")
  public static Boolean isEmpty(Object value) {
    return value == null || (value instanceof CharSequence cs && cs.length() == 0);
  }

  @HuntFunction(name = "isnotempty",
      description = "True when the value is neither NULL nor the empty string",
      example = "isnotempty('10.0.0.1')", result = "true")
  public static Boolean isNotEmpty(Object value) {
    return !isEmpty(value);
  }

  @HuntFunction(name = "tostring",
      description = "The value as KQL text: NULL gives '', reals print as in KQL, datetimes as "
          + "UTC ISO-8601",
      example = "tostring(NULL)", result = "")
  public static String toKqlString(Object value) {
    return KqlStrings.of(value);
  }

  @HuntFunction(name = "strlen",
      description = "The length of the text in Unicode code points",
      example = "strlen('hello')", result = "5")
  public static Long strlen(String text) {
    String t = str(text);
    return (long) t.codePointCount(0, t.length());
  }

  @HuntFunction(name = "string_size",
      description = "The size of the text in bytes, encoded as UTF-8",
      example = "string_size('héllo')", result = "6")
  public static Long stringSize(String text) {
    String t = str(text);
    long bytes = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < t.length()
          && Character.isLowSurrogate(t.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        // Lone surrogates encode as U+FFFD, three bytes.
        bytes += 3;
      }
    }
    return bytes;
  }

  @HuntFunction(name = "extract",
      description = "The text matched by a capture group (0 = whole match) of the first match of "
          + "a regex; '' when nothing matches; NULL for an invalid regex or group",
      example = "extract('Duration=([0-9.]+)', 1, 'A=1, Duration=123.45, B=2')",
      result = "123.45")
  public static String extract(String regex, Integer group, String text) {
    Pattern p = RegexCache.get(regex);
    if (p == null || group == null || group < 0) {
      return null;
    }
    try {
      Matcher m = p.matcher(str(text));
      if (group > m.groupCount()) {
        return null;
      }
      if (!m.find()) {
        // Kusto's answer is a null string, which KQL shows and compares as ''.
        return "";
      }
      String g = m.group(group);
      return g == null ? "" : g;
    } catch (StackOverflowError e) {
      return null;
    }
  }

  @HuntFunction(name = "extract_all",
      description = "All matches of a regex as a JSON array: of the capture group when it has "
          + "one, of arrays of groups when it has several, of whole matches when it has none; "
          + "NULL when nothing matches",
      example = "extract_all('(\\d+)', 'numbers: 123, 567 and 789')",
      result = "[\"123\",\"567\",\"789\"]", dynamic = true)
  public static String extractAll(String regex, String text) {
    Pattern p = RegexCache.get(regex);
    if (p == null) {
      return null;
    }
    int count = p.matcher("").groupCount();
    int[] groups = new int[Math.max(count, 1)];
    for (int g = 0; g < count; g++) {
      groups[g] = g + 1;
    }
    return extractAll(p, groups, null, str(text));
  }

  @HuntFunction(name = "extract_all",
      description = "All matches of a regex as a JSON array of the chosen capture groups, given "
          + "as JSON array text of numbers or names; NULL when nothing matches",
      example = "extract_all('(\\w)(\\w+)(\\w)', '[1,3]', 'abcd-efgh')",
      result = "[[\"a\",\"d\"],[\"e\",\"h\"]]", dynamic = true)
  public static String extractAll(String regex, String captureGroups, String text) {
    Pattern p = RegexCache.get(regex);
    List<String> chosen = JsonStringArray.parse(captureGroups);
    if (p == null || chosen == null || chosen.isEmpty()) {
      return null;
    }
    int count = p.matcher("").groupCount();
    int[] groups = new int[chosen.size()];
    String[] names = new String[chosen.size()];
    for (int i = 0; i < groups.length; i++) {
      String c = chosen.get(i);
      if (c == null || c.isEmpty()) {
        return null;
      }
      if (isDigits(c)) {
        groups[i] = c.length() > 3 ? -1 : Integer.parseInt(c);
        if (groups[i] < 1 || groups[i] > count) {
          return null;
        }
      } else {
        names[i] = c;
      }
    }
    return extractAll(p, groups, names, str(text));
  }

  @HuntFunction(name = "split",
      description = "The parts of the text between occurrences of the delimiter, as a JSON array",
      example = "split('a__b', '_')", result = "[\"a\",\"\",\"b\"]", dynamic = true)
  public static String split(String text, String delimiter) {
    return split(text, delimiter, -1, false);
  }

  @HuntFunction(name = "split",
      description = "The part at a zero-based index of the text split by the delimiter, as a "
          + "one-element JSON array, or [] when there is no such part",
      example = "split('aaa_bbb_ccc', '_', 1)", result = "[\"bbb\"]", dynamic = true)
  public static String split(String text, String delimiter, Integer index) {
    return index == null ? null : split(text, delimiter, index, true);
  }

  @HuntFunction(name = "countof",
      description = "How many times the substring occurs in the text, case-sensitive; "
          + "overlapping occurrences count",
      example = "countof('aaaa', 'aa')", result = "3")
  public static Long countof(String text, String search) {
    String t = str(text);
    String s = str(search);
    if (s.isEmpty()) {
      return 0L;
    }
    long n = 0;
    for (int i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) {
      n++;
    }
    return n;
  }

  @HuntFunction(name = "countof",
      description = "How many times the search occurs in the text: kind 'normal' counts "
          + "overlapping substrings, kind 'regex' counts non-overlapping regex matches",
      example = "countof('ababa', 'aba', 'regex')", result = "1")
  public static Long countof(String text, String search, String kind) {
    if ("normal".equals(kind)) {
      return countof(text, search);
    }
    if (!"regex".equals(kind)) {
      return null;
    }
    Pattern p = RegexCache.get(search);
    if (p == null) {
      return null;
    }
    try {
      Matcher m = p.matcher(str(text));
      long n = 0;
      while (m.find()) {
        n++;
      }
      return n;
    } catch (StackOverflowError e) {
      return null;
    }
  }

  @HuntFunction(name = "base64_decode_tostring",
      description = "Decodes base64 text (padding optional) to a UTF-8 string; '' when it is "
          + "not base64 or not UTF-8",
      example = "base64_decode_tostring('S3VzdG8=')", result = "Kusto")
  public static String base64DecodeToString(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(str(base64));
    } catch (IllegalArgumentException e) {
      return "";
    }
    CharsetDecoder decoder = UTF8.get();
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      // Kusto answers null (shown as '') for bytes that are not UTF-8.
      return "";
    }
  }

  private static String extractAll(Pattern p, int[] groups, String[] names, String text) {
    try {
      Matcher m = p.matcher(text);
      if (!m.find()) {
        return null;
      }
      boolean nested = groups.length > 1;
      JsonArrayText out = new JsonArrayText();
      do {
        if (nested) {
          out.open();
        }
        for (int i = 0; i < groups.length; i++) {
          String g = names != null && names[i] != null ? m.group(names[i]) : m.group(groups[i]);
          out.add(g == null ? "" : g);
        }
        if (nested) {
          out.close();
        }
      } while (m.find());
      return out.build();
    } catch (IllegalArgumentException | StackOverflowError e) {
      // An unknown group name, or a pattern too deep for the stack.
      return null;
    }
  }

  private static String split(String text, String delimiter, int index, boolean oneIndex) {
    String t = str(text);
    String d = str(delimiter);
    JsonArrayText out = new JsonArrayText();
    int part = 0;
    int start = 0;
    while (true) {
      int end = d.isEmpty() ? -1 : t.indexOf(d, start);
      if (!oneIndex || part == index) {
        out.add(end < 0 ? t.substring(start) : t.substring(start, end));
      }
      if (end < 0 || (oneIndex && part == index)) {
        return out.build();
      }
      start = end + d.length();
      part++;
    }
  }

  private static List<String> termList(String[] terms) {
    if (terms == null) {
      return List.of();
    }
    if (terms.length == 1) {
      List<String> fromArray = JsonStringArray.parse(terms[0]);
      if (fromArray != null) {
        return fromArray;
      }
    }
    return Arrays.asList(terms);
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }
}
