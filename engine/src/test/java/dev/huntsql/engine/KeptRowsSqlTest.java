package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which filtered scans keep their rows for a repeated query, and that a kept answer is never a wrong one. */
class KeptRowsSqlTest {
  @TempDir
  Path dir;

  private SqlFixture events() {
    return SqlFixture.in(dir).file("DeviceNetworkEvents.json",
        "{\"Timestamp\":\"2020-01-01T00:00:00Z\",\"DeviceName\":\"a\",\"RemotePort\":445}",
        "{\"Timestamp\":\"2020-01-01T00:00:00Z\",\"DeviceName\":\"b\",\"RemotePort\":139}",
        "{\"Timestamp\":\"2020-01-01T00:00:00Z\",\"DeviceName\":\"c\",\"RemotePort\":445}");
  }

  @Test
  void aParameterIsPartOfTheAnswerNotOfTheKey() throws Exception {
    events();
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
        PreparedStatement statement = session.connection().prepareStatement(
            "select count(*) from DeviceNetworkEvents where RemotePort = ?")) {
      assertEquals(2, count(statement, 445));
      assertEquals(1, count(statement, 139));
      assertEquals(0, count(statement, 80));
      assertEquals(2, count(statement, 445));
    }
  }

  @Test
  void onlyFiltersThatGiveTheSameRowsEveryTimeAreKept() {
    SqlFixture fixture = events();
    assertTrue(explain(fixture, "select DeviceName from DeviceNetworkEvents where RemotePort = 445").contains("keepsRows"));
    // The clock moves between runs: a clock call is computed anew by each run, never kept.
    assertFalse(explain(fixture, "select DeviceName from DeviceNetworkEvents where Timestamp > ago(DeviceName)")
        .contains("keepsRows"));
    assertFalse(explain(fixture, "select DeviceName from DeviceNetworkEvents where Timestamp > ago('1d')")
        .contains("keepsRows"));
    assertFalse(explain(fixture, "select DeviceName from DeviceNetworkEvents where rand() < 0.5").contains("keepsRows"));
    // Without a filter the program's rows are as many as the file's: the column cache holds those.
    assertFalse(explain(fixture, "select upper(DeviceName) from DeviceNetworkEvents").contains("keepsRows"));
    assertEquals(List.of("DeviceName=a", "DeviceName=c"),
        fixture.rows("select DeviceName from DeviceNetworkEvents where RemotePort = 445 order by DeviceName"));
    assertEquals(List.of("DeviceName=a", "DeviceName=c"),
        fixture.rows("select DeviceName from DeviceNetworkEvents where RemotePort = 445 order by DeviceName"));
  }

  private static long count(PreparedStatement statement, int port) throws Exception {
    statement.setInt(1, port);
    try (ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String explain(SqlFixture fixture, String sql) {
    return String.join("\n", fixture.rows("explain plan for " + sql));
  }
}
