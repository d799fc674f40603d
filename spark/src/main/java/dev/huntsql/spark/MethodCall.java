package dev.huntsql.spark;

import dev.huntsql.functions.time.QueryClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;

/** One library method as a Java UDF, sent to the executors as names that find the method there. */
final class MethodCall implements UDF0<Object>, UDF1<Object, Object>, UDF2<Object, Object, Object>,
    UDF3<Object, Object, Object, Object>, UDF4<Object, Object, Object, Object, Object>,
    UDF5<Object, Object, Object, Object, Object, Object>,
    UDF6<Object, Object, Object, Object, Object, Object, Object> {
  static final int MAX_ARITY = 6;
  private static final long serialVersionUID = 1L;

  private final Class<?> owner;
  private final String name;
  private final Class<?>[] parameters;
  /** A varargs method takes its trailing values as one array argument. */
  private final boolean varargs;
  /**
   * A method that reads the clock ({@code now}, {@code ago}) takes the query's start time as an
   * extra last argument and reads it through {@link QueryClock}: one instant per query, as in KQL.
   */
  private final boolean clock;
  /** For a geo function, the database shipped with {@code SparkContext.addFile}, or null. */
  private final String geoFile;
  private transient Method method;

  /**
   * @param method the library method
   * @param clock true to pass the query's start time as an extra last argument
   * @param geoFile the name of the geo database given to {@code SparkContext.addFile}, or null
   */
  MethodCall(Method method, boolean clock, String geoFile) {
    this.owner = method.getDeclaringClass();
    this.name = method.getName();
    this.parameters = method.getParameterTypes();
    this.varargs = method.isVarArgs();
    this.clock = clock;
    this.geoFile = geoFile;
  }

  /** How many arguments Spark passes. */
  int arity() {
    return parameters.length + (clock ? 1 : 0);
  }

  Object invoke(Object... args) throws Exception {
    if (geoFile != null) {
      ShippedGeoDatabase.open(geoFile);
    }
    Object[] values = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      boolean rest = varargs && i == parameters.length - 1;
      values[i] = rest
          ? JavaValues.asArray(parameters[i].getComponentType(), args[i])
          : JavaValues.as(parameters[i], args[i]);
    }
    if (clock) {
      QueryClock.pin((Instant) JavaValues.plain(args[parameters.length]));
    }
    try {
      return method().invoke(null, values);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      if (clock) {
        QueryClock.unpin();
      }
    }
  }

  private Method method() throws NoSuchMethodException {
    if (method == null) {
      method = owner.getMethod(name, parameters);
    }
    return method;
  }

  @Override
  public Object call() throws Exception {
    return invoke();
  }

  @Override
  public Object call(Object a) throws Exception {
    return invoke(a);
  }

  @Override
  public Object call(Object a, Object b) throws Exception {
    return invoke(a, b);
  }

  @Override
  public Object call(Object a, Object b, Object c) throws Exception {
    return invoke(a, b, c);
  }

  @Override
  public Object call(Object a, Object b, Object c, Object d) throws Exception {
    return invoke(a, b, c, d);
  }

  @Override
  public Object call(Object a, Object b, Object c, Object d, Object e) throws Exception {
    return invoke(a, b, c, d, e);
  }

  @Override
  public Object call(Object a, Object b, Object c, Object d, Object e, Object f) throws Exception {
    return invoke(a, b, c, d, e, f);
  }
}
