package dev.huntsql.engine;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run in a JVM with a small heap by {@link MemoryBudgetTest}: a GROUP BY that holds more than the
 * heap, then a small query in the same session. Prints one line per query.
 */
public final class MemoryProbe {
  /** One group per event, each keeping a few kilobytes of text. */
  static final String HUNGRY = "select ReportId, Timestamp, RemoteIP, LocalPort, make_list(strcat("
      + String.join(", ", java.util.Collections.nCopies(6, "DeviceId, InitiatingProcessSHA256, InitiatingProcessSHA1,"
          + " InitiatingProcessMD5, InitiatingProcessCommandLine, InitiatingProcessFolderPath"))
      + ")) as kept from DeviceNetworkEvents group by ReportId, Timestamp, RemoteIP, LocalPort";

  private MemoryProbe() {}

  public static void main(String[] args) throws Exception {
    try (HuntSession session = HuntSession.open(new HuntOptions(Path.of(args[0]), null, false))) {
      System.out.println("hungry: " + run(session, HUNGRY));
      System.out.println("after: " + run(session, "select count(*) from DeviceNetworkEvents"));
    }
  }

  private static String run(HuntSession session, String sql) {
    try (Statement statement = session.connection().createStatement();
        ResultSet rs = session.executeQuery(statement, sql)) {
      long rows = 0;
      String first = null;
      while (rs.next()) {
        if (first == null) {
          first = rs.getString(1);
        }
        rows++;
      }
      return rows + " rows, first " + first;
    } catch (SQLException | RuntimeException e) {
      return "failed: " + e.getMessage();
    }
  }
}
