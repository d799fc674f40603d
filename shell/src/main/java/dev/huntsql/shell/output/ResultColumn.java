package dev.huntsql.shell.output;

import java.sql.Types;

/**
 * A result column as the printers need it.
 *
 * @param label the column's name in the result
 * @param jdbcType its {@link java.sql.Types} code
 * @param typeName its SQL type name
 * @param dynamic true when it holds JSON text (KQL's dynamic) to embed as JSON
 */
public record ResultColumn(String label, int jdbcType, String typeName, boolean dynamic) {
  /** True for numbers, which tables align right and JSON writes unquoted. */
  public boolean numeric() {
    switch (jdbcType) {
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

  /** True for timestamps, which a chart draws on a time axis. */
  public boolean temporal() {
    return jdbcType == Types.TIMESTAMP || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || jdbcType == Types.DATE;
  }
}
