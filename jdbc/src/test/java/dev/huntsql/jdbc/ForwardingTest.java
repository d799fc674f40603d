package dev.huntsql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public method of a wrapper answers a method of the JDBC interface it wraps: none is misspelt. */
class ForwardingTest {
  @Test
  void everyOverrideMatchesAnInterfaceMethod() {
    assertOverrides(HuntConnection.class, HuntsqlConnection.class);
    assertOverrides(HuntStatement.class, PreparedStatement.class);
    assertOverrides(HuntResultSet.class, ResultSet.class);
    assertOverrides(RowsResultSet.class, ResultSet.class);
    assertOverrides(HuntResultSetMetaData.class, ResultSetMetaData.class);
    assertOverrides(HuntDatabaseMetaData.class, DatabaseMetaData.class);
  }

  private static void assertOverrides(Class<?> wrapper, Class<?> jdbc) {
    List<String> strays = new ArrayList<>();
    for (Method method : wrapper.getMethods()) {
      if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())
          || method.getName().equals("invoke")) {
        continue;
      }
      try {
        jdbc.getMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        strays.add(method.getName() + Arrays.toString(method.getParameterTypes()));
      }
    }
    assertEquals(List.of(), strays, wrapper.getSimpleName() + " methods that " + jdbc.getSimpleName() + " lacks");
  }

  @Test
  void connectionIsAConnection() {
    assertEquals(true, Connection.class.isAssignableFrom(HuntsqlConnection.class));
  }
}
