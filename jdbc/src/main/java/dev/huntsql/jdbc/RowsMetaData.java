package dev.huntsql.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The columns of an in-memory result set: names and JDBC types, all nullable and read-only. */
final class RowsMetaData implements ResultSetMetaData {
  private final List<String> names = new ArrayList<>();
  private final List<Integer> types = new ArrayList<>();

  /** Adds a column. */
  RowsMetaData column(String name, int type) {
    names.add(name);
    types.add(type);
    return this;
  }

  int find(String label) throws SQLException {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(label)) {
        return i + 1;
      }
    }
    throw new SQLException("no column " + label);
  }

  private int type(int column) throws SQLException {
    if (column < 1 || column > types.size()) {
      throw new SQLException("no column " + column + "; there are " + types.size());
    }
    return types.get(column - 1);
  }

  @Override
  public int getColumnCount() {
    return names.size();
  }

  @Override
  public boolean isAutoIncrement(int column) {
    return false;
  }

  @Override
  public boolean isCaseSensitive(int column) throws SQLException {
    return type(column) == Types.VARCHAR;
  }

  @Override
  public boolean isSearchable(int column) {
    return true;
  }

  @Override
  public boolean isCurrency(int column) {
    return false;
  }

  @Override
  public int isNullable(int column) {
    return columnNullable;
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return JdbcTypes.isNumeric(type(column));
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return JdbcTypes.displaySize(type(column), 0);
  }

  @Override
  public String getColumnLabel(int column) throws SQLException {
    type(column);
    return names.get(column - 1);
  }

  @Override
  public String getColumnName(int column) throws SQLException {
    return getColumnLabel(column);
  }

  @Override
  public String getSchemaName(int column) {
    return "";
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    Integer size = JdbcTypes.columnSize(type(column), 0);
    return size == null ? 0 : size;
  }

  @Override
  public int getScale(int column) {
    return 0;
  }

  @Override
  public String getTableName(int column) {
    return "";
  }

  @Override
  public String getCatalogName(int column) {
    return "";
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return type(column);
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return org.apache.calcite.sql.type.SqlTypeName.getNameForJdbcType(type(column)).getName();
  }

  @Override
  public boolean isReadOnly(int column) {
    return true;
  }

  @Override
  public boolean isWritable(int column) {
    return false;
  }

  @Override
  public boolean isDefinitelyWritable(int column) {
    return false;
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    switch (type(column)) {
      case Types.INTEGER:
        return Integer.class.getName();
      case Types.SMALLINT:
        return Short.class.getName();
      case Types.BIGINT:
        return Long.class.getName();
      case Types.BOOLEAN:
        return Boolean.class.getName();
      default:
        return String.class.getName();
    }
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
