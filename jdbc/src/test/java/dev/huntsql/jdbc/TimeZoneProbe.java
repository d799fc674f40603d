package dev.huntsql.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * A JDBC client for another JVM: prints, for each URL, how the earliest sample timestamp reads
 * through getString, getTimestamp, getObject and getObject(OffsetDateTime).
 */
public final class TimeZoneProbe {
  private TimeZoneProbe() {}

  public static void main(String[] urls) throws SQLException {
    System.out.println("zone=" + TimeZone.getDefault().getID());
    for (String url : urls) {
      try (Connection connection = DriverManager.getConnection(url);
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select min(Timestamp) as t from DeviceNetworkEvents")) {
        rows.next();
        String offset;
        try {
          offset = rows.getObject(1, OffsetDateTime.class).toString();
        } catch (SQLException e) {
          offset = "unsupported";
        }
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        System.out.println(url.substring(0, url.indexOf(':', 5)) + " string=" + rows.getString(1)
            + " timestamp=" + rows.getTimestamp(1) + " object=" + rows.getObject(1)
            + " utcInstant=" + rows.getTimestamp(1, utc).toInstant().atOffset(ZoneOffset.UTC)
            + " offsetDateTime=" + offset);
      }
    }
  }
}
