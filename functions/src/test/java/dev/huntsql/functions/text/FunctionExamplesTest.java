package dev.huntsql.functions.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.functions.HuntFunction;
import dev.huntsql.functions.ip.IpFunctions;
import dev.huntsql.functions.json.JsonFunctions;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each function's documented example, evaluated by a tiny reader of SQL literal calls, gives its
 * documented result; and every public method is a boxed, annotated SQL function.
 */
class FunctionExamplesTest {

  static Stream<Method> functions() {
    return Stream.of(IpFunctions.class, StringFunctions.class, JsonFunctions.class)
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .filter(m -> m.isAnnotationPresent(HuntFunction.class));
  }

  @ParameterizedTest
  @MethodSource("functions")
  void exampleGivesItsResult(Method m) throws Exception {
    HuntFunction f = m.getAnnotation(HuntFunction.class);
    assertEquals(f.name().toLowerCase(), f.name());
    assertFalse(f.description().isBlank());
    String example = f.example();
    assertTrue(example.startsWith(f.name() + "("), example);
    List<Object> args = new LiteralReader(example.substring(f.name().length())).arguments();
    Object[] call = bind(m, args);
    Object value = m.invoke(null, call);
    assertEquals(f.result(), value == null ? "NULL" : value.toString(), example);
  }

  @ParameterizedTest
  @MethodSource("functions")
  void signaturesAreBoxed(Method m) {
    for (Class<?> t : m.getParameterTypes()) {
      assertFalse(t.isPrimitive(), m.toString());
    }
    assertFalse(m.getReturnType().isPrimitive(), m.toString());
  }

  /** The call's arguments for {@code m}, packing a varargs tail into its array. */
  private static Object[] bind(Method m, List<Object> args) {
    Class<?>[] types = m.getParameterTypes();
    if (!m.isVarArgs()) {
      assertEquals(types.length, args.size(), m + " arity");
      return args.toArray();
    }
    int fixed = types.length - 1;
    Object[] call = new Object[types.length];
    for (int i = 0; i < fixed; i++) {
      call[i] = args.get(i);
    }
    Class<?> element = types[fixed].getComponentType();
    Object[] rest = (Object[]) java.lang.reflect.Array.newInstance(element, args.size() - fixed);
    for (int i = fixed; i < args.size(); i++) {
      rest[i - fixed] = args.get(i);
    }
    call[fixed] = rest;
    return call;
  }

  /** Reads {@code ('text', 12, -1, NULL, 2.5)}: SQL literals only. */
  private static final class LiteralReader {
    private final String s;
    private int i;

    LiteralReader(String s) {
      this.s = s;
    }

    List<Object> arguments() {
      List<Object> out = new ArrayList<>();
      expect('(');
      skipSpaces();
      if (s.charAt(i) == ')') {
        i++;
        return out;
      }
      while (true) {
        skipSpaces();
        out.add(literal());
        skipSpaces();
        char c = s.charAt(i++);
        if (c == ')') {
          assertEquals(s.length(), i, "trailing text in " + s);
          return out;
        }
        assertEquals(',', c, s);
      }
    }

    private Object literal() {
      char c = s.charAt(i);
      if (c == '\'') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
          char d = s.charAt(i++);
          if (d == '\'') {
            if (i < s.length() && s.charAt(i) == '\'') {
              sb.append('\'');
              i++;
            } else {
              return sb.toString();
            }
          } else {
            sb.append(d);
          }
        }
      }
      int start = i;
      while (i < s.length() && ",) ".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      if (word.equals("NULL")) {
        return null;
      }
      if (word.equals("true") || word.equals("false")) {
        return Boolean.valueOf(word);
      }
      return word.contains(".") ? (Object) Double.valueOf(word) : (Object) Integer.valueOf(word);
    }

    private void skipSpaces() {
      while (s.charAt(i) == ' ') {
        i++;
      }
    }

    private void expect(char c) {
      assertEquals(c, s.charAt(i++), s);
    }
  }
}
