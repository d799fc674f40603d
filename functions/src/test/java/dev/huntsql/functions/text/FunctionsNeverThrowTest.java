package dev.huntsql.functions.text;

import static org.junit.jupiter.api.Assertions.fail;

import dev.huntsql.functions.HuntFunction;
import dev.huntsql.functions.ip.IpFunctions;
import dev.huntsql.functions.json.JsonFunctions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random text, bytes and numbers into every IP, string and JSON function: none may throw. */
class FunctionsNeverThrowTest {
  private static final List<Method> FUNCTIONS = List.of(IpFunctions.class,
          StringFunctions.class, JsonFunctions.class).stream()
      .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
      .filter(m -> m.isAnnotationPresent(HuntFunction.class))
      .sorted(Comparator.comparing(Method::toString))
      .toList();

  static {
    for (Method m : FUNCTIONS) {
      if (!Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) {
        throw new AssertionError(m + " must be public static");
      }
    }
  }

  private static final List<String> TRICKY = List.of("", " ", "10.0.0.1", "10.0.0.1/24",
      "::ffff:10.0.0.1", "fe80::1%eth0", "::", "1:2:3:4:5:6:7:8", "255.255.255.255/0", "/",
      "[\"10.0.0.0/8\",null,1]", "[1,3]", "[\"a\"]", "{\"a\":{\"b\":[1,\"{\\\"c\\\":2}\"]}}",
      "\"{\\\"a\\\":1}\"", "[", "{", "\"", "'", "\\", "a.b[0]", "['a b']", "[-1]",
      "[99999999999]", "$", "$.a", "..", "(", "(a)(b)", "(?<n>x)", "[a-", "*", "\uD800",
      "\uDFFF\uD800", "%01%00%00%00", "S3VzdG8=", "====", "regex", "normal", "1e400",
      "-0", "9223372036854775808", "null", "true", "\u0000", "\u2028", "\uFEFF10.0.0.1");

  @Property(tries = 300)
  void noFunctionThrows(@ForAll @Size(max = 6) List<@From("texts") String> texts,
      @ForAll @Size(max = 6) List<@IntRange(min = -3, max = 140) Integer> ints) {
    int seed = 0;
    for (Method m : FUNCTIONS) {
      Object[] args = arguments(m, texts, ints, seed++);
      try {
        m.invoke(null, args);
      } catch (InvocationTargetException e) {
        fail(m.getName() + Arrays.deepToString(args) + " threw " + e.getCause(), e.getCause());
      } catch (IllegalAccessException e) {
        fail(e);
      }
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> alphabet = Arbitraries.strings()
        .withChars("0123456789abcdefABCDEF.:/[]{}\"',%-\\$ xyz()*+?")
        .ofMaxLength(40);
    Arbitrary<String> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
        .map(b -> new String(b, StandardCharsets.ISO_8859_1));
    Arbitrary<String> utf8 = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
        .map(b -> new String(b, StandardCharsets.UTF_8));
    return Arbitraries.oneOf(alphabet, bytes, utf8, Arbitraries.strings().ofMaxLength(30),
        Arbitraries.of(TRICKY), Arbitraries.just(null));
  }

  private static Object[] arguments(Method m, List<String> texts, List<Integer> ints, int seed) {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      int k = seed + i;
      Class<?> t = types[i];
      if (t == String.class) {
        args[i] = pick(texts, k);
      } else if (t == Integer.class) {
        args[i] = pick(ints, k);
      } else if (t == String[].class) {
        args[i] = texts.isEmpty() ? null : texts.toArray(new String[0]);
      } else if (t == Object[].class) {
        Object[] values = new Object[Math.min(texts.size() + ints.size(), 70)];
        for (int v = 0; v < values.length; v++) {
          values[v] = v % 2 == 0 ? pick(texts, v) : pick(ints, v);
        }
        args[i] = values;
      } else if (t == Object.class) {
        args[i] = k % 3 == 0 ? pick(ints, k) : pick(texts, k);
      } else {
        throw new AssertionError("no generator for " + t + " in " + m);
      }
    }
    return args;
  }

  private static <T> T pick(List<T> values, int k) {
    return values.isEmpty() ? null : values.get(Math.floorMod(k, values.size()));
  }
}
