package dev.huntsql.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * An example job: runs a huntsql detection on Spark and prints its rows as CSV.
 *
 * <pre>RunDetection DETECTION DATA_DIR [--geoip FILE] [--master URL]</pre>
 *
 * <p>DETECTION is a shipped detection's name, rendered here by huntsql's {@code SparkSql} (the
 * queries module must be on the classpath, as it is under Maven), or a file that
 * {@code huntsql run NAME --target spark --to-sql} wrote (then {@code huntsql-spark.jar} alone
 * is enough, as under spark-submit). Each table the detection's {@code -- tables:} header names
 * is read from {@code DATA_DIR/<Table>.json*} under its documented schema; lines that are not
 * JSON objects are left out, and counted in a warning on standard error after the rows. Exit
 * codes: 0 done, 1 a Spark error, 2 a usage error.
 */
public final class RunDetection {
  static final String USAGE =
      "usage: RunDetection DETECTION DATA_DIR [--geoip FILE] [--master URL]\n"
      + "  DETECTION  a shipped detection's name, or a .sql file from"
      + " 'huntsql run NAME --target spark --to-sql'\n"
      + "  DATA_DIR   a folder (or URI) holding <Table>.json, .jsonl or .gz of them, one event a line";

  private RunDetection() {}

  /** The command line, checked. */
  record Options(String detection, String data, String geoip, String master) {
    static Options parse(String... args) {
      List<String> operands = new ArrayList<>();
      String geoip = null;
      String master = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--geoip" -> geoip = value(args, ++i, "--geoip");
          case "--master" -> master = value(args, ++i, "--master");
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            operands.add(args[i]);
          }
        }
      }
      if (operands.size() != 2) {
        throw new IllegalArgumentException("expected DETECTION and DATA_DIR");
      }
      return new Options(operands.get(0), operands.get(1), geoip, master);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }

  public static void main(String[] args) {
    int code = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      out.println(USAGE);
      return 0;
    }
    Options options;
    String sql;
    try {
      options = Options.parse(args);
      sql = sparkSql(options.detection());
    } catch (IllegalArgumentException e) {
      err.println("RunDetection: " + e.getMessage() + "\n" + USAGE);
      return 2;
    }
    try (SparkSession spark = session(options)) {
      HuntFunctions.register(spark, options.geoip());
      List<String> tables = tables(sql);
      for (String table : tables) {
        DefenderTables.readExport(spark, table, files(options, table))
            .createOrReplaceTempView(table);
      }
      printCsv(spark.sql(sql), out);
      for (String table : tables) {
        Map<String, Long> malformed = MalformedLines.count(spark, table, files(options, table));
        if (!malformed.isEmpty()) {
          err.println("RunDetection: warning: " + MalformedLines.describe(table, malformed));
        }
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("RunDetection: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      // Spark's messages are long (a plan, a stack of causes); the first line says what failed.
      err.println("RunDetection: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      return 1;
    }
  }

  private static String files(Options options, String table) {
    return options.data() + "/" + table + ".json*";
  }

  /** The detection as Spark SQL: read from a rendered file, or rendered from its name. */
  static String sparkSql(String detection) {
    Path file = Path.of(detection);
    if (Files.isRegularFile(file)) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
      }
    }
    if (detection.endsWith(".sql")) {
      throw new IllegalArgumentException("no such file: " + detection);
    }
    try {
      return dev.huntsql.queries.SparkSql.detection(detection);
    } catch (NoClassDefFoundError e) {
      throw new IllegalArgumentException("rendering a detection by name needs huntsql's queries"
          + " module on the classpath; render it with 'huntsql run " + detection
          + " --target spark --to-sql > " + detection + ".sql' and pass " + detection + ".sql");
    }
  }

  /** The tables the rendered detection's {@code -- tables:} header line names. */
  static List<String> tables(String sql) {
    for (String line : sql.split("\n")) {
      if (line.startsWith("-- tables:")) {
        List<String> tables = new ArrayList<>();
        for (String table : line.substring("-- tables:".length()).split("[,\\s]+")) {
          if (!table.isBlank()) {
            tables.add(table);
          }
        }
        return tables;
      }
    }
    throw new IllegalArgumentException("the detection's header has no '-- tables:' line");
  }

  private static SparkSession session(Options options) {
    SparkSession.Builder builder = SparkSession.builder().appName("huntsql " + options.detection());
    if (options.master() != null) {
      builder.master(options.master());
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]"); // run with plain java: spark-submit would have set a master
    }
    SparkSession spark = builder.getOrCreate();
    // Registering replaces Spark's built-ins of the same names (contains, split, ...) with a
    // WARN for each; the job prints its own one-line errors.
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }

  /** RFC 4180 CSV with a header row, as {@code huntsql --format csv}: NULL empty, "" for empty text. */
  static void printCsv(Dataset<Row> result, PrintStream out) {
    String[] columns = result.columns();
    for (int i = 0; i < columns.length; i++) {
      out.print((i == 0 ? "" : ",") + csv(columns[i], false));
    }
    out.print("\r\n");
    for (Row row : result.collectAsList()) {
      for (int i = 0; i < row.length(); i++) {
        out.print(i == 0 ? "" : ",");
        if (!row.isNullAt(i)) {
          Object value = row.get(i);
          // Spark hands times over in the JVM's zone; print them in UTC, as Defender writes them.
          out.print(csv(value instanceof Timestamp t ? t.toInstant().toString() : value.toString(),
              true));
        }
      }
      out.print("\r\n");
    }
    out.flush();
  }

  private static String csv(String text, boolean quoteEmpty) {
    boolean quote = (quoteEmpty && text.isEmpty()) || text.contains(",") || text.contains("\"")
        || text.contains("\n") || text.contains("\r");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
