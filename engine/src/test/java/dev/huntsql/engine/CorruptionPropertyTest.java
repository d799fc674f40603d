package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Damages valid event files at random (cuts, inserted bytes, flipped bytes) and checks that every
 * record the damage did not touch is still returned, and that nothing throws.
 */
class CorruptionPropertyTest {
  private static final int RECORDS = 40;

  /** What was done to the file: a kind, a position and a length. */
  record Damage(String kind, double where, int length, byte value) {}

  @Provide
  Arbitrary<Damage> damage() {
    return Combinators.combine(Arbitraries.of("cut", "insert", "flip", "truncate"),
            Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40),
            Arbitraries.bytes())
        .as(Damage::new);
  }

  @Property(tries = 150)
  void untouchedRecordsSurviveAnyDamage(@ForAll("damage") Damage damage, @ForAll boolean csv) throws Exception {
    byte[] original = (csv ? csvFile() : jsonLinesFile()).getBytes(StandardCharsets.UTF_8);
    int at = (int) (damage.where() * (original.length - 1));
    byte[] damaged;
    int touchedFrom = at;
    int touchedTo;
    switch (damage.kind()) {
      case "cut":
        int end = Math.min(original.length, at + damage.length());
        damaged = concat(slice(original, 0, at), slice(original, end, original.length));
        touchedTo = end;
        break;
      case "insert":
        byte[] inserted = new byte[damage.length()];
        java.util.Arrays.fill(inserted, damage.value());
        damaged = concat(concat(slice(original, 0, at), inserted), slice(original, at, original.length));
        touchedTo = at + 1;
        break;
      case "flip":
        damaged = original.clone();
        damaged[at] = (byte) ~damaged[at];
        touchedTo = at + 1;
        break;
      default:
        damaged = slice(original, 0, at);
        touchedTo = original.length;
    }
    Set<Integer> expected = untouchedIds(original, touchedFrom, touchedTo, csv);
    Set<Integer> actual;
    try {
      actual = readIds(damaged, csv);
    } catch (SQLException e) {
      // Only a CSV file whose header row was damaged may stop being a table (and is reported).
      assertTrue(csv && expected.isEmpty() && e.getMessage().contains("not found"), damage + ": " + e.getMessage());
      return;
    }
    assertTrue(actual.containsAll(expected), damage + " csv=" + csv + ": lost " + missing(expected, actual));
  }

  private static String jsonLinesFile() {
    StringBuilder text = new StringBuilder();
    for (int id = 0; id < RECORDS; id++) {
      text.append("{\"ReportId\":").append(id).append(",\"DeviceName\":\"host-").append(id)
          .append("\",\"AdditionalFields\":{\"k\":[1,2,\"x\"]}}\n");
    }
    return text.toString();
  }

  private static String csvFile() {
    StringBuilder text = new StringBuilder("ReportId,DeviceName,AdditionalFields\n");
    for (int id = 0; id < RECORDS; id++) {
      text.append(id).append(",host-").append(id).append(",\"{\"\"k\"\":1}\"\n");
    }
    return text.toString();
  }

  /**
   * The ids on lines the damage did not reach. A line counts as reached when the damage overlaps
   * it, its line break, or the line break before it (which joins it to the damaged line).
   */
  private static Set<Integer> untouchedIds(byte[] original, int from, int to, boolean csv) {
    Set<Integer> ids = new HashSet<>();
    int lineStart = 0;
    int id = csv ? -1 : 0;
    for (int i = 0; i < original.length; i++) {
      if (original[i] == '\n') {
        boolean touched = from <= i && to > lineStart - 1;
        if (id >= 0 && !touched && !(csv && from == 0)) {
          ids.add(id);
        }
        // With CSV, damage to the header row can rename the columns: nothing is promised then.
        if (csv && id == -1 && from <= i) {
          return new HashSet<>();
        }
        id++;
        lineStart = i + 1;
      }
    }
    return ids;
  }

  private static Set<Integer> readIds(byte[] content, boolean csv) throws IOException, SQLException {
    Path dir = Files.createTempDirectory("corrupt");
    try {
      Files.write(dir.resolve(csv ? "DeviceNetworkEvents.csv" : "DeviceNetworkEvents.json"), content);
      Set<Integer> ids = new HashSet<>();
      try (HuntSession session = HuntSession.open(new HuntOptions(dir, null, false));
          Statement statement = session.connection().createStatement();
          ResultSet rs = statement.executeQuery("select ReportId, DeviceName from DeviceNetworkEvents")) {
        while (rs.next()) {
          long id = rs.getLong(1);
          // A record counts as returned only when it came back whole and right.
          if (!rs.wasNull() && ("host-" + id).equals(rs.getString(2))) {
            ids.add((int) id);
          }
        }
      }
      return ids;
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (UncheckedIOException ignored) {
        // Temporary files; the OS cleans up.
      }
    }
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Set<Integer> missing(Set<Integer> expected, Set<Integer> actual) {
    Set<Integer> lost = new HashSet<>(expected);
    lost.removeAll(actual);
    return lost;
  }

}
