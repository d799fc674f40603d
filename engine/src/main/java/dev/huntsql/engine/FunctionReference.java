package dev.huntsql.engine;

import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the function reference page ({@code docs/FUNCTIONS.md}) from the library's annotations. */
public final class FunctionReference {
  /** Section titles by the package a family of functions lives in. */
  private static final Map<String, String> FAMILIES = Map.of(
      "ip", "IP addresses",
      "text", "Strings",
      "json", "JSON (dynamic)",
      "packet", "SMB and NTLM packets",
      "geo", "Geolocation",
      "time", "Dates and times");

  private static final String HEADER = String.join("\n",
      "# huntsql functions",
      "",
      "<!-- Generated from the @HuntFunction and @HuntAggregate annotations by",
      "     dev.huntsql.engine.FunctionReference; do not edit by hand. -->",
      "",
      "Every function huntsql adds to SQL, with KQL's semantics (see `DESIGN-NOTES.md`). Each",
      "example runs as is (`SELECT <example>`) and returns the result shown; a TIMESTAMP prints as",
      "the UTC wall clock, `yyyy-MM-dd HH:mm:ss.SSS`. Timespans are KQL timespan text such as",
      "`'7d'`, `'1h'`, `'30m'`, `'10s'`, `'100ms'`, `'1.5h'` or `'00:30:00'`. Names match in any",
      "letter case.",
      "",
      "This page is generated. After changing a function's annotation, regenerate it with",
      "",
      "```sh",
      "mvn -o -q -pl functions,engine test -Dtest=FunctionReferenceTest \\",
      "  -Dsurefire.failIfNoSpecifiedTests=false -Dhuntsql.updateDocs=true",
      "```",
      "",
      "(`FunctionReferenceTest` fails while this page differs from the annotations, and",
      "`FunctionExamplesSqlTest` runs every example below through SQL.)",
      "",
      "A micro-benchmark of the scalar functions (rows per second on each function's example",
      "arguments, varied per row; not part of the test suite):",
      "",
      "```sh",
      "mvn -o -q install -DskipTests -pl functions && mvn -o -q -pl functions test-compile",
      "mvn -o -q -pl functions dependency:build-classpath -Dmdep.outputFile=target/classpath.txt",
      "java -cp \"functions/target/classes:functions/target/test-classes:$(cat functions/target/classpath.txt)\" \\",
      "  dev.huntsql.functions.FunctionsBenchmark",
      "```",
      "");

  private FunctionReference() {}

  /** Prints the page to standard output, in UTF-8. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(markdown());
    out.flush();
  }

  /** The whole page. */
  public static String markdown() {
    StringBuilder page = new StringBuilder(HEADER);
    for (Class<?> type : FunctionLibrary.SCALAR_CLASSES) {
      page.append('\n').append("## ").append(family(type)).append("\n\n");
      table(page);
      Arrays.stream(type.getMethods())
          .filter(m -> m.isAnnotationPresent(HuntFunction.class) && Modifier.isStatic(m.getModifiers()))
          .sorted(Comparator.comparing((Method m) -> m.getAnnotation(HuntFunction.class).name())
              .thenComparing(m -> m.getParameterCount())
              .thenComparing(m -> signature("", m.getParameterTypes(), m.isVarArgs())))
          .forEach(m -> {
            HuntFunction f = m.getAnnotation(HuntFunction.class);
            row(page, f.name(), signature(f.name(), m.getParameterTypes(), m.isVarArgs())
                + " → " + sqlType(m.getReturnType(), f.dynamic()), f.description(), f.example(),
                f.result());
          });
    }
    page.append('\n').append("## Aggregates\n\n");
    table(page);
    FunctionLibrary.AGGREGATE_CLASSES.stream()
        .filter(type -> type.isAnnotationPresent(HuntAggregate.class))
        .sorted(Comparator.comparing((Class<?> type) -> type.getAnnotation(HuntAggregate.class).name())
            .thenComparing(type -> add(type).getParameterCount()))
        .forEach(type -> {
          HuntAggregate a = type.getAnnotation(HuntAggregate.class);
          Method add = add(type);
          Class<?>[] values = Arrays.copyOfRange(add.getParameterTypes(), 1, add.getParameterCount());
          row(page, a.name(), signature(a.name(), values, false) + " → "
              + sqlType(result(type).getReturnType(), a.dynamic()), a.description(), a.example(),
              a.result());
        });
    return page.toString();
  }

  private static String family(Class<?> type) {
    String name = type.getPackageName();
    return FAMILIES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), type.getSimpleName());
  }

  private static void table(StringBuilder page) {
    page.append("| Name | Signature | Description | Example | Result |\n")
        .append("|---|---|---|---|---|\n");
  }

  private static void row(StringBuilder page, String name, String signature, String description,
      String example, String result) {
    page.append("| ").append(code(name))
        .append(" | ").append(code(signature))
        .append(" | ").append(cell(description))
        .append(" | ").append(code(example))
        .append(" | ").append(result.isEmpty() ? "*(empty)*" : code(result))
        .append(" |\n");
  }

  static String signature(String name, Class<?>[] parameters, boolean varArgs) {
    List<String> types = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      boolean last = varArgs && i == parameters.length - 1;
      types.add(last ? sqlType(parameters[i].getComponentType(), false) + ", ..."
          : sqlType(parameters[i], false));
    }
    return types.stream().collect(Collectors.joining(", ", name + "(", ")"));
  }

  /** The SQL type huntsql's engine gives a Java parameter or result type. */
  static String sqlType(Class<?> type, boolean dynamic) {
    if (dynamic) {
      return "VARCHAR (JSON)";
    }
    if (type == String.class) {
      return "VARCHAR";
    } else if (type == Integer.class) {
      return "INTEGER";
    } else if (type == Long.class) {
      return "BIGINT";
    } else if (type == Double.class) {
      return "DOUBLE";
    } else if (type == Boolean.class) {
      return "BOOLEAN";
    } else if (type == Instant.class) {
      return "TIMESTAMP";
    } else if (type == Object.class) {
      return "ANY";
    }
    return type.getSimpleName();
  }

  private static Method add(Class<?> aggregate) {
    return method(aggregate, "add");
  }

  private static Method result(Class<?> aggregate) {
    return method(aggregate, "result");
  }

  private static Method method(Class<?> type, String name) {
    return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException(type + " has no " + name + " method"));
  }

  /** Text for a table cell: a pipe would end the cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** A code span that survives backticks and pipes in the text. */
  private static String code(String text) {
    int longest = 0;
    int run = 0;
    for (char c : text.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + cell(text) + pad + fence;
  }
}
