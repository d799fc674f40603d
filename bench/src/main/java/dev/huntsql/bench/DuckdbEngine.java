package dev.huntsql.bench;

import dev.huntsql.engine.schema.Column;
import dev.huntsql.engine.schema.DefenderSchemas;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;

/**
 * DuckDB in process through its JDBC driver, reading the same file with {@code read_json} and
 * the documented column types, with SQL macros standing in for the huntsql functions it lacks.
 */
final class DuckdbEngine implements Engine {
  private static final String[] MACROS = {
      // The four parts of dotted-quad text (a /len suffix allowed), empty strings when it is not one.
      "CREATE OR REPLACE MACRO hs_ipv4_parts(ip) AS regexp_extract(ip, "
          + "'^([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})(/([0-9]{1,3}))?$', "
          + "['a', 'b', 'c', 'd', 'slash', 'len'])",
      // The address as a number, masked by its /len; NULL when the text is not IPv4.
      "CREATE OR REPLACE MACRO hs_ipv4_masked(p) AS CASE "
          + "WHEN p.a = '' OR TRY_CAST(p.a AS INTEGER) > 255 OR TRY_CAST(p.b AS INTEGER) > 255 "
          + "OR TRY_CAST(p.c AS INTEGER) > 255 OR TRY_CAST(p.d AS INTEGER) > 255 "
          + "OR (p.len <> '' AND TRY_CAST(p.len AS INTEGER) > 32) THEN NULL "
          + "WHEN p.len = '0' THEN 0 "
          + "ELSE ((TRY_CAST(p.a AS BIGINT) << 24) + (TRY_CAST(p.b AS BIGINT) << 16) + (TRY_CAST(p.c AS BIGINT) << 8) "
          + "+ TRY_CAST(p.d AS BIGINT)) & ((4294967295 << (32 - coalesce(TRY_CAST(nullif(p.len, '') AS INTEGER), 32))) "
          + "& 4294967295) END",
      // KQL's ipv4_is_private: 10/8, 172.16/12, 192.168/16; NULL for anything but IPv4 text.
      "CREATE OR REPLACE MACRO ipv4_is_private(ip) AS ("
          + "(hs_ipv4_masked(hs_ipv4_parts(ip)) >> 24) = 10 "
          + "OR (hs_ipv4_masked(hs_ipv4_parts(ip)) >> 20) = 2753 "
          + "OR (hs_ipv4_masked(hs_ipv4_parts(ip)) >> 16) = 49320)"
  };

  private final Connection connection;
  private final String version;
  private String source;

  DuckdbEngine() throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      for (String macro : MACROS) {
        statement.execute(macro);
      }
      try (ResultSet rs = statement.executeQuery("SELECT version()")) {
        rs.next();
        version = rs.getString(1);
      }
    }
  }

  @Override
  public String name() {
    return "DuckDB";
  }

  String version() {
    return version;
  }

  @Override
  public void open(DataSet data) {
    source = source(data);
  }

  @Override
  public Answer run(BenchQuery query) throws SQLException {
    String sql = query.duckdb().replace("{src}", source);
    long began = System.nanoTime();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      return ResultReader.read(rs, began);
    }
  }

  /** {@code read_json} of the file with every documented column at its documented type. */
  static String source(DataSet data) {
    StringJoiner columns = new StringJoiner(", ", "{", "}");
    for (Column column : DefenderSchemas.find(BenchData.TABLE).orElseThrow().columns()) {
      columns.add("'" + column.name() + "': '" + sqlType(column) + "'");
    }
    return "read_json('" + data.file().toAbsolutePath().toString().replace("'", "''")
        + "', format = 'newline_delimited', columns = " + columns + ")";
  }

  private static String sqlType(Column column) {
    switch (column.type()) {
      case INT:
        return "INTEGER";
      case LONG:
        return "BIGINT";
      case BOOL:
        return "BOOLEAN";
      case DOUBLE:
        return "DOUBLE";
      default:
        // Text, JSON text, and timestamps (the queries do not use them; DuckDB keeps them as text).
        return "VARCHAR";
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
