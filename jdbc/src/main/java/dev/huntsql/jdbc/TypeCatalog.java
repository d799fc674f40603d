package dev.huntsql.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The SQL types {@code DatabaseMetaData.getTypeInfo} reports: those huntsql's queries produce. */
final class TypeCatalog {
  private TypeCatalog() {}

  static ResultSet types() {
    RowsMetaData columns = new RowsMetaData()
        .column("TYPE_NAME", Types.VARCHAR)
        .column("DATA_TYPE", Types.INTEGER)
        .column("PRECISION", Types.INTEGER)
        .column("LITERAL_PREFIX", Types.VARCHAR)
        .column("LITERAL_SUFFIX", Types.VARCHAR)
        .column("CREATE_PARAMS", Types.VARCHAR)
        .column("NULLABLE", Types.SMALLINT)
        .column("CASE_SENSITIVE", Types.BOOLEAN)
        .column("SEARCHABLE", Types.SMALLINT)
        .column("UNSIGNED_ATTRIBUTE", Types.BOOLEAN)
        .column("FIXED_PREC_SCALE", Types.BOOLEAN)
        .column("AUTO_INCREMENT", Types.BOOLEAN)
        .column("LOCAL_TYPE_NAME", Types.VARCHAR)
        .column("MINIMUM_SCALE", Types.SMALLINT)
        .column("MAXIMUM_SCALE", Types.SMALLINT)
        .column("SQL_DATA_TYPE", Types.INTEGER)
        .column("SQL_DATETIME_SUB", Types.INTEGER)
        .column("NUM_PREC_RADIX", Types.INTEGER);
    List<Object[]> rows = new ArrayList<>();
    // Ordered by DATA_TYPE, as JDBC asks.
    rows.add(type("TINYINT", Types.TINYINT, null, null, 0));
    rows.add(type("BIGINT", Types.BIGINT, null, null, 0));
    rows.add(type("DECIMAL", Types.DECIMAL, null, "precision,scale", 19));
    rows.add(type("INTEGER", Types.INTEGER, null, null, 0));
    rows.add(type("SMALLINT", Types.SMALLINT, null, null, 0));
    rows.add(type("REAL", Types.REAL, null, null, 0));
    rows.add(type("DOUBLE", Types.DOUBLE, null, null, 0));
    rows.add(type("VARCHAR", Types.VARCHAR, "'", "length", 0));
    rows.add(type("BOOLEAN", Types.BOOLEAN, null, null, 0));
    rows.add(type("DATE", Types.DATE, "DATE '", null, 0));
    rows.add(type("TIME", Types.TIME, "TIME '", null, 3));
    rows.add(type("TIMESTAMP", Types.TIMESTAMP, "TIMESTAMP '", null, 3));
    return RowsResultSet.of(columns, rows);
  }

  private static Object[] type(String name, int type, String prefix, String createParams, int maxScale) {
    int precision = type == Types.TIME || type == Types.TIMESTAMP ? maxScale : 0;
    Integer size = JdbcTypes.columnSize(type, precision);
    boolean numeric = JdbcTypes.isNumeric(type);
    return new Object[] {
        name, type, size, prefix, prefix == null ? null : "'", createParams, (short) DatabaseMetaData.typeNullable,
        type == Types.VARCHAR, (short) DatabaseMetaData.typeSearchable, numeric ? false : null, false, false, name,
        (short) 0, (short) maxScale, null, null, numeric ? 10 : null};
  }
}
