package dev.huntsql.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to run the benchmark.
 *
 * @param bytes how much DeviceNetworkEvents JSON to generate (uncompressed)
 * @param data the folder that holds (or will hold) the generated files
 * @param runs how many new sessions run each query (twice: first and warm); the best of each is reported
 * @param gzip true to repeat the queries on a gzip copy of the same file
 * @param huntsql true to run huntsql
 * @param duckdb true to run DuckDB
 * @param queries the names of the queries to run, or empty for all
 * @param markdown a file to write the results to as Markdown, or null
 */
record BenchOptions(long bytes, Path data, int runs, boolean gzip, boolean huntsql, boolean duckdb,
    List<String> queries, Path markdown) {

  static final String USAGE = "usage: bench [--size 1g] [--data DIR] [--runs N] [--no-gzip] "
      + "[--only huntsql|duckdb] [--queries a,b] [--markdown FILE]\n"
      + "  Generates DeviceNetworkEvents of that size under DIR (default /tmp/huntsql-bench-SIZE), or reuses\n"
      + "  what is there, then runs each query through huntsql and DuckDB on the same files.";

  BenchOptions {
    queries = List.copyOf(queries);
  }

  static BenchOptions parse(String... args) {
    String size = "1g";
    Path data = null;
    int runs = 3;
    boolean gzip = true;
    boolean huntsql = true;
    boolean duckdb = true;
    List<String> queries = new ArrayList<>();
    Path markdown = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--size":
          size = value(args, ++i, arg);
          break;
        case "--data":
          data = Path.of(value(args, ++i, arg));
          break;
        case "--runs":
          try {
            runs = Integer.parseInt(value(args, ++i, arg));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--runs must be a whole number");
          }
          if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
          }
          break;
        case "--no-gzip":
          gzip = false;
          break;
        case "--only":
          String engine = value(args, ++i, arg).toLowerCase(Locale.ROOT);
          if (!engine.equals("huntsql") && !engine.equals("duckdb")) {
            throw new IllegalArgumentException("--only takes huntsql or duckdb");
          }
          huntsql = engine.equals("huntsql");
          duckdb = !huntsql;
          break;
        case "--queries":
          List<String> known = BenchQueries.all().stream().map(BenchQuery::name).toList();
          for (String name : value(args, ++i, arg).split(",")) {
            queries.add(known(name.trim(), known));
          }
          break;
        case "--markdown":
          markdown = writable(Path.of(value(args, ++i, arg)));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    long bytes = Sizes.parse(size);
    if (data == null) {
      data = Path.of(System.getProperty("java.io.tmpdir"), "huntsql-bench-" + size.toLowerCase(Locale.ROOT));
    }
    return new BenchOptions(bytes, data, runs, gzip, huntsql, duckdb, queries, markdown);
  }

  /** A query name the benchmark has. */
  private static String known(String name, List<String> names) {
    if (!names.contains(name)) {
      throw new IllegalArgumentException("no query named '" + name + "' (there are " + String.join(", ", names) + ")");
    }
    return name;
  }

  /** A file the results can be written to, checked before the run rather than after it. */
  private static Path writable(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file) || folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
      throw new IllegalArgumentException("--markdown: cannot write " + file + " (its folder must exist and be writable)");
    }
    return file;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
