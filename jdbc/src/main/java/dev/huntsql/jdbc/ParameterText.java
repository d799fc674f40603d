package dev.huntsql.jdbc;

import dev.huntsql.functions.convert.ConversionFunctions;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Text given for a parameter that is not text, read as the parameter's type.
 *
 * <p>Tools often bind every value with {@code setString}: Metabase sends dates as
 * {@code '2025-09-01 00:00:00.000'}, BI tools send numbers typed into a filter box. Calcite would
 * hand the text to the query as it is and fail with a class cast error, so it is converted here:
 * datetimes as {@code todatetime} reads them (no offset means UTC), whole numbers for integer
 * types, decimal numbers for the others, {@code true}/{@code false} for booleans. Text that does
 * not read as the type is a data error (22018) naming the parameter.
 */
final class ParameterText {
  private ParameterText() {}

  /** The value to bind for text given to a parameter of the JDBC type; the text itself for text types. */
  static Object asType(int index, String text, int sqlType, String typeName) throws SQLDataException {
    try {
      switch (sqlType) {
        case Types.TIMESTAMP:
        case Types.TIMESTAMP_WITH_TIMEZONE:
          return Timestamp.valueOf(LocalDateTime.ofInstant(instant(text), ZoneOffset.UTC));
        case Types.DATE:
          return Date.valueOf(LocalDateTime.ofInstant(instant(text), ZoneOffset.UTC).toLocalDate());
        case Types.TINYINT:
        case Types.SMALLINT:
        case Types.INTEGER:
          return Integer.valueOf(text.strip());
        case Types.BIGINT:
          return Long.valueOf(text.strip());
        case Types.REAL:
        case Types.FLOAT:
        case Types.DOUBLE:
          return new BigDecimal(text.strip()).doubleValue();
        case Types.DECIMAL:
        case Types.NUMERIC:
          return new BigDecimal(text.strip());
        case Types.BOOLEAN:
          return bool(text);
        default:
          return text;
      }
    } catch (IllegalArgumentException e) {
      // NumberFormatException is one.
      throw new SQLDataException("parameter " + index + " is " + typeName + "; '" + text + "' is not one",
          SqlStates.INVALID_CAST);
    }
  }

  private static Instant instant(String text) {
    Instant instant = ConversionFunctions.toDatetime(text);
    if (instant == null) {
      throw new IllegalArgumentException(text);
    }
    return instant;
  }

  private static Boolean bool(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      default:
        throw new IllegalArgumentException(text);
    }
  }
}
