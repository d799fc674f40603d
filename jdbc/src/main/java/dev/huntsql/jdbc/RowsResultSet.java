package dev.huntsql.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;

/** Rows held in memory as a read-only, forward-only result set: the answers of metadata calls. */
final class RowsResultSet extends Forwarding {
  private final RowsMetaData columns;
  private final List<Object[]> rows;
  private int position = -1;
  private boolean wasNull;
  private boolean closed;

  private RowsResultSet(RowsMetaData columns, List<Object[]> rows) {
    super(null);
    this.columns = columns;
    this.rows = rows;
  }

  static ResultSet of(RowsMetaData columns, List<Object[]> rows) {
    return new RowsResultSet(columns, rows).proxy(ResultSet.class);
  }

  public boolean next() throws SQLException {
    checkOpen();
    if (position < rows.size()) {
      position++;
    }
    return position < rows.size();
  }

  public void close() {
    closed = true;
  }

  public boolean isClosed() {
    return closed;
  }

  public boolean wasNull() {
    return wasNull;
  }

  public ResultSetMetaData getMetaData() {
    return columns;
  }

  public int findColumn(String label) throws SQLException {
    return columns.find(label);
  }

  public Statement getStatement() {
    return null;
  }

  public SQLWarning getWarnings() {
    return null;
  }

  public void clearWarnings() {
    // No warnings here.
  }

  public int getType() {
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  public int getConcurrency() {
    return ResultSet.CONCUR_READ_ONLY;
  }

  public int getHoldability() {
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  public int getFetchDirection() {
    return ResultSet.FETCH_FORWARD;
  }

  public void setFetchDirection(int direction) {
    // Forward only; the hint changes nothing.
  }

  public int getFetchSize() {
    return rows.size();
  }

  public void setFetchSize(int size) {
    // All rows are in memory already.
  }

  public int getRow() {
    return position >= 0 && position < rows.size() ? position + 1 : 0;
  }

  public boolean isBeforeFirst() {
    return position < 0 && !rows.isEmpty();
  }

  public boolean isAfterLast() {
    return position >= rows.size() && !rows.isEmpty();
  }

  public boolean isFirst() {
    return position == 0 && !rows.isEmpty();
  }

  private Object value(int column) throws SQLException {
    checkOpen();
    if (position < 0 || position >= rows.size()) {
      throw new SQLException("no current row");
    }
    if (column < 1 || column > columns.getColumnCount()) {
      throw new SQLException("no column " + column + "; there are " + columns.getColumnCount());
    }
    Object value = rows.get(position)[column - 1];
    wasNull = value == null;
    return value;
  }

  private Number number(int column) throws SQLException {
    Object value = value(column);
    if (value == null) {
      return 0;
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? 1 : 0;
    }
    if (value instanceof Number) {
      return (Number) value;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new SQLException("column " + column + " is not a number: " + value, "22018");
    }
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("the result set is closed");
    }
  }

  public Object getObject(int column) throws SQLException {
    return value(column);
  }

  public Object getObject(String label) throws SQLException {
    return value(findColumn(label));
  }

  public <T> T getObject(int column, Class<T> type) throws SQLException {
    Object value = value(column);
    if (value == null) {
      return null;
    }
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    if (type == String.class) {
      return type.cast(value.toString());
    }
    if (type == Integer.class) {
      return type.cast(getInt(column));
    }
    if (type == Long.class) {
      return type.cast(getLong(column));
    }
    if (type == Short.class) {
      return type.cast(getShort(column));
    }
    if (type == Boolean.class) {
      return type.cast(getBoolean(column));
    }
    throw new SQLException("column " + column + " cannot be read as " + type.getName(), "22000");
  }

  public <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(findColumn(label), type);
  }

  public String getString(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : value.toString();
  }

  public String getString(String label) throws SQLException {
    return getString(findColumn(label));
  }

  public boolean getBoolean(int column) throws SQLException {
    Object value = value(column);
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    return value != null && number(column).intValue() != 0;
  }

  public boolean getBoolean(String label) throws SQLException {
    return getBoolean(findColumn(label));
  }

  public byte getByte(int column) throws SQLException {
    return number(column).byteValue();
  }

  public byte getByte(String label) throws SQLException {
    return getByte(findColumn(label));
  }

  public short getShort(int column) throws SQLException {
    return number(column).shortValue();
  }

  public short getShort(String label) throws SQLException {
    return getShort(findColumn(label));
  }

  public int getInt(int column) throws SQLException {
    return number(column).intValue();
  }

  public int getInt(String label) throws SQLException {
    return getInt(findColumn(label));
  }

  public long getLong(int column) throws SQLException {
    return number(column).longValue();
  }

  public long getLong(String label) throws SQLException {
    return getLong(findColumn(label));
  }

  public float getFloat(int column) throws SQLException {
    return number(column).floatValue();
  }

  public float getFloat(String label) throws SQLException {
    return getFloat(findColumn(label));
  }

  public double getDouble(int column) throws SQLException {
    return number(column).doubleValue();
  }

  public double getDouble(String label) throws SQLException {
    return getDouble(findColumn(label));
  }

  public BigDecimal getBigDecimal(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : new BigDecimal(number(column).toString());
  }

  public BigDecimal getBigDecimal(String label) throws SQLException {
    return getBigDecimal(findColumn(label));
  }
}
