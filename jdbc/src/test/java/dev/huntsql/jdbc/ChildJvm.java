package dev.huntsql.jdbc;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Java program in a separate JVM, on this test run's class path unless told otherwise. */
public final class ChildJvm {
  private final List<String> command = new ArrayList<>();

  private ChildJvm(String classPath) {
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Short-lived JVMs: quick compilation over peak speed.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classPath);
  }

  /** A JVM with the tests' own class path. */
  public static ChildJvm withTestClassPath() {
    return new ChildJvm(System.getProperty("java.class.path"));
  }

  /** A JVM with only these jars and folders on its class path. */
  public static ChildJvm withClassPath(Path... entries) {
    List<String> parts = new ArrayList<>();
    for (Path entry : entries) {
      parts.add(entry.toAbsolutePath().toString());
    }
    return new ChildJvm(String.join(File.pathSeparator, parts));
  }

  /** Prepends the tests' class path with these entries. */
  public static ChildJvm withExtraClassPath(Path... entries) {
    List<String> parts = new ArrayList<>();
    for (Path entry : entries) {
      parts.add(entry.toAbsolutePath().toString());
    }
    parts.add(System.getProperty("java.class.path"));
    return new ChildJvm(String.join(File.pathSeparator, parts));
  }

  /** Adds JVM options (before the main class). */
  public ChildJvm options(String... options) {
    command.addAll(command.size() - 2, List.of(options));
    return this;
  }

  /** Starts {@code mainClass} with {@code args}; standard input is empty. */
  public Process start(String mainClass, String... args) throws IOException {
    return builder(mainClass, args).start();
  }

  /** Starts {@code mainClass} with its standard error going to {@code errors}. */
  public Process start(Path errors, String mainClass, String... args) throws IOException {
    return builder(mainClass, args).redirectError(errors.toFile()).start();
  }

  private ProcessBuilder builder(String mainClass, String... args) {
    List<String> full = new ArrayList<>(command);
    full.add(mainClass);
    full.addAll(List.of(args));
    return new ProcessBuilder(full).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
  }

  /** Runs to the end (at most {@code seconds}) and returns standard output; fails on a non-zero exit. */
  public String run(int seconds, String mainClass, String... args) throws IOException, InterruptedException {
    Process process = start(mainClass, args);
    process.getOutputStream().close();
    java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return process.getErrorStream().readAllBytes();
      } catch (IOException e) {
        return new byte[0];
      }
    });
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(mainClass + " did not finish in " + seconds + " s; output:\n" + out);
    }
    String errors = new String(err.join(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new AssertionError(mainClass + " exited with " + process.exitValue() + "\nout:\n" + out + "\nerr:\n" + errors);
    }
    return out;
  }
}
