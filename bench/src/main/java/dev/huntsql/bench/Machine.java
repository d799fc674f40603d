package dev.huntsql.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the benchmark ran on, for the report: cores, memory, CPU, JDK, OS and load. */
final class Machine {
  private Machine() {}

  static List<String> describe(String duckdbVersion) {
    List<String> lines = new ArrayList<>();
    lines.add("cores (nproc): " + Runtime.getRuntime().availableProcessors());
    lines.add("memory: " + procLine("/proc/meminfo", "MemTotal:").replaceAll("\\s+", " "));
    lines.add("cpu: " + procLine("/proc/cpuinfo", "model name").replaceFirst("^\\s*:\\s*", ""));
    lines.add("jdk: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + String.format(Locale.ROOT, ", max heap %,d MB", Runtime.getRuntime().maxMemory() >> 20));
    lines.add("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
    lines.add("duckdb: " + (duckdbVersion == null ? "not run" : duckdbVersion + " (JDBC, in process, default threads)"));
    lines.add("load average at start: " + load());
    return lines;
  }

  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String procLine(String file, String prefix) {
    try {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.startsWith(prefix)) {
          return line.substring(prefix.length()).trim();
        }
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }
}
