package dev.huntsql.bench;

import dev.huntsql.functions.geo.GeoFunctions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Whether huntsql and DuckDB gave the same answer, as one short verdict for the report. */
final class AnswerCheck {
  private AnswerCheck() {}

  static String check(BenchQuery query, Answer huntsql, Answer duckdb) {
    return query.comparison() == BenchQuery.Comparison.DETECTION ? detection(huntsql, duckdb) : sameRows(huntsql, duckdb);
  }

  /** The same rows in any order. */
  static String sameRows(Answer huntsql, Answer duckdb) {
    List<String> a = sorted(huntsql.rows());
    List<String> b = sorted(duckdb.rows());
    if (a.equals(b)) {
      return String.format(Locale.ROOT, "same (%,d rows)", a.size());
    }
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return String.format(Locale.ROOT, "DIFFERENT: %,d vs %,d rows; first: [%s] vs [%s]", a.size(), b.size(),
            a.get(i), b.get(i));
      }
    }
    return String.format(Locale.ROOT, "DIFFERENT: %,d vs %,d rows", a.size(), b.size());
  }

  /**
   * The detection, compared on what both compute. huntsql groups also by country and NTLM message
   * type and drops addresses its geo database does not know; DuckDB has neither. So huntsql's
   * counts, summed over country and message type, must equal DuckDB's per group of (DeviceName,
   * LocalPort, InitiatingProcessFileName, RemoteIP, SignatureName, ActionType), and DuckDB's
   * other groups must be exactly those whose address has no country.
   */
  static String detection(Answer huntsql, Answer duckdb) {
    Map<String, Long> ours = new HashMap<>();
    int device = huntsql.columns().indexOf("DeviceName");
    int count = huntsql.columns().indexOf("count_");
    for (List<String> row : huntsql.rows()) {
      String key = String.join("\u0001", row.get(device), row.get(device + 1), row.get(device + 2), row.get(device + 4),
          row.get(device + 5), row.get(device + 7));
      ours.merge(key, Long.parseLong(row.get(count)), Long::sum);
    }
    int same = 0;
    int unknownCountry = 0;
    List<String> problems = new ArrayList<>();
    for (List<String> row : duckdb.rows()) {
      String key = String.join("\u0001", row.subList(0, 6));
      Long mine = ours.remove(key);
      long theirs = Long.parseLong(row.get(7));
      if (mine == null) {
        if (GeoFunctions.geoCountry(row.get(3)).isEmpty()) {
          unknownCountry++;
        } else {
          problems.add("only DuckDB: " + key.replace('\u0001', '|'));
        }
      } else if (mine != theirs) {
        problems.add("count " + mine + " vs " + theirs + ": " + key.replace('\u0001', '|'));
      } else {
        same++;
      }
    }
    ours.keySet().forEach(key -> problems.add("only huntsql: " + key.replace('\u0001', '|')));
    if (problems.isEmpty()) {
      return String.format(Locale.ROOT, "same on %,d groups (+%,d DuckDB-only: no country)", same, unknownCountry);
    }
    return String.format(Locale.ROOT, "DIFFERENT in %,d groups, e.g. %s", problems.size(), problems.get(0));
  }

  private static List<String> sorted(List<List<String>> rows) {
    List<String> lines = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      lines.add(String.join(" | ", row));
    }
    lines.sort(null);
    return lines;
  }
}
