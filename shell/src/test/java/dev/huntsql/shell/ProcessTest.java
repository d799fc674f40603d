package dev.huntsql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.huntsql.engine.generate.EventGenerator;
import dev.huntsql.engine.generate.GeneratorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a separate process with real pipes: what scripts see. */
class ProcessTest {
  private static final Path LAUNCHER = Path.of("..", "huntsql");
  private static final Path JAR = Path.of("target", "huntsql.jar");

  @TempDir
  Path data;

  /** What a finished process printed. */
  record Ran(int code, String out, String err) {}

  private static Ran run(List<String> command, String stdin) throws Exception {
    Process process = new ProcessBuilder(command).start();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ended");
    return new Ran(process.exitValue(), out.get(), err.get());
  }

  private static CompletableFuture<String> read(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static List<String> java(String... args) {
    return javaWith(List.of(), args);
  }

  private static List<String> javaWith(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void pipedStatementsPrintOnlyTheirResultsWithNothingOnStandardError() throws Exception {
    Ran ran = run(java("sql", "--format", "csv", "--data", data.toString()), "select 1;\nselect 2;\n");
    assertEquals(new Ran(0, "EXPR$0\r\n1\r\nEXPR$0\r\n2\r\n", ""), ran);
  }

  @Test
  void aBadStatementExitsWith1AndOneLineWithItsPosition() throws Exception {
    Ran ran = run(java("sql", "--format", "csv", "--data", data.toString()),
        "select 1 as ok;\nselect nosuch\n  from (values (1)) as t(x);\nselect 3;\n");
    assertEquals(1, ran.code());
    assertEquals("ok\r\n1\r\n", ran.out());
    assertEquals("huntsql: line 2, column 8: Column 'nosuch' not found in any table\n", ran.err());
  }

  @Test
  void theLauncherScriptKeepsTheSameContract() throws Exception {
    assumeTrue(Files.isExecutable(LAUNCHER) && jarIsCurrent(),
        "needs a packaged jar newer than every source (else the launcher would rebuild it mid-test)");
    Ran ran = run(List.of("bash", LAUNCHER.toString(), "sql", "--format", "csv", "--data", data.toString()),
        "select 1;\nselect 2;\n");
    assertEquals(new Ran(0, "EXPR$0\r\n1\r\nEXPR$0\r\n2\r\n", ""), ran);
    Ran bad = run(List.of("bash", LAUNCHER.toString(), "-e", "selec 1", "--data", data.toString()), "");
    assertEquals(1, bad.code());
    assertEquals("", bad.out());
    assertTrue(bad.err().startsWith("huntsql: line 1, column 1: ") && bad.err().lines().count() == 1, bad.err());
  }

  /** One group per event, each keeping a few kilobytes: more than a 64 MB heap holds for 40,000 events. */
  private static final String HUNGRY = "select ReportId, Timestamp, RemoteIP, LocalPort, make_list(strcat("
      + String.join(", ", java.util.Collections.nCopies(6, "DeviceId, InitiatingProcessSHA256, InitiatingProcessSHA1,"
          + " InitiatingProcessMD5, InitiatingProcessCommandLine, InitiatingProcessFolderPath"))
      + ")) as kept from DeviceNetworkEvents group by ReportId, Timestamp, RemoteIP, LocalPort;\n";

  @Test
  void aQueryTooBigForTheHeapEndsWithOneLineNotAnOutOfMemoryError() throws Exception {
    EventGenerator.generate(GeneratorOptions.of("DeviceNetworkEvents", 40_000, data, 9));
    // With the budget (the default), and without it, when only catching the error is left.
    for (String fraction : List.of("0.85", "1")) {
      Ran ran = run(javaWith(List.of("-Xmx64m", "-Dhuntsql.memory.fraction=" + fraction),
          "sql", "--format", "csv", "--data", data.toString()), HUNGRY + "select 1;\n");
      assertEquals(1, ran.code(), ran.err());
      assertEquals("", ran.out());
      assertTrue(ran.err().startsWith("huntsql: query stopped: it needed more memory than huntsql may use (")
          && ran.err().lines().count() == 1, ran.err());
    }
  }

  /**
   * True when the launcher will run target/huntsql.jar as it is: no source, resource or pom in
   * the repository is newer (otherwise it rebuilds first, which takes a minute).
   */
  private static boolean jarIsCurrent() throws IOException {
    if (!Files.isRegularFile(JAR)) {
      return false;
    }
    long jar = Files.getLastModifiedTime(JAR).toMillis();
    Path root = LAUNCHER.getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
          .filter(p -> {
            String name = p.getFileName().toString();
            boolean source = p.toString().contains("/src/") && (name.endsWith(".java") || name.endsWith(".sql"));
            return source || name.equals("pom.xml") || p.toString().contains("/src/main/resources/");
          })
          .allMatch(p -> {
            try {
              return Files.getLastModifiedTime(p).toMillis() <= jar;
            } catch (IOException e) {
              return false;
            }
          });
    }
  }
}
