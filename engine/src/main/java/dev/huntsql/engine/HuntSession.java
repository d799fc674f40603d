package dev.huntsql.engine;

import dev.huntsql.engine.calcite.EventSchema;
import dev.huntsql.engine.calcite.FunctionRegistrar;
import dev.huntsql.engine.calcite.HuntTypeSystem;
import dev.huntsql.engine.calcite.PinnedClock;
import dev.huntsql.engine.calcite.PlanReusingPrepare;
import dev.huntsql.engine.files.DataDirectory;
import dev.huntsql.engine.scan.Diagnostics;
import dev.huntsql.engine.sql.HuntSqlParserFactory;
import dev.huntsql.engine.sql.ReadOnlySql;
import dev.huntsql.functions.geo.GeoDatabase;
import dev.huntsql.functions.geo.GeoDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.Driver;
import org.apache.calcite.schema.SchemaPlus;

/**
 * An open huntsql session: a Calcite connection whose default schema is the data folder's
 * tables plus the function library, configured the way analysts write SQL.
 */
public final class HuntSession implements AutoCloseable {
  /** The schema the data folder's tables and the functions live in. */
  public static final String SCHEMA = "huntsql";

  private final HuntOptions options;
  private final CalciteConnection connection;
  private final Diagnostics diagnostics;
  private final DataDirectory data;

  private HuntSession(HuntOptions options, CalciteConnection connection, Diagnostics diagnostics,
      DataDirectory data) {
    this.options = options;
    this.connection = connection;
    this.diagnostics = diagnostics;
    this.data = data;
  }

  static {
    // SQL text is Unicode: without this Calcite types string literals as ISO-8859-1 and
    // rejects '日本' or 'пароль'. Must be set before Calcite reads its system properties.
    System.setProperty("calcite.default.charset", "UTF-8");
    System.setProperty("calcite.default.nationalcharset", "UTF-8");
    System.setProperty("calcite.default.collation.name", "UTF-8$en_US");
    // Keep compiled plans: a statement run again (or another with the same generated code)
    // skips Janino, which is most of what a repeated statement costs after planning.
    if (System.getProperty("calcite.bindable.cache.maxSize") == null) {
      System.setProperty("calcite.bindable.cache.maxSize", "200");
    }
  }

  /** Opens a session; a missing data folder or a bad geo database is a {@link HuntException}. */
  public static HuntSession open(HuntOptions options) throws SQLException {
    if (options.geoip() != null) {
      try {
        GeoDatabases.use(GeoDatabase.open(options.geoip()));
      } catch (IllegalArgumentException e) {
        throw new HuntException(e.getMessage(), e);
      }
    }
    Diagnostics diagnostics = new Diagnostics(options.strict());
    DataDirectory data = DataDirectory.scan(options.data(), diagnostics);
    // Calcite's driver with a prepare step that reuses the session's plans (PlanReusingPrepare).
    CalciteConnection connection = new Driver().withPrepareFactory(PlanReusingPrepare::new)
        .connect("jdbc:calcite:", connectionProperties()).unwrap(CalciteConnection.class);
    SchemaPlus schema = connection.getRootSchema().add(SCHEMA, new EventSchema(data, diagnostics));
    FunctionRegistrar.registerAll(schema);
    connection.setSchema(SCHEMA);
    return new HuntSession(options, connection, diagnostics, data);
  }

  /** Calcite settings that make SQL behave as hunters expect. */
  static Properties connectionProperties() {
    Properties properties = new Properties();
    // Names match in any letter case and keep the case they were written in.
    properties.setProperty("caseSensitive", "false");
    properties.setProperty("unquotedCasing", "UNCHANGED");
    properties.setProperty("quotedCasing", "UNCHANGED");
    properties.setProperty("quoting", "DOUBLE_QUOTE");
    // Accepts Timestamp, user and KQL function names unquoted (see KqlFriendlySql).
    properties.setProperty("parserFactory", HuntSqlParserFactory.class.getName() + "#FACTORY");
    // GROUP BY an alias, "!=", LIMIT and the other common liberties.
    properties.setProperty("conformance", "LENIENT");
    // CASE WHEN ... THEN 'a' ELSE 'bbb' END is 'a', not 'a  ' (see HuntTypeSystem).
    properties.setProperty("typeSystem", HuntTypeSystem.class.getName() + "#INSTANCE");
    // As in KQL: nulls first when ascending, last when descending.
    properties.setProperty("defaultNullCollation", "LOW");
    properties.setProperty("timeZone", "UTC");
    return properties;
  }

  public Connection connection() {
    return connection;
  }

  /**
   * Runs a query on a statement of this session's connection so that {@code now()} and
   * {@code ago()} read one instant throughout it, as in KQL; use it instead of
   * {@code statement.executeQuery(sql)}.
   */
  public ResultSet executeQuery(Statement statement, String sql) throws SQLException {
    ReadOnlySql.check(sql);
    return PinnedClock.executeQuery(statement, sql);
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  public HuntOptions options() {
    return options;
  }

  /** The tables of the data folder, by name. */
  public List<String> tableNames() {
    List<String> names = new ArrayList<>();
    data.tables().values().forEach(files -> names.add(files.name()));
    return names;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
