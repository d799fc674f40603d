package dev.huntsql.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;

/**
 * What huntsql tells tools about itself: its schema, tables, columns with real sizes, functions
 * with their descriptions, and that it is read-only, without catalogs or transactions.
 */
final class HuntDatabaseMetaData extends Forwarding {
  private final HuntConnection connection;
  private final SchemaCatalog catalog;

  HuntDatabaseMetaData(HuntConnection connection, DatabaseMetaData delegate) {
    super(delegate);
    this.connection = connection;
    this.catalog = new SchemaCatalog(connection.calcite());
  }

  public Connection getConnection() {
    return connection.self();
  }

  // What there is.

  public ResultSet getCatalogs() {
    return RowsResultSet.of(new RowsMetaData().column("TABLE_CAT", Types.VARCHAR), new ArrayList<>());
  }

  public ResultSet getSchemas() {
    return catalog.schemas(null, null);
  }

  public ResultSet getSchemas(String catalogName, String schemaPattern) {
    return catalog.schemas(catalogName, schemaPattern);
  }

  public ResultSet getTables(String catalogName, String schemaPattern, String tablePattern, String[] types) {
    return catalog.tables(catalogName, schemaPattern, tablePattern, types);
  }

  public ResultSet getTableTypes() {
    return catalog.tableTypes();
  }

  public ResultSet getColumns(String catalogName, String schemaPattern, String tablePattern, String columnPattern) {
    return catalog.columns(catalogName, schemaPattern, tablePattern, columnPattern);
  }

  public ResultSet getFunctions(String catalogName, String schemaPattern, String functionPattern) {
    return FunctionCatalog.functions(catalogName, schemaPattern, functionPattern);
  }

  public ResultSet getTypeInfo() {
    return TypeCatalog.types();
  }

  /** Calcite's system functions and huntsql's library: Avatica clients see names only here, as its protocol has no getFunctions. */
  public String getSystemFunctions() throws java.sql.SQLException {
    String calcite = ((DatabaseMetaData) target).getSystemFunctions();
    return calcite == null || calcite.isEmpty() ? FunctionCatalog.names() : calcite + "," + FunctionCatalog.names();
  }

  // Who it is.

  public String getURL() {
    return connection.url();
  }

  public String getUserName() {
    return null;
  }

  public String getDatabaseProductName() {
    return "huntsql";
  }

  public String getDatabaseProductVersion() {
    return HuntDriver.VERSION;
  }

  public int getDatabaseMajorVersion() {
    return HuntDriver.MAJOR;
  }

  public int getDatabaseMinorVersion() {
    return HuntDriver.MINOR;
  }

  public String getDriverName() {
    return "huntsql JDBC driver";
  }

  public String getDriverVersion() {
    return HuntDriver.VERSION;
  }

  public int getDriverMajorVersion() {
    return HuntDriver.MAJOR;
  }

  public int getDriverMinorVersion() {
    return HuntDriver.MINOR;
  }

  // Read-only, without transactions.

  public boolean isReadOnly() {
    return true;
  }

  public boolean supportsTransactions() {
    return false;
  }

  public int getDefaultTransactionIsolation() {
    return Connection.TRANSACTION_NONE;
  }

  public boolean supportsTransactionIsolationLevel(int level) {
    return level == Connection.TRANSACTION_NONE;
  }

  public boolean supportsDataDefinitionAndDataManipulationTransactions() {
    return false;
  }

  public boolean supportsDataManipulationTransactionsOnly() {
    return false;
  }

  public boolean usesLocalFiles() {
    return true;
  }

  // Names: no catalogs; identifiers match in any letter case and keep the case they were written in.

  public boolean supportsCatalogsInDataManipulation() {
    return false;
  }

  public boolean supportsCatalogsInTableDefinitions() {
    return false;
  }

  public boolean supportsCatalogsInProcedureCalls() {
    return false;
  }

  public boolean supportsCatalogsInIndexDefinitions() {
    return false;
  }

  public boolean supportsCatalogsInPrivilegeDefinitions() {
    return false;
  }

  public boolean supportsSchemasInDataManipulation() {
    return true;
  }

  public boolean supportsSchemasInTableDefinitions() {
    return true;
  }

  public String getSchemaTerm() {
    return "schema";
  }

  public String getIdentifierQuoteString() {
    return "\"";
  }

  public String getSearchStringEscape() {
    return "\\";
  }

  public boolean supportsMixedCaseIdentifiers() {
    return false;
  }

  public boolean storesMixedCaseIdentifiers() {
    return true;
  }

  public boolean storesUpperCaseIdentifiers() {
    return false;
  }

  public boolean storesLowerCaseIdentifiers() {
    return false;
  }

  public boolean supportsMixedCaseQuotedIdentifiers() {
    return false;
  }

  public boolean storesMixedCaseQuotedIdentifiers() {
    return true;
  }

  public boolean storesUpperCaseQuotedIdentifiers() {
    return false;
  }

  public boolean storesLowerCaseQuotedIdentifiers() {
    return false;
  }

  // Sorting: nulls first ascending, last descending, as in KQL.

  public boolean nullsAreSortedLow() {
    return true;
  }

  public boolean nullsAreSortedHigh() {
    return false;
  }

  public boolean nullsAreSortedAtStart() {
    return false;
  }

  public boolean nullsAreSortedAtEnd() {
    return false;
  }
}
