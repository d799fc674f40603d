package dev.huntsql.engine.sql;

import dev.huntsql.engine.schema.ColumnType;
import dev.huntsql.engine.schema.DefenderSchemas;
import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Says which result columns of a query hold JSON (KQL's dynamic), so JSON output can embed them
 * as JSON rather than as strings.
 *
 * <p>SQL sees JSON as text; this looks at the outermost select list: a column is dynamic when it
 * is a call of a function whose result is JSON ({@code make_set}, {@code parse_json}, ...) or a
 * reference to a column documented as dynamic ({@code AdditionalFields}).
 */
public final class DynamicColumns {
  private static final Set<String> DYNAMIC_FUNCTIONS = dynamicFunctionNames();
  private static final Set<String> DYNAMIC_TABLE_COLUMNS = dynamicTableColumns();

  private DynamicColumns() {}

  /** The labels (any letter case) of the query's dynamic columns; empty if it does not parse. */
  public static Set<String> of(String sql) {
    Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    SqlNode node;
    try {
      node = SqlParser.create(sql, SqlParser.config().withParserFactory(HuntSqlParserFactory.FACTORY)).parseQuery();
    } catch (SqlParseException | RuntimeException e) {
      return labels;
    }
    SqlSelect select = outermostSelect(node);
    if (select == null) {
      return labels;
    }
    for (SqlNode item : select.getSelectList()) {
      SqlNode expression = item;
      String label = null;
      if (item.getKind() == SqlKind.AS) {
        expression = ((SqlCall) item).operand(0);
        label = ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple();
      }
      if (expression instanceof SqlIdentifier) {
        SqlIdentifier identifier = (SqlIdentifier) expression;
        if (identifier.isStar()) {
          labels.addAll(DYNAMIC_TABLE_COLUMNS);
          continue;
        }
        String column = identifier.names.get(identifier.names.size() - 1);
        if (DYNAMIC_TABLE_COLUMNS.contains(column)) {
          labels.add(label != null ? label : column);
        }
      } else if (expression instanceof SqlBasicCall && label != null) {
        String function = ((SqlBasicCall) expression).getOperator().getName().toLowerCase(Locale.ROOT);
        if (DYNAMIC_FUNCTIONS.contains(function)) {
          labels.add(label);
        }
      }
    }
    return labels;
  }

  private static SqlSelect outermostSelect(SqlNode node) {
    while (true) {
      if (node instanceof SqlSelect) {
        return (SqlSelect) node;
      } else if (node instanceof SqlOrderBy) {
        node = ((SqlOrderBy) node).query;
      } else if (node instanceof SqlWith) {
        node = ((SqlWith) node).body;
      } else {
        return null;
      }
    }
  }

  private static Set<String> dynamicFunctionNames() {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Class<?> type : FunctionLibrary.SCALAR_CLASSES) {
      for (Method method : type.getMethods()) {
        HuntFunction function = method.getAnnotation(HuntFunction.class);
        if (function != null && function.dynamic()) {
          names.add(function.name());
        }
      }
    }
    for (Class<?> type : FunctionLibrary.AGGREGATE_CLASSES) {
      HuntAggregate aggregate = type.getAnnotation(HuntAggregate.class);
      if (aggregate != null && aggregate.dynamic()) {
        names.add(aggregate.name());
      }
    }
    return names;
  }

  private static Set<String> dynamicTableColumns() {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    DefenderSchemas.all().forEach(table -> table.columns().stream()
        .filter(column -> column.type() == ColumnType.DYNAMIC)
        .forEach(column -> names.add(column.name())));
    return names;
  }
}
