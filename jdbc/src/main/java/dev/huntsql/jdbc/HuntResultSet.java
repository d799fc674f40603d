package dev.huntsql.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;

/**
 * The rows of a huntsql query: times read back as UTC wall clocks whatever the JVM's zone, the
 * row limit kept, {@code getObject(column, type)} answered, and a stopped query explained.
 */
final class HuntResultSet extends Forwarding {
  private final HuntStatement statement;
  private final ResultSet delegate;
  private final long maxRows;
  private final Beyond beyond;
  private final int[] types;
  private final Warnings warnings = new Warnings();
  private final Instant instant;
  private long rows;
  private boolean ended;

  HuntResultSet(HuntStatement statement, ResultSet delegate, long maxRows, Beyond beyond) throws SQLException {
    super(delegate);
    this.statement = statement;
    this.delegate = delegate;
    this.maxRows = maxRows;
    this.beyond = beyond;
    this.instant = statement.instant();
    ResultSetMetaData metaData = delegate.getMetaData();
    this.types = new int[metaData.getColumnCount() + 1];
    for (int i = 1; i < types.length; i++) {
      types[i] = metaData.getColumnType(i);
    }
  }

  Warnings warnings() {
    return warnings;
  }

  boolean wraps(ResultSet rows) {
    return rows == delegate;
  }

  @Override
  protected Throwable translate(Throwable failure) {
    return statement.explain(failure);
  }

  @Override
  protected Object around(Call call) throws Throwable {
    return QueryInstant.pinned(instant, call);
  }

  /** Marks the end of the query, once: its time limit stops and its data problems are collected. */
  void end() {
    if (!ended) {
      ended = true;
      statement.finished(this);
    }
  }

  public boolean next() throws SQLException {
    if (maxRows > 0 && rows >= maxRows) {
      if (!ended && beyond != Beyond.CUT && moreRows()) {
        String limit = String.format(java.util.Locale.ROOT, "%,d rows, the most this connection returns", maxRows);
        if (beyond == Beyond.FAIL) {
          end();
          throw new SQLException("the result has more than " + limit
              + "; narrow the query or add a LIMIT", "54000");
        }
        warnings.add("the result stopped at " + limit, "01H02");
      }
      end();
      return false;
    }
    boolean more;
    try {
      more = delegate.next();
    } catch (SQLException | RuntimeException e) {
      end();
      throw statement.explain(e);
    } catch (LinkageError | AssertionError | StackOverflowError e) {
      end();
      throw statement.explainQueryError(e);
    } catch (OutOfMemoryError e) {
      end();
      throw QueryErrors.outOfMemory(e);
    }
    if (more) {
      rows++;
    } else {
      end();
    }
    return more;
  }

  /** Whether the query has a row beyond the limit (read and dropped: the result ends here anyway). */
  private boolean moreRows() throws SQLException {
    try {
      return delegate.next();
    } catch (SQLException | RuntimeException e) {
      end();
      throw statement.explain(e);
    }
  }

  public void close() throws SQLException {
    try {
      delegate.close();
    } finally {
      end();
    }
  }

  public Statement getStatement() {
    return (Statement) statement.self;
  }

  public ResultSetMetaData getMetaData() throws SQLException {
    return new HuntResultSetMetaData(delegate.getMetaData()).proxy(ResultSetMetaData.class);
  }

  public SQLWarning getWarnings() {
    statement.collectDataProblems();
    return warnings.get();
  }

  public void clearWarnings() {
    warnings.clear();
  }

  // Times: the UTC wall clock Calcite holds, handed out as JDBC asks.

  private boolean isTime(int column) {
    int type = column > 0 && column < types.length ? types[column] : Types.OTHER;
    return type == Types.TIMESTAMP || type == Types.DATE || type == Types.TIME;
  }

  /** The column's value as a UTC wall clock; null for SQL NULL. */
  private LocalDateTime wallClock(int column) throws SQLException {
    Calendar utc = UtcTimes.utcCalendar();
    java.util.Date value;
    switch (types[column]) {
      case Types.DATE:
        value = delegate.getDate(column, utc);
        break;
      case Types.TIME:
        value = delegate.getTime(column, utc);
        break;
      default:
        return UtcTimes.wallClock(delegate.getTimestamp(column, utc));
    }
    return value == null ? null : LocalDateTime.ofInstant(Instant.ofEpochMilli(value.getTime()), ZoneOffset.UTC);
  }

  public Timestamp getTimestamp(int column) throws SQLException {
    return getTimestamp(column, null);
  }

  public Timestamp getTimestamp(String label) throws SQLException {
    return getTimestamp(delegate.findColumn(label), null);
  }

  public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException {
    return isTime(column) ? UtcTimes.timestamp(wallClock(column), calendar) : delegate.getTimestamp(column, calendar);
  }

  public Timestamp getTimestamp(String label, Calendar calendar) throws SQLException {
    return getTimestamp(delegate.findColumn(label), calendar);
  }

  public Date getDate(int column) throws SQLException {
    return getDate(column, null);
  }

  public Date getDate(String label) throws SQLException {
    return getDate(delegate.findColumn(label), null);
  }

  public Date getDate(int column, Calendar calendar) throws SQLException {
    return isTime(column) ? UtcTimes.date(wallClock(column), calendar) : delegate.getDate(column, calendar);
  }

  public Date getDate(String label, Calendar calendar) throws SQLException {
    return getDate(delegate.findColumn(label), calendar);
  }

  public Time getTime(int column) throws SQLException {
    return getTime(column, null);
  }

  public Time getTime(String label) throws SQLException {
    return getTime(delegate.findColumn(label), null);
  }

  public Time getTime(int column, Calendar calendar) throws SQLException {
    return isTime(column) ? UtcTimes.time(wallClock(column), calendar) : delegate.getTime(column, calendar);
  }

  public Time getTime(String label, Calendar calendar) throws SQLException {
    return getTime(delegate.findColumn(label), calendar);
  }

  // Objects.

  public Object getObject(int column) throws SQLException {
    if (!isTime(column)) {
      return delegate.getObject(column);
    }
    switch (types[column]) {
      case Types.DATE:
        return getDate(column);
      case Types.TIME:
        return getTime(column);
      default:
        return getTimestamp(column);
    }
  }

  public Object getObject(String label) throws SQLException {
    return getObject(delegate.findColumn(label));
  }

  public <T> T getObject(String label, Class<T> type) throws SQLException {
    return getObject(delegate.findColumn(label), type);
  }

  /** Calcite answers no {@code getObject(column, type)}; tools use it, so it is answered here. */
  public <T> T getObject(int column, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("getObject needs a type");
    }
    Object value = isTime(column) ? wallClock(column) : delegate.getObject(column);
    if (value == null) {
      return null;
    }
    Object converted = isTime(column) ? UtcTimes.as((LocalDateTime) value, type) : convert(column, value, type);
    if (converted == null) {
      throw new SQLException("column " + column + " (" + value.getClass().getSimpleName() + ") cannot be read as "
          + type.getName(), "22000");
    }
    return type.cast(converted);
  }

  private Object convert(int column, Object value, Class<?> type) throws SQLException {
    if (type.isInstance(value)) {
      return value;
    } else if (type == String.class) {
      return delegate.getString(column);
    } else if (type == Integer.class) {
      return delegate.getInt(column);
    } else if (type == Long.class) {
      return delegate.getLong(column);
    } else if (type == Short.class) {
      return delegate.getShort(column);
    } else if (type == Byte.class) {
      return delegate.getByte(column);
    } else if (type == Double.class) {
      return delegate.getDouble(column);
    } else if (type == Float.class) {
      return delegate.getFloat(column);
    } else if (type == Boolean.class) {
      return delegate.getBoolean(column);
    } else if (type == BigDecimal.class) {
      return delegate.getBigDecimal(column);
    } else if (type == byte[].class) {
      return delegate.getBytes(column);
    }
    return null;
  }
}
