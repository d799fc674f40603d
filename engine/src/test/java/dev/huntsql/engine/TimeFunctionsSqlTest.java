package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time functions through SQL: huntsql's TIMESTAMPs are the UTC wall clock going in and
 * coming out, whatever the JVM's time zone (the suite runs in Pacific/Auckland), and
 * {@code now()}/{@code ago()} read one instant per query.
 */
class TimeFunctionsSqlTest {
  private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  @TempDir
  Path dir;

  private static String event(String timestamp, String device) {
    return "{\"Timestamp\":\"" + timestamp + "\",\"DeviceName\":\"" + device + "\"}";
  }

  @Test
  void binGroupsEventsByHour() {
    SqlFixture.in(dir)
        .file("DeviceNetworkEvents.json", event("2025-09-01T13:05:22.123Z", "a"),
            event("2025-09-01T13:59:59.999Z", "b"), event("2025-09-01T14:00:00Z", "c"))
        .returns("select bin(Timestamp, '1h') as Slot, count(*) as N from DeviceNetworkEvents "
                + "group by bin(Timestamp, '1h') order by Slot asc",
            "Slot=2025-09-01 13:00:00.000; N=2",
            "Slot=2025-09-01 14:00:00.000; N=1");
  }

  @Test
  void utcTimesInsideTheJvmZonesDaylightSavingGapKeepTheirHour() {
    // Auckland skips 02:00-03:00 on 2025-09-28; as java.sql.Timestamp (Calcite's UDF
    // convention) 02:30 would turn into 03:30 under this JVM's zone.
    SqlFixture.in(dir)
        .file("DeviceNetworkEvents.json", event("2025-09-28T02:30:00Z", "a"))
        .returns("select bin(Timestamp, '1h') as H, datetime_add('minute', 1, Timestamp) as M, "
                + "startofday(Timestamp) as D, datetime_diff('minute', Timestamp, "
                + "TIMESTAMP '2025-09-28 01:59:00') as Diff from DeviceNetworkEvents",
            "H=2025-09-28 02:00:00.000; M=2025-09-28 02:31:00.000; D=2025-09-28 00:00:00.000; "
                + "Diff=31");
    SqlFixture.in(dir).returns("select bin(TIMESTAMP '2025-09-28 02:30:00', '1h') as H",
        "H=2025-09-28 02:00:00.000");
  }

  @Test
  void datetimeDiffTakesKqlsArgumentOrderWithColumns() {
    SqlFixture.in(dir)
        .file("DeviceNetworkEvents.json", event("2025-09-01T13:05:22.123Z", "a"))
        .returns("select datetime_diff('second', Timestamp, TIMESTAMP '2025-09-01 13:00:00') as S, "
                + "DATETIME_DIFF('Day', TIMESTAMP '2025-09-03 00:00:00', Timestamp) as D "
                + "from DeviceNetworkEvents",
            "S=322; D=2");
  }

  @Test
  void binOverloadsResolveByArgumentType() throws SQLException {
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
        Statement statement = session.connection().createStatement();
        ResultSet rows = session.executeQuery(statement, "select bin(7, 2), bin(7, 2.5), "
            + "bin(2.75, 0.5), bin(TIMESTAMP '2025-09-01 13:47:12.345', '15m'), "
            + "bin(CAST(NULL AS BIGINT), 5)")) {
      ResultSetMetaData meta = rows.getMetaData();
      assertEquals(Types.BIGINT, meta.getColumnType(1));
      assertEquals(Types.DOUBLE, meta.getColumnType(2));
      assertEquals(Types.DOUBLE, meta.getColumnType(3));
      assertEquals(Types.TIMESTAMP, meta.getColumnType(4));
      assertTrue(rows.next());
      assertEquals(List.of("6", "5.0", "2.5", "2025-09-01 13:45:00.000", "null"), strings(rows));
    }
  }

  @Test
  void nullsAndWhatIsNotATimespanGiveNull() {
    SqlFixture.in(dir).returns("select bin(TIMESTAMP '2025-09-01 13:47:12', 'soon') as A, "
            + "ago('soon') as B, bin(TIMESTAMP '2025-09-01 13:47:12', '0s') as C, "
            + "datetime_diff('fortnight', now(), now()) as D, timespan_ms(NULL) as E, "
            + "startofday(NULL) as F",
        "A=null; B=null; C=null; D=null; E=null; F=null");
  }

  @Test
  void tostringOfATimestampIsKqlDatetimeText() {
    SqlFixture.in(dir).returns("select tostring(TIMESTAMP '2025-09-01 13:47:12.345') as T, "
            + "strcat('at ', TIMESTAMP '2025-09-28 02:30:00') as S",
        "T=2025-09-01T13:47:12.3450000Z; S=at 2025-09-28T02:30:00Z");
  }

  @Test
  void nowAndAgoReadOneInstantThroughoutAQuery() throws Exception {
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
        Statement statement = session.connection().createStatement()) {
      Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      List<Instant> seen = new ArrayList<>();
      // ago(s) of a column cannot be folded into a constant when the query is planned, so each
      // row calls it while the result set is read.
      try (ResultSet rows = session.executeQuery(statement,
          "select now(), ago(s) from (values ('0s'), ('0s'), ('0s')) as t(s)")) {
        while (rows.next()) {
          seen.add(utc(rows.getString(1)));
          seen.add(utc(rows.getString(2)));
          Thread.sleep(25);
        }
      }
      Instant after = Instant.now();
      assertEquals(6, seen.size());
      assertEquals(1, seen.stream().distinct().count(), seen.toString());
      Instant pinned = seen.get(0);
      assertFalse(pinned.isBefore(before) || pinned.isAfter(after), pinned + " not in the query's run");
      try (ResultSet rows = session.executeQuery(statement, "select now()")) {
        assertTrue(rows.next());
        assertTrue(utc(rows.getString(1)).isAfter(pinned), "a later query reads a later clock");
      }
    }
  }

  @Test
  void agoFiltersRowsInWhere() {
    SqlFixture.in(dir)
        .file("DeviceNetworkEvents.json", event("2025-09-01T13:05:22.123Z", "a"))
        .returns("select count(*) as N from DeviceNetworkEvents where Timestamp > ago('36500d') "
                + "and Timestamp < ago('1s')",
            "N=1");
  }

  private static List<String> strings(ResultSet rows) throws SQLException {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
      values.add(String.valueOf(rows.getString(i)));
    }
    return values;
  }

  private static Instant utc(String printed) {
    return LocalDateTime.parse(printed, PRINTED).toInstant(ZoneOffset.UTC);
  }
}
