package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every function's documented example, run as SQL in a huntsql session, prints the documented
 * result.
 *
 * <p>"Prints" means {@code ResultSet.getString} of the one value, {@code NULL} for null; a
 * TIMESTAMP prints as {@code yyyy-MM-dd HH:mm:ss.SSS}, the UTC wall clock with the three fraction
 * digits of huntsql's {@code TIMESTAMP(3)}.
 */
class FunctionExamplesSqlTest {
  @TempDir
  static Path data;

  private static HuntSession session;

  @BeforeAll
  static void open() throws SQLException {
    session = HuntSession.open(new HuntOptions(data, null, false));
  }

  @AfterAll
  static void close() throws SQLException {
    session.close();
  }

  @TestFactory
  Stream<DynamicTest> scalarFunctions() {
    return FunctionLibrary.SCALAR_CLASSES.stream()
        .flatMap(type -> Arrays.stream(type.getMethods()))
        .filter(m -> m.isAnnotationPresent(HuntFunction.class) && Modifier.isStatic(m.getModifiers()))
        .sorted(Comparator.comparing(FunctionExamplesSqlTest::displayName))
        .map(m -> {
          HuntFunction f = m.getAnnotation(HuntFunction.class);
          return DynamicTest.dynamicTest(displayName(m),
              () -> assertExample(f.name(), f.example(), f.result()));
        });
  }

  @TestFactory
  Stream<DynamicTest> aggregates() {
    return FunctionLibrary.AGGREGATE_CLASSES.stream()
        .filter(type -> type.isAnnotationPresent(HuntAggregate.class))
        .map(type -> {
          HuntAggregate a = type.getAnnotation(HuntAggregate.class);
          return DynamicTest.dynamicTest(a.name() + " (" + type.getSimpleName() + ")",
              () -> assertExample(a.name(), a.example(), a.result()));
        });
  }

  private static void assertExample(String name, String example, String expected)
      throws SQLException {
    assertTrue(example.toLowerCase(Locale.ROOT).contains(name + "("),
        "the example of " + name + " does not call it: " + example);
    String sql = example.regionMatches(true, 0, "SELECT ", 0, 7) ? example : "SELECT " + example;
    try (Statement statement = session.connection().createStatement();
        ResultSet rows = session.executeQuery(statement, sql)) {
      assertEquals(1, rows.getMetaData().getColumnCount(), sql);
      assertTrue(rows.next(), "no row from " + sql);
      String value = rows.getString(1);
      assertEquals(expected, value == null ? "NULL" : value, sql);
      assertFalse(rows.next(), "more than one row from " + sql);
    }
  }

  private static String displayName(Method m) {
    return m.getAnnotation(HuntFunction.class).name() + Arrays.stream(m.getParameterTypes())
        .map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
