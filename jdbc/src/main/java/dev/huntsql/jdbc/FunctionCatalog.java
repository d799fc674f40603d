package dev.huntsql.jdbc;

import dev.huntsql.engine.HuntSession;
import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The functions {@code DatabaseMetaData.getFunctions} reports: huntsql's library, each with the
 * description and example its annotation carries (the one place functions are described).
 */
final class FunctionCatalog {
  private static final Map<String, String> REMARKS = remarks();

  private FunctionCatalog() {}

  static ResultSet functions(String catalog, String schemaPattern, String functionPattern) {
    RowsMetaData columns = new RowsMetaData()
        .column("FUNCTION_CAT", Types.VARCHAR)
        .column("FUNCTION_SCHEM", Types.VARCHAR)
        .column("FUNCTION_NAME", Types.VARCHAR)
        .column("REMARKS", Types.VARCHAR)
        .column("FUNCTION_TYPE", Types.SMALLINT)
        .column("SPECIFIC_NAME", Types.VARCHAR);
    List<Object[]> rows = new ArrayList<>();
    if (NamePattern.catalogMatches(catalog) && NamePattern.of(schemaPattern).matches(HuntSession.SCHEMA)) {
      NamePattern names = NamePattern.of(functionPattern);
      REMARKS.forEach((name, remarks) -> {
        if (names.matches(name)) {
          rows.add(new Object[] {null, HuntSession.SCHEMA, name, remarks, (short) DatabaseMetaData.functionNoTable, name});
        }
      });
    }
    return RowsResultSet.of(columns, rows);
  }

  /** Comma-separated names of the library's functions, for the {@code get...Functions} lists. */
  static String names() {
    return String.join(",", REMARKS.keySet());
  }

  private static Map<String, String> remarks() {
    Map<String, String> remarks = new TreeMap<>();
    for (Class<?> type : FunctionLibrary.SCALAR_CLASSES) {
      for (Method method : type.getMethods()) {
        HuntFunction function = method.getAnnotation(HuntFunction.class);
        if (function != null) {
          remarks.putIfAbsent(function.name(), describe(function.description(), function.example(), function.result()));
        }
      }
    }
    for (Class<?> type : FunctionLibrary.AGGREGATE_CLASSES) {
      HuntAggregate aggregate = type.getAnnotation(HuntAggregate.class);
      if (aggregate != null) {
        remarks.putIfAbsent(aggregate.name(),
            "Aggregate. " + describe(aggregate.description(), aggregate.example(), aggregate.result()));
      }
    }
    return remarks;
  }

  private static String describe(String description, String example, String result) {
    String sentence = description.endsWith(".") ? description : description + ".";
    return sentence + " Example: " + example + " gives " + result;
  }
}
