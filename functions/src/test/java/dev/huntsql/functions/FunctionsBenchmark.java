package dev.huntsql.functions;

import dev.huntsql.functions.time.QueryClock;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rows per second of every scalar function, called directly on its documented example arguments
 * with datetimes and IPv4 addresses varied per row; a tool run by hand, not a test (see
 * docs/FUNCTIONS.md). An optional argument keeps only the functions whose name contains it.
 *
 * <p>Each function gets a warm-up, then the fastest of a few timed rounds is reported: on a busy
 * machine the slower rounds measure the neighbours.
 */
public final class FunctionsBenchmark {
  private static final int ROWS = 1024;
  private static final int WARMUP_CALLS = 300_000;
  private static final int MEASURED_CALLS = 300_000;
  private static final int MEASURED_ROUNDS = 3;
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.)\\d{1,3}(/\\d+)?");
  private static final DateTimeFormatter SQL_TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS][.SS][.S]");

  /** Arguments for the functions whose example is not a call with literal arguments only. */
  private static final Map<String, List<Object>> EXAMPLE_OVERRIDES = Map.of(
      "ago(String)", List.of("1h"),
      "now()", List.of(),
      "now(String)", List.of("-2d"));

  /** Keeps results reachable so that no call can be optimized away. */
  private static volatile long sink;

  private FunctionsBenchmark() {}

  public static void main(String[] args) throws Throwable {
    String only = args.length > 0 ? args[0] : "";
    // As in a query: ago() and now() read a pinned instant.
    QueryClock.pin(Instant.now());
    System.out.printf("%-58s %14s %9s%n", "function", "rows/s", "ns/row");
    List<Method> methods = FunctionLibrary.SCALAR_CLASSES.stream()
        .flatMap(type -> Arrays.stream(type.getMethods()))
        .filter(m -> m.isAnnotationPresent(HuntFunction.class) && Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getAnnotation(HuntFunction.class).name().contains(only))
        .sorted(Comparator.comparing(FunctionsBenchmark::label))
        .collect(Collectors.toList());
    for (Method method : methods) {
      Object[][] rows = rows(method);
      if (rows == null) {
        System.out.printf("%-58s %s%n", label(method), "not measured: no literal arguments");
        continue;
      }
      MethodHandle call = spreader(method);
      run(call, rows, WARMUP_CALLS);
      long nanos = Long.MAX_VALUE;
      for (int round = 0; round < MEASURED_ROUNDS; round++) {
        long start = System.nanoTime();
        run(call, rows, MEASURED_CALLS);
        nanos = Math.min(nanos, System.nanoTime() - start);
      }
      System.out.printf("%-58s %,14.0f %9.1f%n", label(method),
          MEASURED_CALLS * 1e9 / nanos, (double) nanos / MEASURED_CALLS);
    }
  }

  private static void run(MethodHandle call, Object[][] rows, int calls) throws Throwable {
    long results = 0;
    for (int i = 0; i < calls; i++) {
      Object result = (Object) call.invokeExact(rows[i & (ROWS - 1)]);
      results += result == null ? 0 : 1;
    }
    sink += results;
  }

  /** The method as {@code (Object[]) -> Object}, the array holding its arguments. */
  private static MethodHandle spreader(Method method) throws IllegalAccessException {
    MethodHandle h = MethodHandles.publicLookup().unreflect(method).asFixedArity();
    return h.asType(h.type().generic()).asSpreader(Object[].class, method.getParameterCount());
  }

  private static String label(Method m) {
    return m.getAnnotation(HuntFunction.class).name() + Arrays.stream(m.getParameterTypes())
        .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
  }

  /** ROWS argument arrays, or null when the example's arguments cannot be read. */
  private static Object[][] rows(Method method) {
    HuntFunction f = method.getAnnotation(HuntFunction.class);
    String key = f.name() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
    List<Object> literals = EXAMPLE_OVERRIDES.containsKey(key)
        ? EXAMPLE_OVERRIDES.get(key) : Literals.ofCall(f.example(), f.name());
    if (literals == null) {
      return null;
    }
    Object[][] rows = new Object[ROWS][];
    for (int i = 0; i < ROWS; i++) {
      rows[i] = bind(method, literals, i);
    }
    return rows;
  }

  /** The literals as the method's parameter types, varargs packed, varied for row i. */
  private static Object[] bind(Method method, List<Object> literals, int row) {
    Class<?>[] types = method.getParameterTypes();
    int fixed = method.isVarArgs() ? types.length - 1 : types.length;
    Object[] args = new Object[types.length];
    for (int i = 0; i < fixed; i++) {
      args[i] = vary(as(literals.get(i), types[i]), row);
    }
    if (method.isVarArgs()) {
      Class<?> element = types[fixed].getComponentType();
      Object packed = Array.newInstance(element, literals.size() - fixed);
      for (int i = fixed; i < literals.size(); i++) {
        Array.set(packed, i - fixed, vary(as(literals.get(i), element), row));
      }
      args[fixed] = packed;
    }
    return args;
  }

  private static Object as(Object literal, Class<?> type) {
    if (literal == null || type == Object.class && !(literal instanceof BigDecimal)) {
      return literal;
    }
    if (literal instanceof BigDecimal number) {
      if (type == Integer.class) {
        return number.intValueExact();
      } else if (type == Long.class) {
        return number.longValueExact();
      } else if (type == Double.class) {
        return number.doubleValue();
      }
      return number.scale() <= 0 ? (Object) number.intValueExact() : (Object) number.doubleValue();
    }
    return literal;
  }

  private static Object vary(Object value, int row) {
    if (value instanceof Instant t) {
      return t.plusSeconds(7_919L * row);
    }
    if (value instanceof String s) {
      Matcher m = IPV4.matcher(s);
      if (m.matches()) {
        return m.group(1) + (row % 254 + 1) + (m.group(2) == null ? "" : m.group(2));
      }
    }
    return value;
  }

  /** Reads {@code name('text', 12, 2.5, NULL, TRUE, TIMESTAMP '2025-09-01 00:00:00')}. */
  private static final class Literals {
    private final String s;
    private int i;

    private Literals(String s) {
      this.s = s;
    }

    /** The arguments of a call with literal arguments only, else null. */
    static List<Object> ofCall(String example, String name) {
      if (!example.startsWith(name + "(")) {
        return null;
      }
      try {
        Literals reader = new Literals(example);
        reader.i = name.length() + 1;
        return reader.arguments();
      } catch (RuntimeException e) {
        return null;
      }
    }

    private List<Object> arguments() {
      List<Object> out = new ArrayList<>();
      spaces();
      if (s.charAt(i) == ')') {
        return i + 1 == s.length() ? out : null;
      }
      while (true) {
        spaces();
        out.add(literal());
        spaces();
        char c = s.charAt(i++);
        if (c == ')') {
          return i == s.length() ? out : null;
        }
        if (c != ',') {
          throw new IllegalArgumentException(s);
        }
      }
    }

    private Object literal() {
      if (s.charAt(i) == '\'') {
        return quoted();
      }
      int start = i;
      while (i < s.length() && ",) ".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      switch (word.toUpperCase(Locale.ROOT)) {
        case "NULL":
          return null;
        case "TRUE":
          return Boolean.TRUE;
        case "FALSE":
          return Boolean.FALSE;
        case "TIMESTAMP":
          spaces();
          return LocalDateTime.parse(quoted(), SQL_TIMESTAMP).toInstant(ZoneOffset.UTC);
        default:
          return new BigDecimal(word);
      }
    }

    private String quoted() {
      StringBuilder sb = new StringBuilder();
      i++;
      while (true) {
        char c = s.charAt(i++);
        if (c != '\'') {
          sb.append(c);
        } else if (i < s.length() && s.charAt(i) == '\'') {
          sb.append('\'');
          i++;
        } else {
          return sb.toString();
        }
      }
    }

    private void spaces() {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }
  }
}
