package dev.huntsql.functions.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StringFunctionsTest {

  /**
   * The ws2 table: {@code text OP "ws2"} in KQL. {@code ==} is case-sensitive, contains is a
   * substring test, has a whole-term test (SEMANTICS.md).
   */
  @ParameterizedTest
  @CsvSource({
      // text,           ==,    contains, contains_cs, has,   has_cs
      "ws2,              true,  true,     true,        true,  true",
      "WS2,              false, true,     false,       true,  false",
      "ws2.contoso.com,  false, true,     true,        true,  true",
      "aws22,            false, true,     true,        false, false",
  })
  void ws2Table(String text, boolean equal, boolean contains, boolean containsCs, boolean has,
      boolean hasCs) {
    assertEquals(equal, text.equals("ws2"), "KQL == is what SQL = does");
    assertEquals(contains, StringFunctions.contains(text, "ws2"));
    assertEquals(containsCs, StringFunctions.containsCs(text, "ws2"));
    assertEquals(has, StringFunctions.has(text, "ws2"));
    assertEquals(hasCs, StringFunctions.hasCs(text, "ws2"));
  }

  @Test
  void hasMatchesWholeTerms() {
    assertFalse(StringFunctions.has("KustoExplorerQueryRun", "Explorer"));
    assertTrue(StringFunctions.has(
        "Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun", "c1db"));
    assertTrue(StringFunctions.has("North America", "america"));
    assertTrue(StringFunctions.has("a_b", "b"));
    assertTrue(StringFunctions.has("ws2.contoso.com", "contoso.com"));
    assertFalse(StringFunctions.has("ws2.contoso.comx", "contoso.com"));
    assertTrue(StringFunctions.has("cmd /c whoami /all", "whoami /all"));
    assertTrue(StringFunctions.has("T1558.003,T1110", "T1558.003"));
    assertFalse(StringFunctions.has("T1558.0031", "T1558.003"));
    // The second occurrence is the whole term.
    assertTrue(StringFunctions.has("aws2 ws2", "ws2"));
    assertFalse(StringFunctions.has("Ünïcode Straße", "STRASSE"));
    assertTrue(StringFunctions.has("Ünïcode straße", "STRAßE"));
    assertFalse(StringFunctions.has("anything", ""));
    assertFalse(StringFunctions.has(null, "x"));
  }

  @Test
  void nullTextReadsAsEmpty() {
    // KQL strings are never null: x !contains "y" keeps rows where x is missing.
    assertEquals(false, StringFunctions.contains(null, "x"));
    assertEquals(true, StringFunctions.contains(null, ""));
    assertEquals(true, StringFunctions.contains("abc", null));
    assertEquals(false, StringFunctions.hasCs(null, "x"));
    assertEquals(true, StringFunctions.startsWith(null, null));
    assertEquals(false, StringFunctions.endsWith(null, "x"));
  }

  @Test
  void containsIgnoresCaseWithoutCopies() {
    assertTrue(StringFunctions.contains("FabriKam", "BRik"));
    assertFalse(StringFunctions.contains("Fabrikam", "xyz"));
    assertTrue(StringFunctions.containsCs("FabriKam", "Kam"));
    assertFalse(StringFunctions.containsCs("Fabrikam", "Kam"));
    assertTrue(StringFunctions.contains("x%01%00%00%00y", "%01%00%00%00"));
    assertTrue(StringFunctions.contains("ÉCOLE", "école"));
    assertFalse(StringFunctions.contains("ab", "abc"));
  }

  @Test
  void hasAnyAndHasAll() {
    assertTrue(StringFunctions.hasAny("cmd.exe /c whoami /all", "arp -a", "whoami /all"));
    assertFalse(StringFunctions.hasAny("cmd.exe /c whoamix", "whoami"));
    assertTrue(StringFunctions.hasAny("[21,22,53]", "[\"21\",\"80\"]"));
    assertFalse(StringFunctions.hasAny("[2122,53]", "[\"21\",\"22\"]"));
    assertFalse(StringFunctions.hasAny("abc"));
    assertFalse(StringFunctions.hasAny("abc", (String) null));
    assertTrue(StringFunctions.hasAll("net.exe localgroup administrators", "NET", "localgroup"));
    assertFalse(StringFunctions.hasAll("net.exe localgroup administrators", "net", "user"));
    assertTrue(StringFunctions.hasAll("abc"));
  }

  @Test
  void startsAndEnds() {
    assertTrue(StringFunctions.startsWith("PowerShell.exe", "POWER"));
    assertFalse(StringFunctions.startsWithCs("PowerShell.exe", "POWER"));
    assertTrue(StringFunctions.endsWith("PowerShell.EXE", ".exe"));
    assertFalse(StringFunctions.endsWithCs("PowerShell.EXE", ".exe"));
    assertFalse(StringFunctions.endsWith("exe", "a.exe"));
    assertTrue(StringFunctions.endsWith("abc", ""));
  }

  @Test
  void strcat() {
    assertEquals("ab", StringFunctions.strcat("a", "b"));
    assertEquals("a b", StringFunctions.strcat("a", " ", null, "b"));
    assertEquals("x1true2.5", StringFunctions.strcat("x", 1, true, 2.5));
    assertEquals("", StringFunctions.strcat((Object) null));
    assertEquals("", StringFunctions.strcat(new Object[64]));
    assertNull(StringFunctions.strcat(new Object[65]));
    assertNull(StringFunctions.strcat());
    assertEquals("a-1--b", StringFunctions.strcatDelim("-", "a", 1, null, "b"));
    assertNull(StringFunctions.strcatDelim("-", "a"));
  }

  @Test
  void emptiness() {
    assertTrue(StringFunctions.isEmpty(null));
    assertTrue(StringFunctions.isEmpty(""));
    assertFalse(StringFunctions.isEmpty(" "));
    assertFalse(StringFunctions.isEmpty(0));
    assertFalse(StringFunctions.isEmpty("[]"));
    assertFalse(StringFunctions.isNotEmpty(null));
    assertFalse(StringFunctions.isNotEmpty(""));
    assertTrue(StringFunctions.isNotEmpty("10.0.0.1"));
  }

  @Test
  void tostring() {
    assertEquals("", StringFunctions.toKqlString(null));
    assertEquals("abc", StringFunctions.toKqlString("abc"));
    assertEquals("true", StringFunctions.toKqlString(true));
    assertEquals("445", StringFunctions.toKqlString(445));
    assertEquals("-9", StringFunctions.toKqlString(-9L));
    assertEquals("1", StringFunctions.toKqlString(1.0));
    assertEquals("1.5", StringFunctions.toKqlString(1.5));
    assertEquals("0.1", StringFunctions.toKqlString(0.1));
    assertEquals("123456789012345", StringFunctions.toKqlString(123456789012345.0));
    assertEquals("1E+15", StringFunctions.toKqlString(1e15));
    assertEquals("1E+20", StringFunctions.toKqlString(1e20));
    assertEquals("-2.5E+20", StringFunctions.toKqlString(-2.5e20));
    assertEquals("0.0001", StringFunctions.toKqlString(0.0001));
    assertEquals("1E-05", StringFunctions.toKqlString(0.00001));
    assertEquals("0", StringFunctions.toKqlString(-0.0));
    assertEquals("NaN", StringFunctions.toKqlString(Double.NaN));
    assertEquals("2.5", StringFunctions.toKqlString(new BigDecimal("2.500")));
    assertEquals("2024-01-31T10:00:00Z",
        StringFunctions.toKqlString(Instant.parse("2024-01-31T10:00:00Z")));
    assertEquals("2024-01-31T10:00:00.1234567Z",
        StringFunctions.toKqlString(Instant.parse("2024-01-31T10:00:00.123456789Z")));
    assertEquals("2024-01-31T10:00:00.5000000Z",
        StringFunctions.toKqlString(Timestamp.from(Instant.parse("2024-01-31T10:00:00.5Z"))));
  }

  @Test
  void lengths() {
    assertEquals(5L, StringFunctions.strlen("hello"));
    assertEquals(5L, StringFunctions.strlen("⒦⒰⒮⒯⒪"));
    // 'Ç' written as C + combining cedilla is two code points.
    assertEquals(8L, StringFunctions.strlen("C\u0327edilla"));
    assertEquals(1L, StringFunctions.strlen("\uD83D\uDE00"));
    assertEquals(0L, StringFunctions.strlen(null));
    assertEquals(6L, StringFunctions.stringSize("héllo"));
    assertEquals(4L, StringFunctions.stringSize("\uD83D\uDE00"));
    assertEquals(15L, StringFunctions.stringSize("⒦⒰⒮⒯⒪"));
  }

  @Test
  void extract() {
    assertEquals("123.45",
        StringFunctions.extract("Duration=([0-9.]+)", 1, "A=1, B=2, Duration=123.45, ..."));
    assertEquals("Duration=123.45",
        StringFunctions.extract("Duration=([0-9.]+)", 0, "A=1, B=2, Duration=123.45, ..."));
    assertEquals("James", StringFunctions.extract("User: ([^,]+)", 1,
        "User: James, Email: James@example.com, Age: 29"));
    assertEquals("", StringFunctions.extract("Email: (\\S+),", 1, "User: David, Age: 35"));
    assertEquals("", StringFunctions.extract("(a)|(b)", 2, "a"));
    assertEquals("cdef", StringFunctions.extract("^.{2,2}(.{4,4})", 1, "abcdefgh"));
    assertNull(StringFunctions.extract("(a", 1, "a"));
    assertNull(StringFunctions.extract("(a)", 2, "a"));
    assertNull(StringFunctions.extract("(a)", -1, "a"));
    assertNull(StringFunctions.extract(null, 0, "a"));
    assertEquals("", StringFunctions.extract("x", 0, null));
  }

  @Test
  void regexesTooDeepForTheStackGiveNullNotAnError() {
    String text = "ab".repeat(200_000);
    assertDoesNotThrow(() -> StringFunctions.extract("(a|b)*c", 0, text));
    assertDoesNotThrow(() -> StringFunctions.extractAll("((a|b)*)c", text));
    assertDoesNotThrow(() -> StringFunctions.countof(text, "(a|b)*c", "regex"));
  }

  @Test
  void extractAll() {
    assertEquals("[\"123\",\"567\",\"789\"]",
        StringFunctions.extractAll("(\\d+)", "a set of numbers: 123, 567 and 789"));
    assertEquals("[\"82\",\"b8\",\"be\",\"2d\",\"df\",\"a7\",\"4b\",\"d1\",\"8f\",\"63\",\"24\","
            + "\"ad\",\"26\",\"d3\",\"14\",\"49\"]",
        StringFunctions.extractAll("([\\da-f]{2})", "82b8be2d-dfa7-4bd1-8f63-24ad26d31449"));
    assertEquals("[[\"8\",\"2b8be2\",\"d\"],[\"d\",\"fa\",\"7\"],[\"4\",\"bd\",\"1\"],"
            + "[\"8\",\"f6\",\"3\"],[\"2\",\"4ad26d3144\",\"9\"]]",
        StringFunctions.extractAll("(\\w)(\\w+)(\\w)", "82b8be2d-dfa7-4bd1-8f63-24ad26d31449"));
    assertEquals("[[\"8\",\"d\"],[\"d\",\"7\"],[\"4\",\"1\"],[\"8\",\"3\"],[\"2\",\"9\"]]",
        StringFunctions.extractAll("(\\w)(\\w+)(\\w)", "[1,3]",
            "82b8be2d-dfa7-4bd1-8f63-24ad26d31449"));
    assertEquals("[\"2b8be2\",\"fa\",\"bd\",\"f6\",\"4ad26d3144\"]",
        StringFunctions.extractAll("(?<first>\\w)(?<middle>\\w+)(\\w)", "[\"middle\"]",
            "82b8be2d-dfa7-4bd1-8f63-24ad26d31449"));
    assertEquals("[\"a\\\"b\"]", StringFunctions.extractAll("(a\"b)", "xa\"by"));
    assertNull(StringFunctions.extractAll("(\\d+)", "no digits"));
    assertNull(StringFunctions.extractAll("(\\d+)", "[2]", "1"));
    assertNull(StringFunctions.extractAll("(\\d+)", "[\"nope\"]", "1"));
    assertNull(StringFunctions.extractAll("(", "1"));
  }

  @Test
  void split() {
    assertEquals("[\"aa\",\"bb\"]", StringFunctions.split("aa_bb", "_"));
    assertEquals("[\"bbb\"]", StringFunctions.split("aaa_bbb_ccc", "_", 1));
    assertEquals("[\"\"]", StringFunctions.split("", "_"));
    assertEquals("[\"a\",\"\",\"b\"]", StringFunctions.split("a__b", "_"));
    assertEquals("[\"aa\",\"cc\"]", StringFunctions.split("aabbcc", "bb"));
    assertEquals("[\"a\",\"\"]", StringFunctions.split("a_", "_"));
    assertEquals("[]", StringFunctions.split("aaa_bbb", "_", 2));
    assertEquals("[]", StringFunctions.split("aaa_bbb", "_", -1));
    assertEquals("[\"GET\"]", StringFunctions.split("GET /a.exe HTTP/1.1", " /", 0));
    assertEquals("[\"abc\"]", StringFunctions.split("abc", ""));
    assertNull(StringFunctions.split("abc", "b", null));
  }

  @Test
  void countof() {
    assertEquals(3L, StringFunctions.countof("aaa", "a"));
    assertEquals(3L, StringFunctions.countof("aaaa", "aa"));
    assertEquals(2L, StringFunctions.countof("ababa", "ab", "normal"));
    assertEquals(2L, StringFunctions.countof("ababa", "aba"));
    assertEquals(1L, StringFunctions.countof("ababa", "aba", "regex"));
    assertEquals(2L, StringFunctions.countof("abcabc", "a.c", "regex"));
    assertEquals(6L, StringFunctions.countof("abcdefedcba", "[abc]", "regex"));
    assertEquals(0L, StringFunctions.countof("abc", ""));
    assertNull(StringFunctions.countof("abc", "a", "fuzzy"));
    assertNull(StringFunctions.countof("abc", "(", "regex"));
  }

  @Test
  void base64() {
    assertEquals("Kusto", StringFunctions.base64DecodeToString("S3VzdG8="));
    assertEquals("Kusto", StringFunctions.base64DecodeToString("S3VzdG8"));
    // Valid base64 of bytes that are not UTF-8 (from Kusto's documentation): null, shown as ''.
    assertEquals("", StringFunctions.base64DecodeToString("U3RyaW5n0KHR0tGA0L7Rh9C60LA="));
    assertEquals("", StringFunctions.base64DecodeToString("***"));
    assertEquals("", StringFunctions.base64DecodeToString(null));
  }
}
