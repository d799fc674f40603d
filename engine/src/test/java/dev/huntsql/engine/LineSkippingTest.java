package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filter that needs a JSON key lets the scan skip lines without that word unparsed; the answers
 * are those of parsing every line ({@code -Dhuntsql.scan.skipLines=false}).
 */
class LineSkippingTest {
  private static final String NEEDS_KEY = "select DeviceName from DeviceNetworkEvents"
      + " where isnotempty(json_get(AdditionalFields, 'SignatureName')) order by DeviceName";

  @TempDir
  Path dir;

  @AfterEach
  void parseAllLinesAgain() {
    System.clearProperty("huntsql.scan.skipLines");
  }

  private SqlFixture events() {
    return SqlFixture.in(dir).file("DeviceNetworkEvents.json",
        "{\"DeviceName\":\"as-object\",\"AdditionalFields\":{\"SignatureName\":\"SMB\"}}",
        "{\"DeviceName\":\"as-text\",\"AdditionalFields\":\"{\\\"SignatureName\\\":\\\"NTLM\\\"}\"}",
        // The key written with an escape is still the key SignatureName.
        "{\"DeviceName\":\"escaped\",\"AdditionalFields\":{\"\\u0053ignatureName\":\"SMB\"}}",
        "{\"DeviceName\":\"other-key\",\"AdditionalFields\":{\"Signature\":\"SMB\"},\"RemotePort\":445}",
        "{\"DeviceName\":\"empty\",\"AdditionalFields\":{\"SignatureName\":\"\"}}",
        "{\"DeviceName\":\"no-fields\",\"RemotePort\":445}")
        // A Streaming API batch (its own file: a file of envelopes holds nothing else).
        .file("streaming/PT1H.json", "{\"records\":[{\"category\":\"AdvancedHunting-DeviceNetworkEvents\",\"properties\":{\"DeviceName\":\"batched\","
            + "\"AdditionalFields\":\"{\\\"SignatureName\\\":\\\"SMB\\\"}\"}},{\"category\":"
            + "\"AdvancedHunting-DeviceNetworkEvents\",\"properties\":{\"DeviceName\":\"batched-plain\"}}]}");
  }

  @Test
  void skippedLinesChangeNoAnswer() {
    List<String> expected = List.of("DeviceName=as-object", "DeviceName=as-text", "DeviceName=batched",
        "DeviceName=escaped");
    assertEquals(expected, events().rows(NEEDS_KEY));
    System.setProperty("huntsql.scan.skipLines", "false");
    assertEquals(expected, events().rows(NEEDS_KEY));
  }

  @Test
  void explainShowsTheWordLinesMustHold() {
    assertTrue(explain(NEEDS_KEY).contains("linesMustHold=[SignatureName]"), explain(NEEDS_KEY));
    // One branch of the OR needs no word, so no line can be skipped.
    String either = "select DeviceName from DeviceNetworkEvents"
        + " where isnotempty(json_get(AdditionalFields, 'SignatureName')) or RemotePort = 445 order by DeviceName";
    assertFalse(explain(either).contains("linesMustHold"), explain(either));
    assertEquals(List.of("DeviceName=as-object", "DeviceName=as-text", "DeviceName=batched", "DeviceName=escaped",
        "DeviceName=no-fields", "DeviceName=other-key"), events().rows(either));
    // A key in text the query builds need not be in the line.
    String built = "select count(*) as n from DeviceNetworkEvents"
        + " where isnotempty(json_get(strcat('{\"SignatureName\":\"', DeviceName, '\"}'), 'SignatureName'))";
    assertFalse(explain(built).contains("linesMustHold"), explain(built));
    assertEquals(List.of("n=8"), events().rows(built));
    // Both branches need a word: either will do.
    String both = "select DeviceName from DeviceNetworkEvents where isnotempty(json_get(AdditionalFields,"
        + " 'SignatureName')) or isnotempty(json_get(AdditionalFields, 'Signature'))";
    assertTrue(explain(both).contains("linesMustHold=[SignatureName or Signature]"), explain(both));
    // json_get answers '' for a missing key, so IS NOT NULL needs no word: lines without it pass.
    String notNull = "select DeviceName from DeviceNetworkEvents"
        + " where json_get(AdditionalFields, 'SignatureName') is not null order by DeviceName";
    assertFalse(explain(notNull).contains("linesMustHold"), explain(notNull));
    assertEquals(List.of("DeviceName=as-object", "DeviceName=as-text", "DeviceName=batched", "DeviceName=empty",
        "DeviceName=escaped", "DeviceName=other-key"), events().rows(notNull));
  }

  @Test
  void inStrictModeADamagedLineStopsTheQueryEvenWithoutTheWord() {
    SqlFixture fixture = SqlFixture.in(dir).file("DeviceNetworkEvents.json",
        "{\"DeviceName\":\"x\",\"AdditionalFields\":{\"SignatureName\":\"SMB\"}}", "{\"DeviceName\":\"cut",
        "{\"DeviceName\":\"y\"}");
    assertThrows(AssertionError.class, () -> fixture.rows(NEEDS_KEY, true));
    // Without strict mode the damaged line is skipped unread (it lacks the word) ...
    assertEquals(List.of("DeviceName=x"), fixture.rows(NEEDS_KEY));
    assertEquals(List.of(), fixture.warnings());
    // ... and a strict run does not take that run's kept rows: it reads every line again.
    assertThrows(AssertionError.class, () -> fixture.rows(NEEDS_KEY, true));
  }

  private String explain(String sql) {
    return String.join("\n", events().rows("explain plan for " + sql));
  }
}
