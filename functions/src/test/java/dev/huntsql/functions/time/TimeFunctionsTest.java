package dev.huntsql.functions.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values worked out by hand from Kusto's documented semantics. The suite runs in
 * Pacific/Auckland; the functions must not notice.
 */
class TimeFunctionsTest {
  private static final Instant NOON = t("2025-09-01T12:00:00Z");

  @AfterEach
  void unpin() {
    QueryClock.unpin();
  }

  @Test
  void binRoundsDownToAMultipleOfTheSpanSinceTheEpoch() {
    Instant t = t("2025-09-01T13:47:12.345Z");
    assertEquals(t("2025-09-01T13:00:00Z"), TimeFunctions.bin(t, "1h"));
    assertEquals(t("2025-09-01T13:45:00Z"), TimeFunctions.bin(t, "15m"));
    assertEquals(t("2025-09-01T13:47:12Z"), TimeFunctions.bin(t, "1s"));
    assertEquals(t("2025-09-01T13:47:12.300Z"), TimeFunctions.bin(t, "100ms"));
    assertEquals(t("2025-09-01T00:00:00Z"), TimeFunctions.bin(t, "1d"));
    // 2025-09-01 is day 20332 since 1970-01-01 (a Thursday); 7d bins start on Thursdays.
    assertEquals(t("2025-08-28T00:00:00Z"), TimeFunctions.bin(t, "7d"));
    // Every day starts on a multiple of 1.5 hours, so 13:47 falls in the 13:30 bin.
    assertEquals(t("2025-09-01T13:30:00Z"), TimeFunctions.bin(t, "1.5h"));
    assertEquals(t, TimeFunctions.bin(t, "1tick"));
  }

  @Test
  void binFloorsBeforeTheEpoch() {
    assertEquals(t("1969-12-31T00:00:00Z"), TimeFunctions.bin(t("1969-12-31T23:59:59.999Z"), "1d"));
    assertEquals(t("1969-12-31T23:00:00Z"), TimeFunctions.bin(t("1969-12-31T23:30:00Z"), "1h"));
    assertEquals(t("1969-12-31T23:59:59Z"), TimeFunctions.bin(Instant.ofEpochMilli(-1), "1s"));
    assertEquals(t("1900-01-01T00:00:00Z"), TimeFunctions.bin(t("1900-01-01T00:59:59Z"), "1h"));
  }

  @Test
  void binOfADatetimeIsNullForNullsAndSpansThatAreNotPositive() {
    Instant t = t("2025-09-01T13:47:12Z");
    assertNull(TimeFunctions.bin(null, "1h"));
    assertNull(TimeFunctions.bin(t, null));
    assertNull(TimeFunctions.bin(t, "0s"));
    assertNull(TimeFunctions.bin(t, "-1h"));
    assertNull(TimeFunctions.bin(t, "1 hour"));
    assertNull(TimeFunctions.bin(t, "60"));
    assertNull(TimeFunctions.bin(t, "1nanosecond"));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "-7, 5, -10",
      "-5, 5, -5",
      "4, 5, 0",
      "10, 5, 10",
      "4567, 1000, 4000",
      "7, 0, NULL",
      "7, -1, NULL",
      "NULL, 5, NULL",
      "7, NULL, NULL",
      "-9223372036854775808, 3, NULL",
      "9223372036854775807, 1, 9223372036854775807",
  })
  void binOfAnIntegerFloors(Long value, Long size, Long expected) {
    assertEquals(expected, TimeFunctions.bin(value, size));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "2.75, 0.5, 2.5",
      "-0.1, 1.0, -1.0",
      "4.5, 1.0, 4.0",
      "7.0, 2.5, 5.0",
      "1.0, 0.0, NULL",
      "1.0, -2.0, NULL",
      "1.0, NaN, NULL",
      "1.0, Infinity, NULL",
      "NULL, 1.0, NULL",
  })
  void binOfARealFloors(Double value, Double size, Double expected) {
    assertEquals(expected, TimeFunctions.bin(value, size));
  }

  @Test
  void agoAndNowReadThePinnedClock() {
    QueryClock.pin(NOON);
    assertEquals(NOON, TimeFunctions.now());
    assertEquals(t("2025-09-01T11:00:00Z"), TimeFunctions.ago("1h"));
    assertEquals(t("2025-09-01T10:30:00Z"), TimeFunctions.ago("1.5h"));
    assertEquals(t("2025-08-25T12:00:00Z"), TimeFunctions.ago("7d"));
    assertEquals(t("2025-09-01T11:59:59.900Z"), TimeFunctions.ago("100ms"));
    assertEquals(t("2025-09-02T12:00:00Z"), TimeFunctions.ago("-1d"));
    assertEquals(t("2025-08-30T12:00:00Z"), TimeFunctions.now("-2d"));
    assertEquals(t("2025-09-01T12:00:30Z"), TimeFunctions.now("30s"));
    assertNull(TimeFunctions.ago(null));
    assertNull(TimeFunctions.ago("yesterday"));
    assertNull(TimeFunctions.now("2"));
  }

  @Test
  void agoWithoutAPinReadsTheSystemClock() {
    Instant before = Instant.now();
    Instant ago = TimeFunctions.ago("1h");
    Instant after = Instant.now();
    assertTrue(!ago.isBefore(before.minusSeconds(3600)) && !ago.isAfter(after.minusSeconds(3600)),
        ago.toString());
  }

  @Test
  void startsOfPeriodsAreUtcMidnights() {
    Instant t = t("2025-09-03T13:47:12.345Z");
    assertEquals(t("2025-09-03T00:00:00Z"), TimeFunctions.startOfDay(t));
    // 2025-09-03 is a Wednesday; Kusto's weeks start on Sunday.
    assertEquals(t("2025-08-31T00:00:00Z"), TimeFunctions.startOfWeek(t));
    assertEquals(t("2025-08-31T00:00:00Z"), TimeFunctions.startOfWeek(t("2025-08-31T00:00:00Z")));
    assertEquals(t("2025-08-31T00:00:00Z"), TimeFunctions.startOfWeek(t("2025-09-06T23:59:59Z")));
    assertEquals(t("2025-09-01T00:00:00Z"), TimeFunctions.startOfMonth(t));
    assertEquals(t("2025-01-01T00:00:00Z"), TimeFunctions.startOfYear(t));
    assertEquals(t("1969-12-31T00:00:00Z"), TimeFunctions.startOfDay(t("1969-12-31T23:59:00Z")));
    // 1969-12-31 was a Wednesday.
    assertEquals(t("1969-12-28T00:00:00Z"), TimeFunctions.startOfWeek(t("1969-12-31T23:59:00Z")));
    assertNull(TimeFunctions.startOfDay(null));
    assertNull(TimeFunctions.startOfWeek(null));
    assertNull(TimeFunctions.startOfMonth(null));
    assertNull(TimeFunctions.startOfYear(null));
  }

  @Test
  void endsOfPeriodsAreTheirLastTick() {
    Instant t = t("2025-09-03T13:47:12.345Z");
    assertEquals(t("2025-09-03T23:59:59.9999999Z"), TimeFunctions.endOfDay(t));
    assertEquals(t("2025-09-06T23:59:59.9999999Z"), TimeFunctions.endOfWeek(t));
    assertEquals(t("2025-09-30T23:59:59.9999999Z"), TimeFunctions.endOfMonth(t));
    assertEquals(t("2024-02-29T23:59:59.9999999Z"), TimeFunctions.endOfMonth(t("2024-02-10T08:00:00Z")));
    assertEquals(t("2025-12-31T23:59:59.9999999Z"), TimeFunctions.endOfMonth(t("2025-12-15T00:00:00Z")));
    assertEquals(t("2025-12-31T23:59:59.9999999Z"), TimeFunctions.endOfYear(t));
    assertNull(TimeFunctions.endOfDay(null));
    assertNull(TimeFunctions.endOfWeek(null));
    assertNull(TimeFunctions.endOfMonth(null));
    assertNull(TimeFunctions.endOfYear(null));
  }

  /** The example table of Kusto's datetime_diff documentation. */
  @ParameterizedTest
  @CsvSource({
      "year, 2017-01-01T00:00:00Z, 2000-12-31T00:00:00Z, 17",
      "quarter, 2017-07-01T00:00:00Z, 2017-03-30T00:00:00Z, 2",
      "month, 2017-01-01T00:00:00Z, 2015-12-30T00:00:00Z, 13",
      "week, 2017-10-29T00:00:00Z, 2017-09-30T23:59:00Z, 5",
      "day, 2017-10-29T00:00:00Z, 2017-09-30T23:59:00Z, 29",
      "hour, 2017-10-31T01:00:00Z, 2017-10-30T23:59:00Z, 2",
      "minute, 2017-10-30T23:05:01Z, 2017-10-30T23:00:59Z, 5",
      "second, 2017-10-30T23:00:10.100Z, 2017-10-30T23:00:00.900Z, 10",
      "millisecond, 2017-10-30T23:00:00.200100Z, 2017-10-30T23:00:00.100900Z, 100",
      "microsecond, 2017-10-30T23:00:00.1009001Z, 2017-10-30T23:00:00.1008009Z, 100",
      "nanosecond, 2017-10-30T23:00:00Z, 2017-10-30T23:00:00.0000007Z, -700",
  })
  void datetimeDiffMatchesKustosDocumentedExamples(String part, String a, String b, long expected) {
    assertEquals(expected, TimeFunctions.datetimeDiff(part, t(a), t(b)));
  }

  @Test
  void datetimeDiffCountsBoundariesNotElapsedTime() {
    Instant midnight = t("2025-09-02T00:00:00Z");
    Instant minuteBefore = t("2025-09-01T23:59:00Z");
    assertEquals(1L, TimeFunctions.datetimeDiff("day", midnight, minuteBefore));
    assertEquals(-1L, TimeFunctions.datetimeDiff("day", minuteBefore, midnight));
    assertEquals(1L, TimeFunctions.datetimeDiff("Hour", midnight, minuteBefore));
    assertEquals(0L, TimeFunctions.datetimeDiff("week", midnight, minuteBefore));
    assertEquals(1L, TimeFunctions.datetimeDiff("year", t("2026-01-01T00:00:00Z"), t("2025-12-31T23:59:59.999Z")));
    assertEquals(1L, TimeFunctions.datetimeDiff("DAY", t("1970-01-01T00:00:00Z"), t("1969-12-31T23:59:59Z")));
    assertEquals(0L, TimeFunctions.datetimeDiff("month", midnight, midnight));
  }

  @Test
  void datetimeDiffIsNullForNullsAndUnknownPeriods() {
    Instant t = t("2025-09-02T00:00:00Z");
    assertNull(TimeFunctions.datetimeDiff("fortnight", t, t));
    assertNull(TimeFunctions.datetimeDiff("days", t, t));
    assertNull(TimeFunctions.datetimeDiff(null, t, t));
    assertNull(TimeFunctions.datetimeDiff("day", null, t));
    assertNull(TimeFunctions.datetimeDiff("day", t, null));
  }

  @Test
  void datetimeAddMovesByCalendarPeriods() {
    assertEquals(t("2025-02-28T08:00:00Z"), TimeFunctions.datetimeAdd("month", 1L, t("2025-01-31T08:00:00Z")));
    assertEquals(t("2024-02-29T08:00:00Z"), TimeFunctions.datetimeAdd("month", 1L, t("2024-01-31T08:00:00Z")));
    assertEquals(t("2025-02-28T00:00:00Z"), TimeFunctions.datetimeAdd("year", 1L, t("2024-02-29T00:00:00Z")));
    assertEquals(t("2026-02-28T00:00:00Z"), TimeFunctions.datetimeAdd("quarter", 1L, t("2025-11-30T00:00:00Z")));
    assertEquals(t("2025-08-25T12:00:00Z"), TimeFunctions.datetimeAdd("week", -1L, NOON));
    assertEquals(t("2025-09-02T13:00:00Z"), TimeFunctions.datetimeAdd("hour", 25L, NOON));
    assertEquals(t("2025-09-01T11:59:00Z"), TimeFunctions.datetimeAdd("Minute", -1L, NOON));
    assertEquals(t("2025-09-01T12:00:01Z"), TimeFunctions.datetimeAdd("second", 1L, NOON));
    assertEquals(t("2025-09-01T12:00:00.250Z"), TimeFunctions.datetimeAdd("millisecond", 250L, NOON));
    assertEquals(t("2025-09-01T12:00:00.000002Z"), TimeFunctions.datetimeAdd("microsecond", 2L, NOON));
    assertEquals(t("2025-09-01T12:00:00.000000100Z"), TimeFunctions.datetimeAdd("nanosecond", 100L, NOON));
    assertEquals(t("2025-09-01T12:00:00Z"), TimeFunctions.datetimeAdd("day", 0L, NOON));
  }

  @Test
  void datetimeAddIsNullForNullsUnknownPeriodsAndOverflow() {
    assertNull(TimeFunctions.datetimeAdd("fortnight", 1L, NOON));
    assertNull(TimeFunctions.datetimeAdd(null, 1L, NOON));
    assertNull(TimeFunctions.datetimeAdd("day", null, NOON));
    assertNull(TimeFunctions.datetimeAdd("day", 1L, null));
    assertNull(TimeFunctions.datetimeAdd("year", Long.MAX_VALUE, NOON));
    assertNull(TimeFunctions.datetimeAdd("week", Long.MAX_VALUE, NOON));
  }

  @Test
  void timespanMsGivesWholeMilliseconds() {
    assertEquals(5_400_000L, TimeFunctions.timespanMs("1.5h"));
    assertEquals(100L, TimeFunctions.timespanMs("100ms"));
    assertEquals(604_800_000L, TimeFunctions.timespanMs("7d"));
    assertEquals(1_800_000L, TimeFunctions.timespanMs("00:30:00"));
    assertEquals(-1_500L, TimeFunctions.timespanMs("-1.5s"));
    assertEquals(0L, TimeFunctions.timespanMs("1tick"));
    assertEquals(0L, TimeFunctions.timespanMs("-1tick"));
    assertNull(TimeFunctions.timespanMs("1w"));
    assertNull(TimeFunctions.timespanMs(null));
  }

  private static Instant t(String text) {
    return Instant.parse(text);
  }
}
