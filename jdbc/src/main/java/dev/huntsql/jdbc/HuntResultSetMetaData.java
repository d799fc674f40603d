package dev.huntsql.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/** A result's column descriptions, with sizes tools can use: text unlimited rather than -1 or 0. */
final class HuntResultSetMetaData extends Forwarding {
  private final ResultSetMetaData delegate;

  HuntResultSetMetaData(ResultSetMetaData delegate) {
    super(delegate);
    this.delegate = delegate;
  }

  public int getPrecision(int column) throws SQLException {
    int type = delegate.getColumnType(column);
    int precision = delegate.getPrecision(column);
    boolean text = type == Types.VARCHAR || type == Types.CHAR;
    return text && precision <= 0 ? JdbcTypes.UNLIMITED : precision;
  }

  public int getColumnDisplaySize(int column) throws SQLException {
    return JdbcTypes.displaySize(delegate.getColumnType(column), delegate.getPrecision(column));
  }
}
