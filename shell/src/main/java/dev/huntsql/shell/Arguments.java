package dev.huntsql.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line, parsed: a command, its operands and the common options. */
final class Arguments {
  String command;
  final List<String> operands = new ArrayList<>();
  Path data;
  Path geoip;
  String format;
  boolean strict;
  boolean debug;
  boolean chart;
  Path output;
  String sql;
  Path sqlFile;
  String target;
  boolean toSql;
  /** The options as typed, in order, so that a message can name the one that does not fit. */
  final List<String> given = new ArrayList<>();

  static Arguments parse(String... args) {
    Arguments parsed = new Arguments();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("-") && arg.length() > 1) {
        parsed.given.add(arg);
      }
      switch (arg) {
        case "--data":
        case "-d":
          parsed.data = Path.of(value(args, ++i, arg));
          break;
        case "--geoip":
          parsed.geoip = Path.of(value(args, ++i, arg));
          break;
        case "--format":
          parsed.format = value(args, ++i, arg);
          break;
        case "--output":
        case "-o":
          parsed.output = Path.of(value(args, ++i, arg));
          break;
        case "--strict":
          parsed.strict = true;
          break;
        case "--debug":
          parsed.debug = true;
          break;
        case "--chart":
          parsed.chart = true;
          break;
        case "-e":
          // Several -e run in order, as one script: each starts on a line of its own.
          String statement = value(args, ++i, arg);
          parsed.sql = parsed.sql == null ? statement : parsed.sql + "\n;\n" + statement;
          break;
        case "-f":
          parsed.sqlFile = Path.of(value(args, ++i, arg));
          break;
        case "--target":
          parsed.target = value(args, ++i, arg);
          break;
        case "--to-sql":
          parsed.toSql = true;
          break;
        case "-h":
        case "--help":
          parsed.command = "help";
          break;
        case "--version":
          parsed.command = "version";
          break;
        default:
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new UsageException("unknown option " + arg + " (see huntsql --help)");
          }
          if (parsed.command == null) {
            parsed.command = arg;
          } else {
            parsed.operands.add(arg);
          }
      }
    }
    return parsed;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value (see huntsql --help)");
    }
    return args[i];
  }
}
