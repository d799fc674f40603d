package dev.huntsql.shell;

import dev.huntsql.engine.HuntSession;
import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import dev.huntsql.queries.Detection;
import dev.huntsql.queries.Detections;
import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/** The names the shell offers and checks: tables, columns, functions, keywords and detections. */
final class Catalog {
  /** Keywords offered by completion: the ones hunts are written with, not all Calcite knows. */
  static final List<String> KEYWORDS = List.of("SELECT", "FROM", "WHERE", "GROUP", "BY", "ORDER", "HAVING",
      "LIMIT", "OFFSET", "FETCH", "FIRST", "NEXT", "ROWS", "ONLY", "JOIN", "INNER", "LEFT", "RIGHT", "FULL",
      "OUTER", "CROSS", "ON", "USING", "AS", "AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "BETWEEN", "EXISTS",
      "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "ALL", "UNION", "INTERSECT", "EXCEPT", "WITH",
      "VALUES", "ASC", "DESC", "NULLS", "LAST", "TRUE", "FALSE", "CAST", "INTERVAL", "TIMESTAMP", "DATE",
      "VARCHAR", "INTEGER", "BIGINT", "DOUBLE", "BOOLEAN", "EXPLAIN", "PLAN", "FOR", "OVER", "PARTITION",
      "FILTER", "LATERAL", "UNNEST", "ESCAPE", "SIMILAR", "TO");
  /** The words a statement can start with. */
  static final List<String> STATEMENT_KEYWORDS = List.of("SELECT", "WITH", "VALUES", "EXPLAIN");

  /**
   * A function as listed by {@code .functions}.
   *
   * @param name its SQL name
   * @param kind "scalar", "aggregate" or "sql" (standard SQL, built into Calcite)
   * @param description one line, empty for standard SQL functions
   * @param example a runnable use, empty for standard SQL functions
   * @param result what the example returns
   */
  record FunctionDoc(String name, String kind, String description, String example, String result) {}

  /**
   * A column of a table.
   *
   * @param name the column name
   * @param type its SQL type
   */
  record Column(String name, String type) {}

  private static volatile Map<String, FunctionDoc> functions;

  private final Sessions sessions;
  private final Map<String, List<Column>> columns = new ConcurrentHashMap<>();
  private volatile int generation = -1;

  Catalog(Sessions sessions) {
    this.sessions = sessions;
  }

  /** The current session's tables; empty while it is not open. */
  List<String> tables() {
    HuntSession session = session();
    return session == null ? List.of() : session.tableNames();
  }

  /** The table with this name in any letter case. */
  Optional<String> table(String name) {
    return tables().stream().filter(t -> t.equalsIgnoreCase(name)).findFirst();
  }

  /** A table's columns in order (empty for an unknown table), read once per session. */
  List<Column> columns(String table) {
    if (generation != sessions.generation()) {
      columns.clear();
      generation = sessions.generation();
    }
    Optional<String> known = table(table);
    if (known.isEmpty()) {
      return List.of();
    }
    return columns.computeIfAbsent(known.get(), this::readColumns);
  }

  private List<Column> readColumns(String table) {
    HuntSession session = session();
    List<Column> list = new ArrayList<>();
    if (session == null) {
      return list;
    }
    try (ResultSet result = session.connection().getMetaData().getColumns(null, HuntSession.SCHEMA, table, null)) {
      while (result.next()) {
        if (table.equals(result.getString("TABLE_NAME"))) {
          list.add(new Column(result.getString("COLUMN_NAME"), result.getString("TYPE_NAME")));
        }
      }
    } catch (SQLException | RuntimeException e) {
      // A table whose files cannot be sampled has no columns to offer; querying it says why.
    }
    return Collections.unmodifiableList(list);
  }

  private HuntSession session() {
    try {
      return sessions.get();
    } catch (SQLException | RuntimeException e) {
      return null;
    }
  }

  /** Every function by lower-case name: huntsql's, then standard SQL's. */
  static Map<String, FunctionDoc> functions() {
    Map<String, FunctionDoc> known = functions;
    if (known == null) {
      known = Collections.unmodifiableMap(readFunctions());
      functions = known;
    }
    return known;
  }

  private static Map<String, FunctionDoc> readFunctions() {
    Map<String, FunctionDoc> docs = new TreeMap<>();
    for (Class<?> type : FunctionLibrary.SCALAR_CLASSES) {
      for (Method method : type.getMethods()) {
        HuntFunction function = method.getAnnotation(HuntFunction.class);
        if (function != null) {
          docs.putIfAbsent(function.name(), new FunctionDoc(function.name(), "scalar", function.description(),
              function.example(), function.result()));
        }
      }
    }
    for (Class<?> type : FunctionLibrary.AGGREGATE_CLASSES) {
      HuntAggregate aggregate = type.getAnnotation(HuntAggregate.class);
      if (aggregate != null) {
        docs.putIfAbsent(aggregate.name(), new FunctionDoc(aggregate.name(), "aggregate",
            aggregate.description(), aggregate.example(), aggregate.result()));
      }
    }
    for (SqlOperator operator : SqlStdOperatorTable.instance().getOperatorList()) {
      String name = operator.getName();
      if (operator instanceof SqlFunction && operator.getSyntax() != SqlSyntax.SPECIAL
          && name.matches("[A-Z][A-Z0-9_]*")) {
        docs.putIfAbsent(name.toLowerCase(Locale.ROOT), new FunctionDoc(name.toLowerCase(Locale.ROOT), "sql", "", "", ""));
      }
    }
    return docs;
  }

  List<Detection> detections() {
    return Detections.all();
  }
}
