package dev.huntsql.shell;

import dev.huntsql.jdbc.server.ServerLauncher;
import java.io.PrintWriter;
import java.util.Arrays;

/** {@code huntsql serve}: the remote JDBC server over a data folder, until Ctrl-C or SIGTERM. */
final class ServeCommand {
  private ServeCommand() {}

  /** Serves with the arguments after {@code serve}; 0 after a stop, 1 if it cannot start, 2 for a usage error. */
  static int run(String[] args, PrintWriter stdout, PrintWriter stderr) {
    return ServerLauncher.run(Arrays.asList(args).subList(1, args.length), ServerLauncher.defaultData(), stdout, stderr);
  }
}
