package dev.huntsql.jdbc;

import dev.huntsql.engine.HuntSession;
import dev.huntsql.engine.calcite.EventTable;
import dev.huntsql.engine.schema.Column;
import dev.huntsql.engine.schema.ColumnType;
import dev.huntsql.engine.schema.DefenderSchemas;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;

/**
 * The schema, tables and columns huntsql's {@code DatabaseMetaData} reports: the data folder's
 * event tables in schema {@code huntsql}, without a catalog. Calcite's own {@code metadata}
 * schema is left out: it is not the analyst's data.
 */
final class SchemaCatalog {
  private static final String TABLE = "TABLE";

  private final CalciteConnection connection;

  SchemaCatalog(CalciteConnection connection) {
    this.connection = connection;
  }

  private SchemaPlus schema() {
    return connection.getRootSchema().subSchemas().get(HuntSession.SCHEMA);
  }

  private boolean schemaMatches(String catalog, String schemaPattern) {
    return NamePattern.catalogMatches(catalog) && NamePattern.of(schemaPattern).matches(HuntSession.SCHEMA);
  }

  ResultSet schemas(String catalog, String schemaPattern) {
    RowsMetaData columns = new RowsMetaData()
        .column("TABLE_SCHEM", Types.VARCHAR)
        .column("TABLE_CATALOG", Types.VARCHAR);
    List<Object[]> rows = new ArrayList<>();
    if (schemaMatches(catalog, schemaPattern)) {
      rows.add(new Object[] {HuntSession.SCHEMA, null});
    }
    return RowsResultSet.of(columns, rows);
  }

  ResultSet tables(String catalog, String schemaPattern, String tablePattern, String[] types) {
    RowsMetaData columns = new RowsMetaData()
        .column("TABLE_CAT", Types.VARCHAR)
        .column("TABLE_SCHEM", Types.VARCHAR)
        .column("TABLE_NAME", Types.VARCHAR)
        .column("TABLE_TYPE", Types.VARCHAR)
        .column("REMARKS", Types.VARCHAR)
        .column("TYPE_CAT", Types.VARCHAR)
        .column("TYPE_SCHEM", Types.VARCHAR)
        .column("TYPE_NAME", Types.VARCHAR)
        .column("SELF_REFERENCING_COL_NAME", Types.VARCHAR)
        .column("REF_GENERATION", Types.VARCHAR);
    List<Object[]> rows = new ArrayList<>();
    if (schemaMatches(catalog, schemaPattern) && wantsTables(types)) {
      for (String name : tableNames(tablePattern)) {
        rows.add(new Object[] {null, HuntSession.SCHEMA, name, TABLE, remarks(name), null, null, null, null, null});
      }
    }
    return RowsResultSet.of(columns, rows);
  }

  ResultSet tableTypes() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {TABLE});
    return RowsResultSet.of(new RowsMetaData().column("TABLE_TYPE", Types.VARCHAR), rows);
  }

  ResultSet columns(String catalog, String schemaPattern, String tablePattern, String columnPattern) {
    RowsMetaData columns = new RowsMetaData()
        .column("TABLE_CAT", Types.VARCHAR)
        .column("TABLE_SCHEM", Types.VARCHAR)
        .column("TABLE_NAME", Types.VARCHAR)
        .column("COLUMN_NAME", Types.VARCHAR)
        .column("DATA_TYPE", Types.INTEGER)
        .column("TYPE_NAME", Types.VARCHAR)
        .column("COLUMN_SIZE", Types.INTEGER)
        .column("BUFFER_LENGTH", Types.INTEGER)
        .column("DECIMAL_DIGITS", Types.INTEGER)
        .column("NUM_PREC_RADIX", Types.INTEGER)
        .column("NULLABLE", Types.INTEGER)
        .column("REMARKS", Types.VARCHAR)
        .column("COLUMN_DEF", Types.VARCHAR)
        .column("SQL_DATA_TYPE", Types.INTEGER)
        .column("SQL_DATETIME_SUB", Types.INTEGER)
        .column("CHAR_OCTET_LENGTH", Types.INTEGER)
        .column("ORDINAL_POSITION", Types.INTEGER)
        .column("IS_NULLABLE", Types.VARCHAR)
        .column("SCOPE_CATALOG", Types.VARCHAR)
        .column("SCOPE_SCHEMA", Types.VARCHAR)
        .column("SCOPE_TABLE", Types.VARCHAR)
        .column("SOURCE_DATA_TYPE", Types.SMALLINT)
        .column("IS_AUTOINCREMENT", Types.VARCHAR)
        .column("IS_GENERATEDCOLUMN", Types.VARCHAR);
    List<Object[]> rows = new ArrayList<>();
    if (schemaMatches(catalog, schemaPattern)) {
      NamePattern columnNames = NamePattern.of(columnPattern);
      for (String name : tableNames(tablePattern)) {
        Table table = schema().tables().get(name);
        Set<String> dynamic = dynamicColumns(table);
        int ordinal = 0;
        for (RelDataTypeField field : table.getRowType(connection.getTypeFactory()).getFieldList()) {
          ordinal++;
          if (columnNames.matches(field.getName())) {
            rows.add(column(name, field, ordinal, dynamic.contains(field.getName())));
          }
        }
      }
    }
    return RowsResultSet.of(columns, rows);
  }

  private static Object[] column(String table, RelDataTypeField field, int ordinal, boolean json) {
    RelDataType type = field.getType();
    int jdbcType = type.getSqlTypeName().getJdbcOrdinal();
    int precision = type.getPrecision();
    boolean text = jdbcType == Types.VARCHAR || jdbcType == Types.CHAR;
    Integer size = JdbcTypes.columnSize(jdbcType, precision);
    int nullable = type.isNullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls;
    String remarks = json ? "JSON text (KQL dynamic)" : null;
    return new Object[] {
        null, HuntSession.SCHEMA, table, field.getName(), jdbcType, type.getSqlTypeName().getName(), size, null,
        JdbcTypes.decimalDigits(jdbcType, precision, type.getScale()), JdbcTypes.isNumeric(jdbcType) ? 10 : null,
        nullable, remarks, null, null, null, text ? size : null, ordinal, type.isNullable() ? "YES" : "NO",
        null, null, null, null, "NO", "NO"};
  }

  /** Names of the tables matching a pattern, sorted as JDBC asks. */
  private Set<String> tableNames(String pattern) {
    Set<String> names = new TreeSet<>();
    NamePattern tableNames = NamePattern.of(pattern);
    for (String name : schema().tables().getNames(LikePattern.any())) {
      if (tableNames.matches(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private String remarks(String name) {
    Table table = schema().tables().get(name);
    String kind = DefenderSchemas.find(name).isPresent() ? "Defender table" : "table with columns found in its records";
    if (table instanceof EventTable) {
      int files = ((EventTable) table).files().files().size();
      return kind + ", read from " + files + (files == 1 ? " file" : " files");
    }
    return kind;
  }

  private static Set<String> dynamicColumns(Table table) {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    if (table instanceof EventTable) {
      for (Column column : ((EventTable) table).schema().columns()) {
        if (column.type() == ColumnType.DYNAMIC) {
          names.add(column.name());
        }
      }
    }
    return names;
  }

  private static boolean wantsTables(String[] types) {
    if (types == null) {
      return true;
    }
    for (String type : types) {
      if (TABLE.equalsIgnoreCase(type)) {
        return true;
      }
    }
    return false;
  }
}
