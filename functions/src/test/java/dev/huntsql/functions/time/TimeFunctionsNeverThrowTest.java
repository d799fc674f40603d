package dev.huntsql.functions.time;

import static org.junit.jupiter.api.Assertions.fail;

import dev.huntsql.functions.HuntFunction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random and extreme datetimes, spans, periods and numbers into every time function: none may throw. */
class TimeFunctionsNeverThrowTest {
  private static final List<Method> FUNCTIONS = Arrays.stream(TimeFunctions.class.getMethods())
      .filter(m -> m.isAnnotationPresent(HuntFunction.class))
      .sorted(Comparator.comparing(Method::toString))
      .toList();

  private static final List<String> TRICKY = List.of("1h", "-1h", "0s", "1tick", "7d", "1.5h",
      "10675199d", "-10675199d", "9999999.23:59:59.9999999", "99999999999999999d", "00:00",
      "day", "DAY", " week ", "nanosecond", "year", "quarter", "fortnight", "", "-", ".", ":",
      "1e9d", "\u0000", "１h");

  @Property(tries = 400)
  void noTimeFunctionThrows(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
      @ForAll("texts") String s, @ForAll("texts") String t, @ForAll("longs") Long n,
      @ForAll("doubles") Double x, @ForAll("doubles") Double y) {
    for (Method m : FUNCTIONS) {
      Object[] args = new Object[m.getParameterCount()];
      Class<?>[] types = m.getParameterTypes();
      for (int i = 0; i < args.length; i++) {
        boolean first = i == 0;
        if (types[i] == Instant.class) {
          args[i] = first ? a : b;
        } else if (types[i] == String.class) {
          args[i] = first ? s : t;
        } else if (types[i] == Long.class) {
          args[i] = first ? n : Long.valueOf(n == null ? 0 : n / 3);
        } else if (types[i] == Double.class) {
          args[i] = first ? x : y;
        } else {
          throw new AssertionError("no generator for " + types[i] + " in " + m);
        }
      }
      try {
        m.invoke(null, args);
      } catch (InvocationTargetException e) {
        fail(m.getName() + Arrays.toString(args) + " threw " + e.getCause(), e.getCause());
      } catch (IllegalAccessException e) {
        fail(e);
      }
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Instant> any = Arbitraries.longs()
        .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
        .map(Instant::ofEpochSecond);
    Arbitrary<Instant> sqlRange = Arbitraries.longs()
        .between(-62_135_596_800_000L, 253_402_300_799_999L)
        .map(Instant::ofEpochMilli);
    return Arbitraries.oneOf(any, sqlRange, sqlRange,
        Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.ofEpochMilli(-1)))
        .injectNull(0.05);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> spanLike = Arbitraries.strings()
        .withChars("0123456789.:-+ dhmsticknoaeuryqwDHMS").ofMaxLength(24);
    return Arbitraries.oneOf(spanLike, Arbitraries.of(TRICKY), Arbitraries.strings().ofMaxLength(12))
        .injectNull(0.05);
  }

  @Provide
  Arbitrary<Long> longs() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-1000, 1000),
        Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L)).injectNull(0.05);
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MIN_VALUE,
        Double.MAX_VALUE)).injectNull(0.05);
  }
}
