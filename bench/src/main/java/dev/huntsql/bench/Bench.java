package dev.huntsql.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark: huntsql against DuckDB on the same generated DeviceNetworkEvents files, in one
 * run, one report line per query, data set and run (first, warm), with whether they agree.
 */
public final class Bench {
  private final BenchOptions options;
  private final PrintStream out;
  private final MemoryProbe memory = new MemoryProbe();
  private final List<Measurement> measurements = new ArrayList<>();

  private Bench(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(BenchOptions.USAGE);
      return;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.println(BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    new Bench(options, System.out).run(String.join(" ", args));
  }

  private void run(String arguments) throws IOException, SQLException {
    List<DataSet> data = BenchData.prepare(options, out);
    DuckdbEngine duckdb = options.duckdb() ? loadDuckdb() : null;
    HuntsqlEngine huntsql = options.huntsql() ? new HuntsqlEngine() : null;
    List<String> machine = Machine.describe(duckdb == null ? null : duckdb.version());
    machine.forEach(line -> out.println("# " + line));
    for (DataSet set : data) {
      out.printf(Locale.ROOT, "# data %s: %s (%s on disk)%n", set.label(), set.file(), Sizes.mb(set.onDisk()));
    }
    warmUp(huntsql, duckdb);
    out.printf(Locale.ROOT, "# each query, %d times: a new session (cold cache), its first run and a second (warm) run;"
        + " the best of each is shown%n", options.runs());
    out.print(Report.textHeader());
    for (DataSet set : data) {
      for (BenchQuery query : BenchQueries.all()) {
        if (options.queries().isEmpty() || options.queries().contains(query.name())) {
          measure(query, set, huntsql, duckdb);
        }
      }
    }
    if (huntsql != null) {
      huntsql.close();
    }
    if (duckdb != null) {
      duckdb.close();
    }
    out.println("# load average at end: " + Machine.load());
    if (options.markdown() != null) {
      String text = "Command: `./bench/run.sh " + arguments + "`\n\n" + "- " + String.join("\n- ", machine) + "\n"
          + "- load average at end: " + Machine.load() + "\n\n" + Report.markdown(measurements);
      Files.writeString(options.markdown(), text, StandardCharsets.UTF_8);
      out.println("# wrote " + options.markdown());
    }
  }

  /**
   * Each repetition opens a new huntsql session (cold cache) and runs the query twice: first and
   * warm; DuckDB, which keeps nothing between queries, runs it twice too. The report keeps the best
   * of the repetitions for each, since this machine's other work makes single runs noisy.
   */
  private void measure(BenchQuery query, DataSet set, HuntsqlEngine huntsql, DuckdbEngine duckdb)
      throws SQLException {
    Answer huntsqlAnswer = null;
    Answer duckdbAnswer = null;
    double[] huntsqlBest = {Double.NaN, Double.NaN};
    double[] duckdbBest = {Double.NaN, Double.NaN};
    long heap = -1;
    long rss = -1;
    if (duckdb != null) {
      duckdb.open(set);
    }
    for (int repetition = 0; repetition < options.runs(); repetition++) {
      if (huntsql != null) {
        huntsql.open(set);
        for (int run = 0; run < 2; run++) {
          memory.reset();
          Answer answer = huntsql.run(query);
          heap = Math.max(heap, memory.peakHeapBytes() >> 20);
          rss = Math.max(rss, memory.peakRssBytes() >> 20);
          huntsqlBest[run] = best(huntsqlBest[run], answer.seconds());
          huntsqlAnswer = huntsqlAnswer == null ? answer : huntsqlAnswer;
        }
        huntsql.close();
      }
      if (duckdb != null) {
        for (int run = 0; run < 2; run++) {
          Answer answer = duckdb.run(query);
          duckdbBest[run] = best(duckdbBest[run], answer.seconds());
          duckdbAnswer = duckdbAnswer == null ? answer : duckdbAnswer;
        }
      }
    }
    String check = huntsqlAnswer != null && duckdbAnswer != null
        ? AnswerCheck.check(query, huntsqlAnswer, duckdbAnswer)
        : String.format(Locale.ROOT, "%,d rows", (huntsqlAnswer != null ? huntsqlAnswer : duckdbAnswer).rows().size());
    long megabytes = Math.round(set.uncompressed() / 1e6);
    long peakRss = memory.rssResets() ? rss : -1;
    record(new Measurement(query.name(), set.label(), "first", huntsqlBest[0], duckdbBest[0], megabytes, heap,
        peakRss, check));
    record(new Measurement(query.name(), set.label(), "warm", huntsqlBest[1], duckdbBest[1], megabytes, heap,
        peakRss, ""));
  }

  private static double best(double sofar, double seconds) {
    return Double.isNaN(sofar) ? seconds : Math.min(sofar, seconds);
  }

  /**
   * Runs every query once on a small file first, so that "first" runs measure a new session in a
   * running JVM (the shell's prompt, a JDBC server) rather than class loading and JIT warm-up,
   * which are reported here instead.
   */
  private void warmUp(HuntsqlEngine huntsql, DuckdbEngine duckdb) throws IOException, SQLException {
    DataSet small = BenchData.warmUp(options);
    long began = System.nanoTime();
    if (huntsql != null) {
      huntsql.open(small);
      for (BenchQuery query : BenchQueries.all()) {
        huntsql.run(query);
      }
      huntsql.close();
    }
    long middle = System.nanoTime();
    if (duckdb != null) {
      duckdb.open(small);
      for (BenchQuery query : BenchQueries.all()) {
        duckdb.run(query);
      }
    }
    out.printf(Locale.ROOT, "# warm-up, every query once on %s: huntsql %.1f s (a cold JVM), DuckDB %.1f s%n",
        Sizes.mb(small.onDisk()), (middle - began) / 1e9, (System.nanoTime() - middle) / 1e9);
  }

  private void record(Measurement measurement) {
    measurements.add(measurement);
    out.print(Report.text(measurement));
    out.flush();
  }

  /** DuckDB, or null with the reason on stderr when its driver or native library cannot load. */
  private DuckdbEngine loadDuckdb() {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      return new DuckdbEngine();
    } catch (ClassNotFoundException e) {
      System.err.println("bench: DuckDB's driver is not on the class path (build with -Pbench: ./bench/run.sh); "
          + "running huntsql alone");
    } catch (SQLException | LinkageError e) {
      System.err.println("bench: DuckDB could not be loaded: " + e + "; running huntsql alone");
    }
    return null;
  }
}
