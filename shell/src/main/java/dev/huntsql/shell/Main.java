package dev.huntsql.shell;

import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.HuntOptions;
import dev.huntsql.queries.Detection;
import dev.huntsql.queries.Detections;
import dev.huntsql.queries.SparkSql;
import dev.huntsql.shell.output.ResultPrinter;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The {@code huntsql} command. Exit codes: 0 done, 1 a query or data error, 2 a usage error. */
public final class Main {
  static final int OK = 0;
  static final int QUERY_ERROR = 1;
  static final int USAGE_ERROR = 2;
  /** The options that go with {@code run NAME --target spark --to-sql}. */
  private static final Set<String> SPARK_SQL_OPTIONS = Set.of("--target", "--to-sql", "--debug");

  private final InputStream stdin;
  private final OutputStream rawStdout;
  private final OutputStream rawStderr;
  private final PrintWriter stdout;
  private final PrintWriter stderr;
  /** True only for the real process: the prompt needs the process's own terminal. */
  private final boolean systemStreams;

  Main(InputStream stdin, OutputStream stdout, OutputStream stderr) {
    this(stdin, stdout, stderr, false);
  }

  private Main(InputStream stdin, OutputStream stdout, OutputStream stderr, boolean systemStreams) {
    this.stdin = stdin;
    this.rawStdout = stdout;
    this.rawStderr = stderr;
    this.stdout = Streams.writer(stdout, false);
    this.stderr = Streams.writer(stderr, true);
    this.systemStreams = systemStreams;
  }

  public static void main(String[] args) {
    int code = new Main(System.in, System.out, System.err, true).run(args);
    System.out.flush();
    System.exit(code);
  }

  int run(String... args) {
    if (args.length > 0 && args[0].equals("serve")) {
      return ServeCommand.run(args, stdout, stderr);
    }
    if (args.length > 0 && args[0].equals("generate")) {
      java.io.PrintStream messages = new java.io.PrintStream(rawStderr, true, java.nio.charset.StandardCharsets.UTF_8);
      return dev.huntsql.engine.generate.EventGenerator.run(java.util.Arrays.copyOfRange(args, 1, args.length), messages);
    }
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (UsageException e) {
      stderr.println("huntsql: " + e.getMessage());
      return USAGE_ERROR;
    }
    try {
      return dispatch(arguments);
    } catch (UsageException e) {
      stderr.println("huntsql: " + e.getMessage());
      return USAGE_ERROR;
    } catch (Exception | LinkageError | StackOverflowError e) {
      stderr.println("huntsql: " + ErrorMessages.describe(e, null));
      if (arguments.debug) {
        e.printStackTrace(stderr);
      }
      return QUERY_ERROR;
    } catch (OutOfMemoryError e) {
      // Outside a query (opening a folder with a tiny heap, say): the same one line as in one.
      stderr.println("huntsql: " + dev.huntsql.engine.scan.MemoryBudget.message());
      return QUERY_ERROR;
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  private int dispatch(Arguments arguments) throws Exception {
    if (arguments.format != null && ResultPrinter.forFormat(arguments.format) == null) {
      throw new UsageException("unknown format '" + arguments.format + "'; use one of "
          + String.join(", ", ResultPrinter.FORMATS));
    }
    if ((arguments.target != null || arguments.toSql) && !"run".equals(arguments.command)) {
      throw new UsageException("--target and --to-sql go with 'huntsql run NAME --target spark --to-sql'");
    }
    if (arguments.sql != null || arguments.sqlFile != null) {
      if (arguments.command != null && !arguments.command.equals("sql")) {
        throw new UsageException("-e and -f run SQL; they do not go with '" + arguments.command + "'");
      }
      if (arguments.sql != null && arguments.sqlFile != null) {
        throw new UsageException("use -e or -f, not both");
      }
      return arguments.sql != null ? batch(arguments, arguments.sql, null)
          : batch(arguments, readSqlFile(arguments.sqlFile), arguments.sqlFile.toString());
    }
    if (arguments.command == null) {
      arguments.command = "help";
    }
    switch (arguments.command) {
      case "help":
        stdout.print(Help.TEXT);
        return OK;
      case "version":
        stdout.println("huntsql " + Help.version());
        return OK;
      case "detections":
        return listDetections();
      case "functions":
        return listFunctions();
      case "run":
        return runDetection(arguments);
      case "sql":
        if (!arguments.operands.isEmpty()) {
          throw new UsageException("sql takes no operands; use -e \"SQL\" or -f FILE.sql");
        }
        return systemStreams && isTerminal() ? interactive(arguments)
            : batch(arguments, new String(stdin.readAllBytes(), StandardCharsets.UTF_8), null);
      default:
        throw new UsageException("unknown command '" + arguments.command + "' (see huntsql --help)");
    }
  }

  /** {@code run NAME --target spark --to-sql}: the detection as Spark SQL, for a cluster. */
  private int printSparkSql(Arguments arguments, Detection detection) {
    if (arguments.target != null && !arguments.target.equals("spark")) {
      throw new UsageException("--target takes spark only, not '" + arguments.target + "'");
    }
    if (!arguments.toSql) {
      throw new UsageException("--target spark needs --to-sql (huntsql prints the SQL; run it on your cluster)");
    }
    if (arguments.target == null) {
      throw new UsageException("--to-sql needs --target spark (huntsql run NAME --target spark --to-sql)");
    }
    for (String option : arguments.given) {
      if (!SPARK_SQL_OPTIONS.contains(option)) {
        throw new UsageException(option + " does not apply to --to-sql, which only prints the SQL");
      }
    }
    stdout.print(SparkSql.detection(detection.name()));
    return OK;
  }

  private int runDetection(Arguments arguments) throws Exception {
    if (arguments.operands.size() != 1) {
      throw new UsageException("run takes one detection name; 'huntsql detections' lists them");
    }
    String name = arguments.operands.get(0);
    Detection detection = Detections.find(name).orElseThrow(() -> new UsageException(
        "no detection named '" + name + "'; 'huntsql detections' lists them"));
    if (arguments.target != null || arguments.toSql) {
      return printSparkSql(arguments, detection);
    }
    if (arguments.data == null && System.getenv("HUNTSQL_DATA") == null) {
      stderr.println("(running on the sample data that ships with huntsql; use --data DIR for your own exports)");
    }
    try (Shell shell = batchShell(arguments)) {
      String sql = detection.sql();
      return shell.scripts.execute(sql, sql, 0, null) ? OK : QUERY_ERROR;
    }
  }

  /** Runs statements and dot-commands in turn; stops at the first error. */
  private int batch(Arguments arguments, String text, String source) throws Exception {
    try (Shell shell = batchShell(arguments)) {
      return shell.scripts.run(text, source) == ScriptRunner.Outcome.FAILED ? QUERY_ERROR : OK;
    }
  }

  private Shell batchShell(Arguments arguments) throws Exception {
    Streams streams = new Streams(Streams.writer(rawStdout, false), stderr, () -> 0);
    if (arguments.output != null) {
      streams.output(arguments.output, options(arguments).data());
    }
    return new Shell(Sessions.open(options(arguments)), streams, Settings.batch(arguments), ProgressMeter.NONE,
        false, arguments.debug);
  }

  private int interactive(Arguments arguments) throws Exception {
    // The session opens while the terminal and prompt are set up: the prompt appears sooner.
    Sessions sessions = Sessions.openInBackground(options(arguments));
    Repl.quietJLine();
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      if (terminal.getWidth() <= 0) {
        // Some terminals (a fresh pty, a serial console) report no size; JLine cannot draw in zero columns.
        terminal.setSize(new Size(80, 24));
      }
      PrintWriter screen = terminal.writer();
      Streams streams = new Streams(screen, screen, () -> terminal.getWidth() > 0 ? terminal.getWidth() : 80);
      if (arguments.output != null) {
        streams.output(arguments.output, options(arguments).data());
      }
      try (Shell shell = new Shell(sessions, streams, Settings.interactive(arguments), new ProgressMeter(screen),
          true, arguments.debug)) {
        return new Repl(terminal, shell, historyFile()).run();
      }
    }
  }

  /** {@code $HUNTSQL_HISTORY}, else {@code ~/.huntsql_history}. */
  private static Path historyFile() {
    String configured = System.getenv("HUNTSQL_HISTORY");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".huntsql_history");
  }

  /** True when standard input and output are a terminal (on Java 22+, a real one, not a redirected console). */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  static HuntOptions options(Arguments arguments) {
    return new HuntOptions(dataFolder(arguments), arguments.geoip, arguments.strict);
  }

  /** --data, else $HUNTSQL_DATA, else the sample data next to the launcher, else the current folder. */
  static Path dataFolder(Arguments arguments) {
    if (arguments.data != null) {
      return arguments.data;
    }
    String fromEnvironment = System.getenv("HUNTSQL_DATA");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment);
    }
    String sample = System.getProperty("huntsql.sample");
    return sample != null ? Path.of(sample) : Path.of(".");
  }

  private String readSqlFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("-f " + file + ": no such file");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new HuntException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private int listDetections() {
    for (Detection detection : Detections.all()) {
      stdout.printf("%-28s %s%n", detection.name(), detection.title());
    }
    return OK;
  }

  private int listFunctions() {
    Catalog.functions().values().stream()
        .filter(doc -> !doc.kind().equals("sql"))
        .forEach(doc -> stdout.printf("%-26s %s  e.g. %s → %s%n", doc.name(), doc.description(), doc.example(),
            doc.result()));
    return OK;
  }
}
