package dev.huntsql.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The embedded JDBC driver: {@code jdbc:huntsql:/path/to/event/files} opens a read-only
 * connection to the folder's event tables, with huntsql's functions.
 */
public final class HuntDriver implements Driver {
  static final int MAJOR = 0;
  static final int MINOR = 1;
  static final String VERSION = MAJOR + "." + MINOR;

  static {
    try {
      // Calcite's driver is what a session runs on; in a tool's own class loader, service
      // loading has not registered it, so load (and so register) it here.
      Class.forName("org.apache.calcite.jdbc.Driver");
      DriverManager.registerDriver(new HuntDriver());
    } catch (ClassNotFoundException | SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    return connect(url, DriverSettings.parse(url, info));
  }

  /** Opens a connection with settings already decided (the server's, say). */
  public static HuntsqlConnection connect(String url, DriverSettings settings) throws SQLException {
    return HuntConnection.open(url, settings);
  }

  @Override
  public boolean acceptsURL(String url) {
    return DriverSettings.accepts(url);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return DriverSettings.describe(url, info);
  }

  @Override
  public int getMajorVersion() {
    return MAJOR;
  }

  @Override
  public int getMinorVersion() {
    return MINOR;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("huntsql does not log through java.util.logging");
  }
}
