package dev.huntsql.engine.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.ByteRange;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The line filter against plain searches written here, and its cases by hand. */
class LineFilterTest {

  @Test
  void aLineMustHoldAWordOfEveryGroupInAnyCase() {
    LineFilter filter = LineFilter.parse("SignatureName\nsmb\tNTLMSSP");
    assertTrue(mayMatch(filter, "{\"AdditionalFields\":\"{\\\"signaturename\\\":\\\"SMB\\\"}\"}"));
    assertTrue(mayMatch(filter, "{\"SIGNATURENAME\":1,\"x\":\"ntlmssp\"}"));
    assertFalse(mayMatch(filter, "{\"SignatureName\":\"HTTP\"}"), "second group missing");
    assertFalse(mayMatch(filter, "{\"Signature\":\"SMB\"}"), "first group missing");
    assertFalse(mayMatch(filter, ""));
  }

  @Test
  void aLineWithABackslashUEscapeIsAlwaysParsed() {
    LineFilter filter = LineFilter.parse("SignatureName");
    // Jackson reads \u0053ignatureName as the key SignatureName: the line must not be skipped.
    assertTrue(mayMatch(filter, "{\"AdditionalFields\":{\"\\u0053ignatureName\":\"SMB\"}}"));
    assertTrue(mayMatch(filter, "{\"Path\":\"c:\\\\users\"}"), "an escaped backslash before u counts too");
    assertFalse(mayMatch(filter, "{\"Path\":\"c:\\\\windows\\\"\"}"));
  }

  @Test
  void onlyPlainWordsAreAccepted() {
    assertEquals(null, LineFilter.parse(null));
    assertEquals(null, LineFilter.parse(""));
    assertThrows(IllegalArgumentException.class, () -> LineFilter.parse("a.b"));
    assertThrows(IllegalArgumentException.class, () -> LineFilter.parse("caf\u00e9"));
  }

  @Property(tries = 500)
  void byteSearchFindsWhatALoopFinds(@ForAll @Size(max = 80) byte[] bytes, @ForAll @ByteRange(min = 0, max = 4) byte target,
      @ForAll @IntRange(min = 0, max = 80) int from, @ForAll @IntRange(min = 0, max = 80) int to) {
    // Small values so the target occurs often; any window of the array.
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (bytes[i] & 7);
    }
    int start = Math.min(from, bytes.length);
    int end = Math.max(start, Math.min(to, bytes.length));
    int expected = -1;
    for (int i = start; i < end && expected < 0; i++) {
      if (bytes[i] == target) {
        expected = i;
      }
    }
    assertEquals(expected, ByteSearch.indexOf(bytes, start, end, target));
  }

  @Property(tries = 2000)
  void aWordIsFoundWhereALowerCaseSearchFindsIt(@ForAll @StringLength(max = 80) @CharRange(from = 'a', to = 'd')
      String text, @ForAll @StringLength(min = 1, max = 8) @CharRange(from = 'a', to = 'c') String word,
      @ForAll boolean upper) {
    String line = upper ? text.toUpperCase(Locale.ROOT) : text;
    byte[] bytes = ("<" + line + ">").getBytes(StandardCharsets.US_ASCII);
    int expected = ("<" + text + ">").indexOf(word);
    assertEquals(expected, new LineFilter.Word(word.getBytes(StandardCharsets.US_ASCII)).indexIn(bytes, 0, bytes.length));
  }

  private static boolean mayMatch(LineFilter filter, String line) {
    byte[] bytes = ("padding before\n" + line + "\nafter").getBytes(StandardCharsets.UTF_8);
    return filter.mayMatch(bytes, 15, line.getBytes(StandardCharsets.UTF_8).length);
  }
}
