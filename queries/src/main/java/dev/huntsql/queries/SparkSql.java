package dev.huntsql.queries;

import dev.huntsql.engine.sql.HuntSqlParserFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlWriterConfig;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/** Renders huntsql SQL, such as a shipped detection, as Spark SQL for the registered library. */
public final class SparkSql {
  private SparkSql() {}

  /**
   * One huntsql query as Spark SQL: parsed as huntsql parses it ({@code Timestamp},
   * {@code contains(...)} and the other KQL-friendly liberties included) and printed in Spark's
   * dialect, identifiers in backquotes and function names as written; comments are dropped.
   *
   * @throws IllegalArgumentException when huntsql cannot parse it
   */
  public static String render(String sql) {
    SqlParser.Config config = SqlParser.config()
        .withParserFactory(HuntSqlParserFactory.FACTORY)
        .withQuoting(Quoting.DOUBLE_QUOTE)
        .withUnquotedCasing(Casing.UNCHANGED)
        .withQuotedCasing(Casing.UNCHANGED)
        .withCaseSensitive(false)
        .withConformance(SqlConformanceEnum.LENIENT);
    SqlNode node;
    try {
      node = SqlParser.create(sql, config).parseQuery();
    } catch (SqlParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return node.toSqlString(c -> c.withDialect(SparkDialect.INSTANCE)
        .withIndentation(2)
        .withClauseStartsLine(true)
        .withClauseEndsLine(true)
        .withLineFolding(SqlWriterConfig.LineFolding.TALL)
        .withSelectFolding(SqlWriterConfig.LineFolding.TALL)
        .withWhereFolding(SqlWriterConfig.LineFolding.TALL)
        .withLineLength(100)
        .withAlwaysUseParentheses(false)).getSql();
  }

  /**
   * The shipped detection {@code name} (any letter case) as Spark SQL, after its header.
   *
   * @throws IllegalArgumentException when no detection has that name
   */
  public static String detection(String name) {
    Detection detection = Detections.find(name).orElseThrow(
        () -> new IllegalArgumentException("no detection named '" + name + "'"));
    StringBuilder out = new StringBuilder();
    for (String line : detection.sql().split("\n")) {
      if (!line.startsWith("--")) {
        break;
      }
      out.append(line).append('\n');
    }
    out.append("-- rendered for Spark SQL by huntsql; run after HuntFunctions.register(spark)\n");
    return out.append(render(detection.sql())).append('\n').toString();
  }

  static final String USAGE = "usage: SparkSql DETECTION\n"
      + "  prints a shipped detection as Spark SQL, as 'huntsql run DETECTION --target spark"
      + " --to-sql' does";

  /** Prints the named detection as Spark SQL; exit status 2 for a missing or unknown name. */
  public static void main(String[] args) {
    int code = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** The command line: 0 printed (or the usage asked for), 2 a usage error. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE);
      return 0;
    }
    if (args.length != 1 || args[0].startsWith("-")) {
      err.println((args.length == 1 ? "SparkSql: unknown option " + args[0] + "\n" : "") + USAGE);
      return 2;
    }
    try {
      out.print(detection(args[0]));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
  }
}
