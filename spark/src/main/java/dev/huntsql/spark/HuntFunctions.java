package dev.huntsql.spark;

import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import dev.huntsql.functions.geo.GeoDatabase;
import dev.huntsql.functions.geo.GeoDatabases;
import dev.huntsql.functions.geo.GeoFunctions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Registers huntsql's function library with a Spark session: every {@code @HuntFunction} as a
 * UDF and every {@code @HuntAggregate} as a UDAF, under their SQL names, so Spark SQL runs the
 * same hunts ({@code HuntFunctions.register(spark)}, then {@code spark.sql(...)}).
 */
public final class HuntFunctions {
  /** Functions that read the clock: they see the query's start time, as in KQL. */
  private static final Set<String> CLOCK = Set.of("now", "ago");
  /** What an aggregate's {@code Object} input may be read as, first the fallback. */
  private static final List<Class<?>> AGGREGATE_INPUTS =
      List.of(String.class, Long.class, Double.class, Boolean.class, Instant.class);
  private static final String TEXT = "huntsql_vararg_text";

  private HuntFunctions() {}

  /** Registers the library; the geo functions use the country database shipped in the jar. */
  public static void register(SparkSession spark) {
    register(spark, null);
  }

  /**
   * Registers the library with {@code geoip} (a MaxMind-format database: a local path, or any
   * URI {@code SparkContext.addFile} accepts) as the geo functions' database. The file is
   * shipped to every executor and opened there on first use. A local file is opened here first,
   * so a bad database fails now rather than in a task.
   */
  public static void register(SparkSession spark, String geoip) {
    String geoFile = geoip == null ? null : ship(spark, geoip);
    SessionFunctions session = new SessionFunctions(spark);
    Overloads.Helpers helpers = helpers(session);
    scalars().forEach((name, methods) -> registerScalar(session, helpers, name, methods, geoFile));
    aggregates().forEach((name, types) -> registerAggregate(session, helpers, name, types));
  }

  /** Checks a local geo database, ships it to the executors and returns its file name. */
  private static String ship(SparkSession spark, String geoip) {
    // A URI with a scheme of two or more letters (hdfs:, s3a:, abfss:, file:) or a plain path.
    boolean remote = geoip.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !geoip.startsWith("file:");
    if (!remote) {
      Path local = geoip.startsWith("file:") ? Path.of(URI.create(geoip)) : Path.of(geoip);
      GeoDatabases.use(GeoDatabase.open(local));
    }
    spark.sparkContext().addFile(geoip);
    String path = geoip.replace('\\', '/');
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The SQL names {@link #register} defines, scalar and aggregate. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(scalars().keySet());
    names.addAll(aggregates().keySet());
    return names;
  }

  /** Every aggregate class by SQL name ({@code make_set(x)}, {@code make_set(x, max)}: one). */
  static Map<String, List<Class<?>>> aggregates() {
    Map<String, List<Class<?>>> byName = new LinkedHashMap<>();
    for (Class<?> type : FunctionLibrary.AGGREGATE_CLASSES) {
      byName.computeIfAbsent(type.getAnnotation(HuntAggregate.class).name(), k -> new ArrayList<>())
          .add(type);
    }
    return byName;
  }

  /** Every annotated static method, by SQL name, in a fixed order. */
  static Map<String, List<Method>> scalars() {
    Map<String, List<Method>> byName = new LinkedHashMap<>();
    for (Class<?> type : FunctionLibrary.SCALAR_CLASSES) {
      Arrays.stream(type.getMethods())
          .filter(m -> m.isAnnotationPresent(HuntFunction.class))
          .filter(m -> Modifier.isStatic(m.getModifiers()))
          .sorted(Comparator.comparing(HuntFunctions::signature))
          .forEach(m -> byName.computeIfAbsent(m.getAnnotation(HuntFunction.class).name(),
              k -> new ArrayList<>()).add(m));
    }
    return byName;
  }

  private static Overloads.Helpers helpers(SessionFunctions session) {
    var array = session.builder("array");
    var now = session.builder("current_timestamp");
    Method of;
    try {
      of = VarargText.class.getMethod("of", Object.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    var text = session.scalar(TEXT, new MethodCall(of, false, null), DataTypes.StringType);
    session.drop(TEXT);
    return new Overloads.Helpers(array, now, text);
  }

  private static void registerScalar(SessionFunctions session, Overloads.Helpers helpers,
      String name, List<Method> methods, String geoFile) {
    List<Overloads.Overload> overloads = new ArrayList<>();
    boolean clock = CLOCK.contains(name);
    for (Method method : methods) {
      String geo = method.getDeclaringClass() == GeoFunctions.class ? geoFile : null;
      MethodCall call = new MethodCall(method, clock, geo);
      overloads.add(new Overloads.Overload(method.getParameterTypes(), method.isVarArgs(), clock,
          session.scalar(name, call, SparkTypes.of(method.getReturnType()))));
    }
    HuntFunction doc = methods.get(0).getAnnotation(HuntFunction.class);
    session.install(name, usage(doc.description(), doc.example(), doc.result()),
        new Overloads(name, overloads, helpers));
  }

  private static void registerAggregate(SessionFunctions session, Overloads.Helpers helpers,
      String name, List<Class<?>> types) {
    List<Overloads.Overload> overloads = new ArrayList<>();
    for (Class<?> type : types) {
      Method add = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals("add"))
          .findFirst().orElseThrow(() -> new IllegalStateException(type + " has no add"));
      Class<?>[] declared = Arrays.copyOfRange(add.getParameterTypes(), 1, add.getParameterCount());
      boolean generic = Arrays.asList(declared).contains(Object.class);
      for (Class<?> input : generic ? AGGREGATE_INPUTS : List.<Class<?>>of(Object.class)) {
        Class<?>[] inputs = Arrays.stream(declared).map(c -> c == Object.class ? input : c)
            .toArray(Class<?>[]::new);
        HuntAggregator aggregator = new HuntAggregator(type, inputs);
        var udaf = functions.udaf(aggregator, Encoders.row(aggregator.inputSchema()));
        overloads.add(new Overloads.Overload(inputs, false, false, session.aggregate(name, udaf)));
      }
    }
    HuntAggregate doc = types.get(0).getAnnotation(HuntAggregate.class);
    session.install(name, usage(doc.description(), doc.example(), doc.result()),
        new Overloads(name, overloads, helpers));
  }

  /** What {@code DESCRIBE FUNCTION name} says: the description and the example. */
  static String usage(String name) {
    List<Method> methods = scalars().get(name);
    if (methods != null) {
      HuntFunction doc = methods.get(0).getAnnotation(HuntFunction.class);
      return usage(doc.description(), doc.example(), doc.result());
    }
    HuntAggregate doc = aggregates().get(name).get(0).getAnnotation(HuntAggregate.class);
    return usage(doc.description(), doc.example(), doc.result());
  }

  private static String usage(String description, String example, String result) {
    return "_FUNC_ - " + description + " Example: " + example + " -> " + result;
  }

  private static String signature(Method m) {
    StringBuilder s = new StringBuilder().append(m.getParameterCount());
    for (Class<?> p : m.getParameterTypes()) {
      s.append(',').append(p.getName());
    }
    return s.toString();
  }
}
