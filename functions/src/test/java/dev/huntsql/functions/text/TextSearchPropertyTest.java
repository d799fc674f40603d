package dev.huntsql.functions.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast searches against slow, obviously right references. */
class TextSearchPropertyTest {

  @Property(tries = 3000)
  void caseInsensitiveIndexOfMatchesRegionMatchesScan(@ForAll("text") String hay,
      @ForAll("text") String needle) {
    int expected = -1;
    for (int i = 0; i + needle.length() <= hay.length(); i++) {
      if (hay.regionMatches(true, i, needle, 0, needle.length())) {
        expected = i;
        break;
      }
    }
    assertEquals(expected, TextSearch.indexOf(hay, needle, 0, true));
    assertEquals(hay.indexOf(needle), TextSearch.indexOf(hay, needle, 0, false));
  }

  @Property
  void oneTermNeedleMatchesWhenSomeTermEqualsIt(@ForAll("text") String hay,
      @ForAll("term") String term) {
    boolean expected = false;
    for (String t : terms(hay)) {
      expected |= t.equalsIgnoreCase(term);
    }
    assertEquals(expected, TextSearch.hasTerm(hay, term, true), () -> hay + " has " + term);
    boolean expectedCs = terms(hay).contains(term);
    assertEquals(expectedCs, TextSearch.hasTerm(hay, term, false), () -> hay + " has_cs " + term);
  }

  @Provide
  Arbitrary<String> text() {
    // Few distinct characters, so matches are common; includes case pairs and separators.
    return Arbitraries.strings().withChars("aAbBkK\u212AiI\u0131\u0130sS\u017FéÉ .-_%2").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> term() {
    return Arbitraries.strings().withChars("aAbBkK\u212AiI\u0131éÉ2").ofMinLength(1)
        .ofMaxLength(3);
  }

  private static List<String> terms(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }
}
