package dev.huntsql.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import dev.huntsql.queries.SparkSql;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Each function's documented example gives the same value on Spark as in huntsql: the scalar
 * examples all in one query (one column each, every overload), the aggregates and whole-SELECT
 * examples one query each.
 */
class EveryFunctionOnSparkTest {
  private static HuntSession huntsql;

  /** One documented example: whose it is, the SQL, and what huntsql documents it prints. */
  private record Example(String function, String sql, String documented) {
    boolean wholeSelect() {
      return sql.regionMatches(true, 0, "SELECT ", 0, 7);
    }
  }

  @BeforeAll
  static void open() throws Exception {
    huntsql = HuntSession.open(new HuntOptions(Path.of("..", "sample-data"), null, false));
  }

  @AfterAll
  static void close() throws Exception {
    huntsql.close();
  }

  @Test
  void everyScalarExampleInOneQuery() throws Exception {
    List<Example> examples = examples().stream().filter(e -> !e.wholeSelect()).toList();
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < examples.size(); i++) {
      sql.append(i == 0 ? "" : ",\n  ").append(examples.get(i).sql()).append(" AS c").append(i);
    }
    List<String> expected = huntsqlRow(sql.toString());
    List<String> actual = sparkRow(sql.toString());
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      String want = expected.get(i);
      String got = actual.get(i);
      checks.add(() -> assertEquals(want, got, e.function() + ": " + e.sql()
          + " (documented: " + e.documented() + ")"));
    }
    assertEquals(examples.size(), actual.size());
    assertAll(checks);
  }

  @TestFactory
  Stream<DynamicTest> wholeSelectExamples() {
    return examples().stream().filter(Example::wholeSelect)
        .map(e -> DynamicTest.dynamicTest(e.function(),
            () -> assertEquals(huntsqlRow(e.sql()), sparkRow(e.sql()),
                e.sql() + " (documented: " + e.documented() + ")")));
  }

  private static List<String> huntsqlRow(String sql) throws Exception {
    try (Statement statement = huntsql.connection().createStatement();
        ResultSet rows = huntsql.executeQuery(statement, sql)) {
      List<List<String>> table = ComparableRows.of(rows);
      assertEquals(2, table.size(), "one row from huntsql: " + sql);
      return table.get(1);
    }
  }

  private static List<String> sparkRow(String sql) {
    List<List<String>> table = ComparableRows.of(LocalSpark.session().sql(SparkSql.render(sql)));
    assertEquals(2, table.size(), "one row from Spark: " + sql);
    return table.get(1);
  }

  /** Every scalar overload's example and every aggregate's. */
  private static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (Class<?> type : FunctionLibrary.SCALAR_CLASSES) {
      for (Method m : type.getMethods()) {
        HuntFunction f = m.getAnnotation(HuntFunction.class);
        if (f != null) {
          out.add(new Example(f.name() + "/" + m.getParameterCount(), f.example(), f.result()));
        }
      }
    }
    for (Class<?> type : FunctionLibrary.AGGREGATE_CLASSES) {
      HuntAggregate a = type.getAnnotation(HuntAggregate.class);
      out.add(new Example(a.name() + " (" + type.getSimpleName() + ")", a.example(), a.result()));
    }
    out.sort(Comparator.comparing(e -> e.function().toLowerCase(Locale.ROOT)));
    return out;
  }
}
