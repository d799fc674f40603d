package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> TABLES = List.of("DeviceNetworkEvents", "DeviceProcessEvents", "DeviceEvents");

  @Test
  void editDistanceCountsSwapsAsOneEdit() {
    assertEquals(0, Suggestions.distance("abc", "abc"));
    assertEquals(1, Suggestions.distance("abc", "acb"));
    assertEquals(1, Suggestions.distance("abc", "abcd"));
    assertEquals(2, Suggestions.distance("kitten", "sittin"));
  }

  @Test
  void suggestsTheClosestNamesInAnyLetterCase() {
    assertEquals("did you mean 'DeviceNetworkEvents'?", Suggestions.didYouMean("devicenetworkevent", TABLES));
    assertEquals("did you mean 'DeviceEvents'?", Suggestions.didYouMean("DeviceEvnets", TABLES));
    assertEquals(List.of("ipv4_is_private"), Suggestions.closest("ipv4_is_priv", List.of("ipv4_is_private", "ipv4_compare")));
  }

  @Test
  void farAwayNamesAreNotSuggested() {
    assertNull(Suggestions.didYouMean("nosuchthing", TABLES));
    assertNull(Suggestions.didYouMean("xy", List.of("ab")));
  }
}
