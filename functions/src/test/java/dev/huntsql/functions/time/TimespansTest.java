package dev.huntsql.functions.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KQL timespan text as ticks, worked out from Kusto's timespan literal table; -1 = not a span. */
class TimespansTest {
  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "100ms, 1000000",
      "10s, 100000000",
      "30m, 18000000000",
      "1h, 36000000000",
      "7d, 6048000000000",
      "2d, 1728000000000",
      "1.5h, 54000000000",
      "0.1s, 1000000",
      "1tick, 1",
      "3ticks, 3",
      "10microsecond, 100",
      "2micros, 20",
      "1millisecond, 10000",
      "5millis, 50000",
      "2min, 1200000000",
      "2minutes, 1200000000",
      "3sec, 30000000",
      "3seconds, 30000000",
      "2hr, 72000000000",
      "2hrs, 72000000000",
      "2hours, 72000000000",
      "1day, 864000000000",
      "1H, 36000000000",
      "' 1h ', 36000000000",
      "-1h, -36000000000",
      "250nanoseconds, 2",
      "1nano, 0",
      "0s, 0",
      "0.12:34:56.7, 452967000000",
      "1.02:00:00, 936000000000",
      "00:30, 18000000000",
      "00:00:01.0000001, 10000001",
      "-00:30:00, -18000000000",
  })
  void readsKustoTimespans(String text, long ticks) {
    assertEquals(ticks, Timespans.ticks(text), text);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "NULL", "''", "' '", "2", "h", ".5h", "1.h", "1 h", "5mins", "1w", "1y", "1month", "+1h",
      "--1h", "1h30m", "24:00:00", "00:60", "1:2:3:4", "00:00:00.12345678", "a.01:00:00",
      "99999999999999999999d", "1.5.5h", "1e3s", "１h",
  })
  void rejectsWhatIsNotATimespan(String text) {
    assertEquals(Timespans.INVALID, Timespans.ticks(text), text);
  }

  @ParameterizedTest
  @CsvSource({"1h, 36000000000", "2h, 72000000000", "1h, 36000000000"})
  void theCacheOfTheLastSpanNeverAnswersForAnotherText(String text, long ticks) {
    assertEquals(ticks, Timespans.ticks(text));
    assertEquals(ticks, Timespans.ticks(new String(text)));
  }
}
