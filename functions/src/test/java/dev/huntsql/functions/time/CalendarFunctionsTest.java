package dev.huntsql.functions.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calendar facts worked out by hand: 2025-09-01 is a Monday; 2024 is a leap year; 2021-01-03 is a
 * Sunday in ISO week 53 of 2020 (2021's first Thursday is 7 January); 2024-12-30 (a Monday) starts
 * ISO week 1 of 2025.
 */
class CalendarFunctionsTest {
  private static final Instant T = Instant.parse("2025-09-07T13:47:12.345Z"); // a Sunday

  @ParameterizedTest
  @CsvSource({
      "year, 2025", "quarter, 3", "month, 9", "week_of_year, 36", "day, 7", "dayofyear, 250",
      "hour, 13", "minute, 47", "second, 12", "millisecond, 345", "microsecond, 345000",
      "nanosecond, 345000000", "Year, 2025", "' HOUR ', 13"})
  void datetimePartReadsTheUtcCalendar(String part, int expected) {
    // Day of year: 243 days in January..August 2025, plus 7.
    assertEquals(expected, CalendarFunctions.datetimePart(part, T));
  }

  @Test
  void isoWeeksCrossYearEnds() {
    assertEquals(53, CalendarFunctions.weekOfYear(Instant.parse("2021-01-03T12:00:00Z")));
    assertEquals(1, CalendarFunctions.weekOfYear(Instant.parse("2021-01-04T00:00:00Z")));
    assertEquals(1, CalendarFunctions.weekOfYear(Instant.parse("2024-12-30T00:00:00Z")));
    assertEquals(52, CalendarFunctions.weekOfYear(Instant.parse("2024-12-29T23:59:59Z")));
  }

  @Test
  void kqlShortcutsAgreeWithTheirParts() {
    assertEquals(2025, CalendarFunctions.getYear(T));
    assertEquals(9, CalendarFunctions.getMonth(T));
    assertEquals(9, CalendarFunctions.monthOfYear(T));
    assertEquals(7, CalendarFunctions.dayOfMonth(T));
    assertEquals(366, CalendarFunctions.dayOfYear(Instant.parse("2024-12-31T23:00:00Z")));
    assertEquals(13, CalendarFunctions.hourOfDay(T));
  }

  @ParameterizedTest
  @CsvSource({
      "millisecond, 2025-09-07T13:47:12.345Z", "second, 2025-09-07T13:47:12Z", "minute, 2025-09-07T13:47:00Z",
      "hour, 2025-09-07T13:00:00Z", "day, 2025-09-07T00:00:00Z", "week, 2025-09-01T00:00:00Z",
      "month, 2025-09-01T00:00:00Z", "quarter, 2025-07-01T00:00:00Z", "year, 2025-01-01T00:00:00Z",
      "days, 2025-09-07T00:00:00Z", "' Hour ', 2025-09-07T13:00:00Z"})
  void dateTruncStartsThePeriod(String unit, String expected) {
    assertEquals(Instant.parse(expected), CalendarFunctions.dateTrunc(unit, T));
  }

  @Test
  void dateTruncWeeksStartOnMonday() {
    Instant monday = Instant.parse("2025-09-01T00:00:00Z");
    assertEquals(monday, CalendarFunctions.dateTrunc("week", monday));
    assertEquals(monday, CalendarFunctions.dateTrunc("week", Instant.parse("2025-09-07T23:59:59.999Z")));
    assertEquals(Instant.parse("2025-09-08T00:00:00Z"),
        CalendarFunctions.dateTrunc("week", Instant.parse("2025-09-08T00:00:00Z")));
    // A week that starts in the previous year.
    assertEquals(Instant.parse("2024-12-30T00:00:00Z"),
        CalendarFunctions.dateTrunc("week", Instant.parse("2025-01-01T10:00:00Z")));
  }

  @ParameterizedTest
  @CsvSource({
      "epoch, 1757252832", "second, 12", "minute, 47", "hour, 13", "day, 7", "dow, 7", "isodow, 7",
      "doy, 250", "week, 36", "month, 9", "quarter, 3", "year, 2025", "isoyear, 2025", "DOW, 7"})
  void timeExtractAsDruidNamesTheUnits(String unit, long expected) {
    // epoch: 20338 days (1970-01-01 to 2025-09-07) * 86400 + 13:47:12 = 1757203200 + 49632.
    assertEquals(expected, CalendarFunctions.timeExtract(T, unit));
  }

  @Test
  void timeExtractDayOfWeekRunsFromMondayOne() {
    assertEquals(1L, CalendarFunctions.timeExtract(Instant.parse("2025-09-01T00:00:00Z"), "dow"));
    assertEquals(2021L, CalendarFunctions.timeExtract(Instant.parse("2021-01-04T00:00:00Z"), "isoyear"));
    assertEquals(2020L, CalendarFunctions.timeExtract(Instant.parse("2021-01-03T00:00:00Z"), "isoyear"));
  }

  @Test
  void nullsAndUnknownPartsGiveNull() {
    assertNull(CalendarFunctions.datetimePart("fortnight", T));
    assertNull(CalendarFunctions.datetimePart(null, T));
    assertNull(CalendarFunctions.datetimePart("year", null));
    assertNull(CalendarFunctions.dateTrunc("decade", T));
    assertNull(CalendarFunctions.dateTrunc(null, T));
    assertNull(CalendarFunctions.dateTrunc("day", null));
    assertNull(CalendarFunctions.timeExtract(T, "fortnight"));
    assertNull(CalendarFunctions.timeExtract(null, "hour"));
    assertNull(CalendarFunctions.getYear(null));
    assertNull(CalendarFunctions.weekOfYear(null));
  }

  @Test
  void datetimesBeyondTheCalendarGiveNull() {
    assertNull(CalendarFunctions.getYear(Instant.MAX));
    assertNull(CalendarFunctions.dateTrunc("day", Instant.MIN));
  }
}
