package dev.huntsql.jdbc.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@code huntsql serve} until Ctrl-C or SIGTERM, then stops gracefully. Exit codes: 0 after
 * a stop, 1 when the server cannot start, 2 for a usage error.
 */
public final class ServerLauncher {
  private ServerLauncher() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(Arrays.asList(args), defaultData(), out, err));
  }

  /** The data folder when {@code --data} is not given: $HUNTSQL_DATA, else the shipped sample, else none. */
  public static Path defaultData() {
    String fromEnvironment = System.getenv("HUNTSQL_DATA");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return Path.of(fromEnvironment);
    }
    String sample = System.getProperty("huntsql.sample");
    return sample == null ? null : Path.of(sample);
  }

  /** Parses {@code args} (those after {@code serve}), serves until the JVM is told to stop, and says how it went. */
  public static int run(List<String> args, Path defaultData, PrintWriter out, PrintWriter err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.print(ServeOptions.USAGE);
      out.flush();
      return 0;
    }
    ServeOptions options;
    try {
      options = ServeOptions.parse(args, defaultData);
    } catch (IllegalArgumentException e) {
      err.println("huntsql: " + e.getMessage());
      return 2;
    }
    HuntServer server;
    try {
      server = HuntServer.start(options, err);
    } catch (Exception e) {
      err.println("huntsql: cannot start the server: " + message(e));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("huntsql: stopping (" + server.runningQueries() + " queries running, "
          + server.openConnections() + " connections open)");
      server.stop();
      err.println("huntsql: stopped");
      err.flush();
      stopped.countDown();
    }, "huntsql-shutdown"));
    out.println("huntsql: serving " + options.data() + " at " + server.jdbcUrl()
        + (options.users() != null ? " (HTTP BASIC users from " + options.users() + ")" : ""));
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String message(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getCause() == null || cause instanceof java.net.BindException) {
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
      }
    }
    return e.toString();
  }
}
