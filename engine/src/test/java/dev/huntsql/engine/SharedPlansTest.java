package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.engine.calcite.SharedPlans;
import dev.huntsql.functions.geo.GeoDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement run again, in its session or another over tables of the same columns, is not parsed or planned again. */
class SharedPlansTest {
  @TempDir
  Path dir;

  @BeforeEach
  void forgetPlansOfOtherTests() {
    SharedPlans.JVM.clear();
  }

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
    Path copy = dir.resolve("copy");
    SqlFixture.in(copy).file("DeviceNetworkEvents.json", "{\"RemotePort\":445}", "{\"RemotePort\":445}");
    try (HuntSession other = HuntSession.open(new HuntOptions(copy, null, false))) {
      assertEquals(0, parses(other, sql), "another session over tables of the same columns reuses the plan");
      assertEquals("2", value(other, sql), "and reads its own files");
    }
  }

  @Test
  void aSessionWhoseTableHasOtherColumnsPlansAgain() throws Exception {
    String sql = "select max(Score) as top from Findings";
    Path numbers = dir.resolve("numbers");
    Path words = dir.resolve("words");
    SqlFixture.in(numbers).file("Findings.json", "{\"Score\":9}", "{\"Score\":10}");
    SqlFixture.in(words).file("Findings.json", "{\"Score\":\"9\",\"Note\":\"x\"}", "{\"Score\":\"10\"}");
    try (HuntSession session = HuntSession.open(new HuntOptions(numbers, null, false))) {
      assertEquals(1, parses(session, sql));
      assertEquals("10", value(session, sql), "numbers: 10 is the largest");
    }
    try (HuntSession session = HuntSession.open(new HuntOptions(words, null, false))) {
      assertEquals(1, parses(session, sql), "Score is text here, and there is a Note column");
      assertEquals("9", value(session, sql), "text: '9' sorts after '10'");
    }
    try (HuntSession session = HuntSession.open(new HuntOptions(numbers, null, false))) {
      assertEquals(1, parses(session, sql), "one plan is kept per text, the last planned");
      assertEquals("10", value(session, sql));
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

  @Test
  void aPlanWhoseConstantsFailIsPlannedAgain() throws Exception {
    // Calcite computes 1/0 in its generated class's initializer; the JVM refuses that class for
    // good after it fails, so a kept plan would fail later runs with "Could not initialize class".
    SqlFixture.in(dir).file("DeviceNetworkEvents.json", "{\"RemotePort\":445}");
    for (int run = 0; run < 3; run++) {
      try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false))) {
        Throwable failure = assertThrows(Throwable.class, () -> value(session, "select 1/0"));
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
          chain.add(t);
        }
        assertTrue(chain.stream().noneMatch(t -> t instanceof NoClassDefFoundError), "run " + run + ": " + chain);
        assertTrue(chain.stream().anyMatch(t -> "/ by zero".equals(t.getMessage())), "run " + run + ": " + chain);
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
