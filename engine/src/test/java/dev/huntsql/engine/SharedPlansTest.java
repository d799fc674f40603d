package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huntsql.functions.geo.GeoDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement run again in a session is not parsed or planned again. */
class SessionPlansTest {
  @TempDir
  Path dir;

  @Test
  void aQueryRunAgainIsNotParsedAgain() throws Exception {
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", "{\"RemotePort\":445}", "{\"RemotePort\":80}");
    String sql = "-- a saved hunt\nselect count(*) from DeviceNetworkEvents where RemotePort = 445";
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false))) {
      assertEquals(1, parses(session, sql));
      assertEquals(0, parses(session, sql), "the plan was reused");
      assertEquals(0, parses(session, sql));
      assertEquals(1, parses(session, sql.replace("445", "80")), "another text is another plan");
      assertEquals(1, parses(session, "explain plan for " + sql), "only queries are kept");
      assertEquals(1, parses(session, "explain plan for " + sql));
    }
    try (HuntSession other = HuntSession.open(new HuntOptions(dir, null, false))) {
      assertEquals(1, parses(other, sql), "plans belong to their session");
    }
  }

  @Test
  void anotherGeoDatabaseMeansAnotherPlan() throws Exception {
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", "{\"RemotePort\":445}");
    String sql = "select geo_country('81.2.69.142') from DeviceNetworkEvents";
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false))) {
      assertEquals(1, parses(session, sql));
      assertEquals(0, parses(session, sql));
      // Calcite computes geo_country of a literal while planning, from the database then in use.
      GeoDatabases.use(GeoDatabases.openDefault());
      assertEquals(1, parses(session, sql));
    }
  }

  @Test
  void aKeptPlanReadsTheClockEachTimeItRuns() throws Exception {
    // An event a second from now: not yet before now() on the first run, before it on the second.
    Instant soon = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", "{\"RemotePort\":445,\"Timestamp\":\"" + soon + "\"}");
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false))) {
      for (String clock : new String[] {"now()", "ago('-1ms')", "current_timestamp"}) {
        String sql = "select count(*) from DeviceNetworkEvents where Timestamp < " + clock;
        assertEquals("0", value(session, sql), clock);
      }
      Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon).toMillis()) + 50);
      for (String clock : new String[] {"now()", "ago('-1ms')", "current_timestamp"}) {
        String sql = "select count(*) from DeviceNetworkEvents where Timestamp < " + clock;
        assertEquals(0, parses(session, sql), "the plan of " + clock + " was reused");
        assertEquals("1", value(session, sql), "a filter on " + clock + " reads the clock of its run");
      }
    }
  }

  /** How many times Calcite parsed SQL while running {@code sql}. */
  private static int parses(HuntSession session, String sql) throws SQLException {
    AtomicInteger parses = new AtomicInteger();
    try (Hook.Closeable counting = Hook.PARSE_TREE.addThread((Consumer<Object>) parsed -> parses.incrementAndGet())) {
      value(session, sql);
    }
    return parses.get();
  }

  private static String value(HuntSession session, String sql) throws SQLException {
    try (Statement statement = session.connection().createStatement();
        ResultSet rs = session.executeQuery(statement, sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
