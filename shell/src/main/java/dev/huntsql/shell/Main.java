package dev.huntsql.shell;

import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import dev.huntsql.queries.Detection;
import dev.huntsql.queries.Detections;
import dev.huntsql.shell.output.ResultPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** The {@code huntsql} command. Exit codes: 0 done, 1 a query or data error, 2 a usage error. */
public final class Main {
  static final int OK = 0;
  static final int QUERY_ERROR = 1;
  static final int USAGE_ERROR = 2;

  private final InputStream stdin;
  private final PrintWriter stdout;
  private final PrintWriter stderr;
  private final OutputStream rawStdout;

  Main(InputStream stdin, OutputStream stdout, OutputStream stderr) {
    this.stdin = stdin;
    this.rawStdout = stdout;
    this.stdout = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
    this.stderr = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
  }

  public static void main(String[] args) {
    int code = new Main(System.in, System.out, System.err).run(args);
    System.out.flush();
    System.exit(code);
  }

  int run(String... args) {
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
    } catch (Exception | StackOverflowError e) {
      stderr.println("huntsql: " + ErrorMessages.describe(e, arguments.sql));
      if (arguments.debug) {
        e.printStackTrace(stderr);
      }
      return QUERY_ERROR;
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  private int dispatch(Arguments arguments) throws Exception {
    if (arguments.format != null && ResultPrinter.forFormat(arguments.format) == null) {
      throw new UsageException("unknown format '" + arguments.format + "'; use one of " + ResultPrinter.FORMATS);
    }
    if (arguments.sql != null || arguments.sqlFile != null) {
      if (arguments.command != null && !arguments.command.equals("sql")) {
        throw new UsageException("-e and -f run SQL; they do not go with '" + arguments.command + "'");
      }
      String sql = arguments.sql != null ? arguments.sql : readSqlFile(arguments.sqlFile);
      return runBatch(arguments, sql);
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
        if (System.console() == null || arguments.output != null) {
          return runBatch(arguments, new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (HuntSession session = open(arguments)) {
          return new Repl(session, arguments).run();
        }
      default:
        throw new UsageException("unknown command '" + arguments.command + "' (see huntsql --help)");
    }
  }

  private int runDetection(Arguments arguments) throws Exception {
    if (arguments.operands.size() != 1) {
      throw new UsageException("run takes one detection name; 'huntsql detections' lists them");
    }
    String name = arguments.operands.get(0);
    Detection detection = Detections.find(name).orElseThrow(() -> new UsageException(
        "no detection named '" + name + "'; 'huntsql detections' lists them"));
    if (arguments.data == null && System.getenv("HUNTSQL_DATA") == null) {
      stderr.println("(running on the sample data that ships with huntsql; use --data DIR for your own exports)");
    }
    arguments.sql = detection.sql();
    return runBatch(arguments, detection.sql());
  }

  /** Runs each statement of the text in turn; stops at the first error. */
  private int runBatch(Arguments arguments, String text) throws Exception {
    StatementSplitter split = StatementSplitter.split(text);
    java.util.List<String> statements = new java.util.ArrayList<>(split.statements());
    if (!StatementSplitter.isBlankOrComment(split.rest())) {
      statements.add(split.rest().strip());
    }
    String format = arguments.format != null ? arguments.format : "table";
    try (HuntSession session = open(arguments); PrintWriter out = output(arguments)) {
      QueryRunner runner = new QueryRunner(session, out, stderr);
      for (String statement : statements) {
        try {
          runner.run(statement, format, false);
        } catch (SQLException | RuntimeException e) {
          stderr.println("huntsql: " + ErrorMessages.describe(e, statement));
          if (arguments.debug) {
            e.printStackTrace(stderr);
          }
          return QUERY_ERROR;
        }
      }
    }
    return OK;
  }

  private PrintWriter output(Arguments arguments) throws IOException {
    if (arguments.output == null) {
      return new PrintWriter(new OutputStreamWriter(new NonClosing(rawStdout), StandardCharsets.UTF_8));
    }
    return new PrintWriter(Files.newBufferedWriter(arguments.output, StandardCharsets.UTF_8));
  }

  static HuntSession open(Arguments arguments) throws SQLException {
    return HuntSession.open(new HuntOptions(dataFolder(arguments), arguments.geoip, arguments.strict));
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
    Map<String, String> lines = new TreeMap<>();
    for (Class<?> type : FunctionLibrary.SCALAR_CLASSES) {
      for (java.lang.reflect.Method method : type.getMethods()) {
        HuntFunction function = method.getAnnotation(HuntFunction.class);
        if (function != null) {
          lines.putIfAbsent(function.name(), function.description() + "  e.g. " + function.example()
              + " → " + function.result());
        }
      }
    }
    for (Class<?> type : FunctionLibrary.AGGREGATE_CLASSES) {
      HuntAggregate aggregate = type.getAnnotation(HuntAggregate.class);
      if (aggregate != null) {
        lines.putIfAbsent(aggregate.name(), aggregate.description() + "  e.g. " + aggregate.example()
            + " → " + aggregate.result());
      }
    }
    lines.forEach((name, text) -> stdout.printf("%-26s %s%n", name, text));
    return OK;
  }

  /** Lets a PrintWriter over stdout be closed without closing stdout. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
