package dev.huntsql.jdbc.server;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.jdbc.StatementInfo;

/**
 * Reads the next rows of a result into an Avatica frame, times as UTC wall clocks.
 *
 * <p>Avatica's own {@code JdbcMeta} reads later frames with the server JVM's calendar, which
 * shifts every timestamp after the first frame by the server's zone; huntsql always reads in UTC.
 */
final class FrameReader {
  private FrameReader() {}

  /**
   * Up to {@code max} rows (all when negative), starting at {@code offset}; {@code position},
   * when given, counts the rows read.
   */
  static Meta.Frame read(ResultSet rows, StatementInfo position, long offset, int max) throws SQLException {
    Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    ResultSetMetaData metaData = rows.getMetaData();
    int[] types = new int[metaData.getColumnCount()];
    for (int i = 0; i < types.length; i++) {
      types[i] = metaData.getColumnType(i + 1);
    }
    List<Object> frame = new ArrayList<>();
    boolean done = max == 0;
    for (int n = 0; max < 0 || n < max; n++) {
      boolean more = position != null ? position.next() : rows.next();
      if (!more) {
        done = true;
        rows.close();
        break;
      }
      Object[] row = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        row[i] = value(rows, types[i], i + 1, utc);
      }
      frame.add(row);
    }
    return new Meta.Frame(offset, done, frame);
  }

  /** A value in the form Avatica's protocol carries it (times as UTC millisecond counts). */
  private static Object value(ResultSet rows, int type, int column, Calendar utc) throws SQLException {
    Object value;
    switch (type) {
      case Types.BIGINT:
        value = rows.getLong(column);
        break;
      case Types.INTEGER:
        value = rows.getInt(column);
        break;
      case Types.SMALLINT:
        value = rows.getShort(column);
        break;
      case Types.TINYINT:
        value = rows.getByte(column);
        break;
      case Types.DOUBLE:
      case Types.FLOAT:
        value = rows.getDouble(column);
        break;
      case Types.REAL:
        value = rows.getFloat(column);
        break;
      case Types.DATE:
        Date date = rows.getDate(column, utc);
        return date == null ? null : (int) Math.floorDiv(date.getTime(), 86_400_000L);
      case Types.TIME:
        Time time = rows.getTime(column, utc);
        return time == null ? null : (int) Math.floorMod(time.getTime(), 86_400_000L);
      case Types.TIMESTAMP:
        Timestamp timestamp = rows.getTimestamp(column, utc);
        return timestamp == null ? null : timestamp.getTime();
      default:
        return rows.getObject(column);
    }
    return rows.wasNull() ? null : value;
  }
}
