package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.engine.generate.EventGenerator;
import dev.huntsql.engine.generate.GeneratorOptions;
import dev.huntsql.functions.ip.IpFunctions;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hunts with large literal lists (IOC lists of addresses, lists of ranges) plan and run; their
 * planning time is printed, not asserted, since this machine's speed varies.
 */
class PlanningLimitsTest {
  private static final int ROWS = 3000;

  @TempDir
  Path dir;

  @Test
  void aStatementTooDeepToParseSaysSo() {
    // 200,000 nested parentheses overflow any parser stack; Calcite's error had no message ("parse failed: null").
    String deep = "select " + "(".repeat(200_000) + "1" + ")".repeat(200_000);
    AssertionError error = assertThrows(AssertionError.class,
        () -> SqlFixture.in(dir).rows(deep));
    assertTrue(error.getMessage().contains("the statement is nested too deeply to parse"),
        error.getMessage().substring(error.getMessage().length() - 300));
  }

  @Test
  void anInListOfTenThousandAddressesPlansAndRuns() throws Exception {
    assertInListWorks(10_000);
  }

  @Test
  void anInListOfFiveThousandAddressesPlansAndRuns() throws Exception {
    assertInListWorks(5_000);
  }

  @Test
  void ipv4IsInAnyRangeTakesThousandsOfRangesAsOneJsonArray() throws Exception {
    List<String> remotes = remoteIps();
    List<String> ranges = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ranges.add((i % 223 + 1) + "." + (i * 7 % 256) + "." + (i / 256 % 256) + ".0/24");
    }
    ranges.add("10.0.0.0/8");
    String[] array = ranges.toArray(new String[0]);
    long expected = count(remotes, ip -> Boolean.TRUE.equals(IpFunctions.ipv4IsInAnyRange(ip, array)));
    assertTrue(expected > 0, "some generated addresses fall in the ranges");
    String json = "'[\"" + String.join("\", \"", ranges) + "\"]'";
    assertEquals(expected, timedCount("select count(*) from DeviceNetworkEvents where ipv4_is_in_any_range(RemoteIP, "
        + json + ")", "ipv4_is_in_any_range with 5,001 ranges in a JSON array"));
    // As separate arguments the function takes up to 63 ranges, as KQL's does (64 arguments in all).
    String arguments = "'" + String.join("', '", ranges.subList(ranges.size() - 63, ranges.size())) + "'";
    String[] last = ranges.subList(ranges.size() - 63, ranges.size()).toArray(new String[0]);
    assertEquals(count(remotes, ip -> Boolean.TRUE.equals(IpFunctions.ipv4IsInAnyRange(ip, last))),
        timedCount("select count(*) from DeviceNetworkEvents where ipv4_is_in_any_range(RemoteIP, " + arguments + ")",
            "ipv4_is_in_any_range with 63 ranges as arguments"));
  }

  private void assertInListWorks(int literals) throws Exception {
    List<String> remotes = remoteIps();
    Set<String> iocs = new HashSet<>();
    remotes.stream().filter(ip -> ip != null && !ip.contains("'")).limit(40).forEach(iocs::add);
    for (int i = 0; iocs.size() < literals; i++) {
      iocs.add("198.51." + (i / 256 % 256) + "." + (i % 256));
    }
    long expected = count(remotes, iocs::contains);
    String sql = "select count(*) from DeviceNetworkEvents where RemoteIP in ('" + String.join("', '", iocs) + "')";
    assertEquals(expected, timedCount(sql, String.format(Locale.ROOT, "IN list of %,d literals", literals)));
  }

  /**
   * Prepares (parse, validate, optimise, generate and compile code), then runs, timing each; then
   * prepares once more, since the first time in a JVM also pays for loading and compiling Calcite.
   */
  private long timedCount(String sql, String label) throws Exception {
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false))) {
      long began = System.nanoTime();
      try (PreparedStatement statement = session.connection().prepareStatement(sql)) {
        long planned = System.nanoTime();
        try (ResultSet rs = statement.executeQuery()) {
          rs.next();
          long count = rs.getLong(1);
          long ran = System.nanoTime();
          session.connection().prepareStatement(sql).close();
          System.out.printf(Locale.ROOT, "planning %s: %.0f ms to prepare (%.0f ms the second time), %.0f ms to run"
              + " over %,d rows%n", label, (planned - began) / 1e6, (System.nanoTime() - ran) / 1e6,
              (ran - planned) / 1e6, ROWS);
          return count;
        }
      }
    }
  }

  private List<String> remoteIps() throws Exception {
    EventGenerator.generate(GeneratorOptions.of("DeviceNetworkEvents", ROWS, dir, 9));
    List<String> remotes = new ArrayList<>();
    try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
        Statement statement = session.connection().createStatement();
        ResultSet rs = session.executeQuery(statement, "select RemoteIP from DeviceNetworkEvents")) {
      while (rs.next()) {
        remotes.add(rs.getString(1));
      }
    }
    return remotes;
  }

  private static long count(List<String> values, Predicate<String> test) {
    return values.stream().filter(v -> v != null && test.test(v)).count();
  }
}
