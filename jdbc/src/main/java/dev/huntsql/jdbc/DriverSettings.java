package dev.huntsql.jdbc;

import dev.huntsql.engine.HuntOptions;
import java.nio.file.Path;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What a {@code jdbc:huntsql:} URL and its properties ask for.
 *
 * <p>The URL is {@code jdbc:huntsql:DIR} with optional {@code ;name=value} pairs after the
 * folder; the same names are accepted as connection properties, which win over the URL.
 *
 * @param data the folder of event files
 * @param geoip an MMDB geo database, or null for the shipped one
 * @param strict stop at the first malformed record instead of skipping it
 * @param queryTimeout seconds a statement may run, 0 for no limit; statements may ask for less
 * @param maxRows most rows a statement returns, 0 for no limit; statements may ask for fewer
 * @param failBeyondMaxRows a result with more rows than {@code maxRows} fails (SQLSTATE 54000)
 *     instead of ending there with a warning (01H02); the server sets it, since its clients
 *     never see warnings
 */
public record DriverSettings(Path data, Path geoip, boolean strict, int queryTimeout, long maxRows,
    boolean failBeyondMaxRows) {
  public static final String PREFIX = "jdbc:huntsql:";

  /** The property names, lower case. */
  public static final String DATA = "data";
  public static final String GEOIP = "geoip";
  public static final String STRICT = "strict";
  public static final String QUERY_TIMEOUT = "querytimeout";
  public static final String MAX_ROWS = "maxrows";
  public static final String BEYOND_MAX_ROWS = "beyondmaxrows";

  public static boolean accepts(String url) {
    return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** Reads a URL and properties; a missing folder or a bad value is an {@link SQLException}. */
  public static DriverSettings parse(String url, Properties info) throws SQLException {
    Properties merged = new Properties();
    String rest = url.substring(PREFIX.length());
    String[] parts = rest.split(";");
    if (!parts[0].isBlank()) {
      merged.setProperty(DATA, parts[0].trim());
    }
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals > 0) {
        merged.setProperty(parts[i].substring(0, equals).trim().toLowerCase(Locale.ROOT),
            parts[i].substring(equals + 1).trim());
      } else if (!parts[i].isBlank()) {
        throw new SQLException("bad part '" + parts[i] + "' in " + url + "; expected name=value", "08001");
      }
    }
    if (info != null) {
      info.stringPropertyNames().forEach(name -> merged.setProperty(name.toLowerCase(Locale.ROOT), info.getProperty(name)));
    }
    String data = merged.getProperty(DATA);
    if (data == null || data.isBlank()) {
      throw new SQLException("no data folder: use jdbc:huntsql:/path/to/event/files", "08001");
    }
    String geoip = merged.getProperty(GEOIP);
    return new DriverSettings(path(data), geoip == null || geoip.isBlank() ? null : path(geoip),
        bool(merged, STRICT), (int) number(merged, QUERY_TIMEOUT, Integer.MAX_VALUE), number(merged, MAX_ROWS, Long.MAX_VALUE),
        failBeyond(merged.getProperty(BEYOND_MAX_ROWS, "cut")));
  }

  private static boolean failBeyond(String value) throws SQLException {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "cut":
        return false;
      case "fail":
        return true;
      default:
        throw new SQLException(BEYOND_MAX_ROWS + " must be cut or fail, not '" + value + "'", "08001");
    }
  }

  public HuntOptions options() {
    return new HuntOptions(data, geoip, strict);
  }

  /** The settings as connection properties, for {@link #parse} to read back. */
  public Properties properties() {
    Properties properties = new Properties();
    properties.setProperty(DATA, data.toString());
    if (geoip != null) {
      properties.setProperty(GEOIP, geoip.toString());
    }
    properties.setProperty(STRICT, Boolean.toString(strict));
    properties.setProperty(QUERY_TIMEOUT, Integer.toString(queryTimeout));
    properties.setProperty(MAX_ROWS, Long.toString(maxRows));
    properties.setProperty(BEYOND_MAX_ROWS, failBeyondMaxRows ? "fail" : "cut");
    return properties;
  }

  /** What {@code Driver.getPropertyInfo} tells tools about each property. */
  static DriverPropertyInfo[] describe(String url, Properties info) {
    Properties given = info == null ? new Properties() : info;
    List<DriverPropertyInfo> all = new ArrayList<>();
    all.add(info(DATA, given, "The folder of event files (also the path after jdbc:huntsql:).",
        url == null || url.length() <= PREFIX.length()));
    all.add(info(GEOIP, given, "A MaxMind-format (MMDB) geo database instead of the shipped one.", false));
    DriverPropertyInfo strict = info(STRICT, given, "true: stop at the first malformed record instead of skipping it.", false);
    strict.choices = new String[] {"false", "true"};
    all.add(strict);
    all.add(info(QUERY_TIMEOUT, given, "Seconds a query may run (0: no limit); a statement may ask for less.", false));
    all.add(info(MAX_ROWS, given, "Most rows a query returns (0: no limit); a statement may ask for fewer.", false));
    DriverPropertyInfo beyond = info(BEYOND_MAX_ROWS, given,
        "cut: a longer result ends at maxrows with a warning (01H02); fail: it is an error (54000).", false);
    beyond.choices = new String[] {"cut", "fail"};
    all.add(beyond);
    return all.toArray(new DriverPropertyInfo[0]);
  }

  private static DriverPropertyInfo info(String name, Properties given, String description, boolean required) {
    DriverPropertyInfo property = new DriverPropertyInfo(name, given.getProperty(name));
    property.description = description;
    property.required = required;
    return property;
  }

  private static Path path(String text) {
    String expanded = text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text;
    return Path.of(expanded).toAbsolutePath().normalize();
  }

  private static boolean bool(Properties properties, String name) throws SQLException {
    String value = properties.getProperty(name);
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new SQLException(name + " must be true or false, not '" + value + "'", "08001");
  }

  private static long number(Properties properties, String name, long max) throws SQLException {
    String value = properties.getProperty(name);
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      long parsed = Long.parseLong(value.trim());
      if (parsed < 0 || parsed > max) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new SQLException(name + " must be a whole number from 0 (no limit), not '" + value + "'", "08001");
    }
  }
}
