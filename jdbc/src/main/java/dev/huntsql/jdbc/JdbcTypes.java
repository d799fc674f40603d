package dev.huntsql.jdbc;

import java.sql.Types;

/** What JDBC metadata says about a SQL type's size: text has no length limit, times show milliseconds. */
final class JdbcTypes {
  /** The size of text without a declared length: unlimited, as JDBC drivers report it. */
  static final int UNLIMITED = Integer.MAX_VALUE;

  private JdbcTypes() {}

  /** {@code COLUMN_SIZE}: digits for numbers, characters for text and for times written out. */
  static Integer columnSize(int type, int precision) {
    switch (type) {
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.LONGVARCHAR:
      case Types.BINARY:
      case Types.VARBINARY:
        return precision > 0 ? precision : UNLIMITED;
      case Types.BOOLEAN:
        return 1;
      case Types.TINYINT:
        return 3;
      case Types.SMALLINT:
        return 5;
      case Types.INTEGER:
        return 10;
      case Types.BIGINT:
        return 19;
      case Types.REAL:
        return 7;
      case Types.FLOAT:
      case Types.DOUBLE:
        return 15;
      case Types.DECIMAL:
      case Types.NUMERIC:
        return precision > 0 ? precision : 19;
      case Types.DATE:
        return 10;
      case Types.TIME:
        return 8 + fraction(precision);
      case Types.TIMESTAMP:
        return 19 + fraction(precision);
      default:
        return null;
    }
  }

  /** {@code DECIMAL_DIGITS}: the scale of numbers, the fractional-second digits of times. */
  static Integer decimalDigits(int type, int precision, int scale) {
    switch (type) {
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
        return 0;
      case Types.DECIMAL:
      case Types.NUMERIC:
        return Math.max(scale, 0);
      case Types.TIME:
      case Types.TIMESTAMP:
        return Math.max(precision, 0);
      default:
        return null;
    }
  }

  static boolean isNumeric(int type) {
    switch (type) {
      case Types.TINYINT:
      case Types.SMALLINT:
      case Types.INTEGER:
      case Types.BIGINT:
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
      case Types.DECIMAL:
      case Types.NUMERIC:
        return true;
      default:
        return false;
    }
  }

  /** Characters needed to show a value: the column size, plus a sign and point for numbers. */
  static int displaySize(int type, int precision) {
    Integer size = columnSize(type, precision);
    if (size == null) {
      return type == Types.NULL ? 4 : UNLIMITED;
    }
    if (type == Types.BOOLEAN) {
      return 5;
    }
    if (isNumeric(type) && size < UNLIMITED) {
      return size + 2;
    }
    return size;
  }

  private static int fraction(int precision) {
    return precision > 0 ? precision + 1 : 0;
  }
}
