package dev.huntsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * docs/FUNCTIONS.md is what {@link FunctionReference} prints; run with
 * {@code -Dhuntsql.updateDocs=true} to rewrite the file instead of failing.
 */
class FunctionReferenceTest {
  private static final String REGENERATE = "mvn -o -q -pl functions,engine test "
      + "-Dtest=FunctionReferenceTest -Dsurefire.failIfNoSpecifiedTests=false "
      + "-Dhuntsql.updateDocs=true";

  @Test
  void docsFunctionsMdMatchesTheAnnotations() throws IOException {
    Path file = repositoryRoot().resolve("docs").resolve("FUNCTIONS.md");
    String generated = FunctionReference.markdown();
    if (Boolean.getBoolean("huntsql.updateDocs")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      return;
    }
    String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!generated.equals(current)) {
      fail("docs/FUNCTIONS.md is out of date with the function annotations (first difference: "
          + firstDifference(current, generated) + "); regenerate it with: " + REGENERATE);
    }
  }

  @Test
  void everyScalarFunctionHasARow() {
    String page = FunctionReference.markdown();
    FunctionLibrary.SCALAR_CLASSES.stream()
        .flatMap(type -> Arrays.stream(type.getMethods()))
        .filter(m -> m.isAnnotationPresent(HuntFunction.class))
        .forEach(m -> {
          String signature = FunctionReference.signature(m.getAnnotation(HuntFunction.class).name(),
              m.getParameterTypes(), m.isVarArgs());
          assertTrue(page.contains("`" + signature + " → "), signature);
        });
  }

  @Test
  void signaturesUseSqlTypes() {
    assertEquals("bin(TIMESTAMP, VARCHAR)", FunctionReference.signature("bin",
        new Class<?>[] {java.time.Instant.class, String.class}, false));
    assertEquals("strcat_delim(VARCHAR, ANY, ...)", FunctionReference.signature("strcat_delim",
        new Class<?>[] {String.class, Object[].class}, true));
  }

  private static String firstDifference(String current, String generated) {
    String[] a = current.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of page>";
      if (!x.equals(y)) {
        return "line " + (i + 1) + " is \"" + x + "\", expected \"" + y + "\"";
      }
    }
    return "none";
  }

  /** The folder holding the root pom.xml, found upward from the module the test runs in. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("engine"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }
}
