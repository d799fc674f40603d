package dev.huntsql.shell;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.queries.Detection;
import dev.huntsql.shell.chart.Chart;
import dev.huntsql.shell.output.ResultPrinter;
import dev.huntsql.shell.output.ResultTable;
import dev.huntsql.shell.output.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The shell's dot-commands ({@code .tables}, {@code .schema T}, {@code .format csv}, ...). */
final class DotCommands {
  /** Each command with its arguments and what it does, as {@code .help} lists them. */
  static final Map<String, String[]> HELP = helpTable();

  private final Sessions sessions;
  private final Catalog catalog;
  private final Streams streams;
  private final Settings settings;
  private final QueryRunner queries;
  private final ScriptRunner scripts;
  private final ErrorPrinter errors;
  private final boolean interactive;

  DotCommands(Sessions sessions, Catalog catalog, Streams streams, Settings settings, QueryRunner queries,
      ScriptRunner scripts, ErrorPrinter errors, boolean interactive) {
    this.sessions = sessions;
    this.catalog = catalog;
    this.streams = streams;
    this.settings = settings;
    this.queries = queries;
    this.scripts = scripts;
    this.errors = errors;
    this.interactive = interactive;
  }

  private static Map<String, String[]> helpTable() {
    Map<String, String[]> help = new java.util.LinkedHashMap<>();
    help.put(".help", new String[] {"", "this list"});
    help.put(".tables", new String[] {"", "the tables of the data folder"});
    help.put(".schema", new String[] {"[TABLE]", "columns and types of a table (of all tables without one)"});
    help.put(".functions", new String[] {"[PATTERN]", "functions whose name contains PATTERN (* and ? work), with examples"});
    help.put(".detections", new String[] {"", "the detections that ship with huntsql"});
    help.put(".run", new String[] {"NAME", "run a shipped detection"});
    help.put(".read", new String[] {"FILE", "run the statements and commands in a file"});
    help.put(".format", new String[] {"FORMAT", "table, csv, json, jsonl, markdown or vertical"});
    help.put(".output", new String[] {"[FILE]", "write results to FILE; without one, back to the screen"});
    help.put(".timer", new String[] {"on|off", "show how long each statement took"});
    help.put(".types", new String[] {"on|off", "show column types under the column names"});
    help.put(".maxrows", new String[] {"N", "rows shown on the screen per result (0: all)"});
    help.put(".chart", new String[] {"[on|off|LABEL [VALUE]]", "draw the last result as bars or a time histogram"});
    help.put(".explain", new String[] {"SQL", "the query plan, with what is pushed into the scans"});
    help.put(".data", new String[] {"[DIR]", "switch to another folder of event files"});
    help.put(".geoip", new String[] {"[FILE]", "use another MMDB geo database"});
    help.put(".quit", new String[] {"", "leave (Ctrl-D does too)"});
    return help;
  }

  /** Runs one command line. */
  ScriptRunner.Outcome run(String line) {
    String[] words = line.split("\\s+", 2);
    String name = words[0].toLowerCase(Locale.ROOT);
    String argument = words.length > 1 ? words[1].strip() : "";
    try {
      switch (name) {
        case ".quit":
        case ".exit":
          return ScriptRunner.Outcome.QUIT;
        case ".help":
          help();
          return ScriptRunner.Outcome.OK;
        case ".tables":
          catalog.tables().forEach(results()::println);
          break;
        case ".schema":
          return schema(argument);
        case ".functions":
          functions(argument);
          break;
        case ".detections":
          for (Detection detection : catalog.detections()) {
            results().printf("%-28s %s%n", detection.name(), detection.title());
          }
          break;
        case ".run":
          return runDetection(argument);
        case ".read":
          return read(argument);
        case ".format":
          return format(argument);
        case ".output":
          streams.output(argument.isEmpty() ? null : Path.of(argument), sessions.options().data());
          tell(argument.isEmpty() ? "results go to the screen" : "results go to " + argument);
          return ScriptRunner.Outcome.OK;
        case ".timer":
          return toggle(argument, value -> settings.timer = value, "timer");
        case ".types":
          return toggle(argument, value -> settings.types = value, "column types");
        case ".maxrows":
          return maxRows(argument);
        case ".chart":
          return chart(argument);
        case ".explain":
          return explain(argument);
        case ".data":
          return switchSession(argument, "data folder", sessions.options().data(),
              dir -> sessions.options().withData(Path.of(dir)));
        case ".geoip":
          return switchSession(argument, "geo database", sessions.options().geoip(),
              file -> sessions.options().withGeoip(Path.of(file)));
        default:
          return fail("unknown command " + words[0] + " (" + nearCommand(name) + ".help lists the commands)");
      }
      results().flush();
      return ScriptRunner.Outcome.OK;
    } catch (Exception e) {
      errors.failed(e);
      return ScriptRunner.Outcome.FAILED;
    }
  }

  private PrintWriter results() {
    return streams.results();
  }

  private String nearCommand(String name) {
    List<String> near = Suggestions.closest(name, HELP.keySet());
    return near.isEmpty() ? "" : "did you mean " + near.get(0) + "? ";
  }

  private ScriptRunner.Outcome fail(String message) {
    errors.failed(message);
    return ScriptRunner.Outcome.FAILED;
  }

  /** A confirmation, shown at the prompt only: batch output stays clean. */
  private void tell(String message) {
    if (interactive) {
      streams.messages().println(message);
      streams.messages().flush();
    }
  }

  private void help() {
    PrintWriter out = streams.messages();
    out.println("SQL statements end with ';' and may span lines. Tab completes names; Ctrl-C cancels; Ctrl-D quits.");
    HELP.forEach((command, text) -> out.printf("  %-34s %s%n", command + (text[0].isEmpty() ? "" : " " + text[0]), text[1]));
    out.flush();
  }

  private ScriptRunner.Outcome schema(String table) {
    List<String> tables = new ArrayList<>();
    if (table.isEmpty()) {
      tables.addAll(catalog.tables());
    } else {
      Optional<String> known = catalog.table(table);
      if (known.isEmpty()) {
        String hint = Suggestions.didYouMean(table, catalog.tables());
        return fail("no table '" + table + "'" + (hint != null ? "; " + hint : "; .tables lists them"));
      }
      tables.add(known.get());
    }
    PrintWriter out = results();
    for (String name : tables) {
      List<Catalog.Column> columns = catalog.columns(name);
      out.println(name + " (" + columns.size() + " columns)");
      int width = columns.stream().mapToInt(c -> c.name().length()).max().orElse(0);
      for (Catalog.Column column : columns) {
        out.printf("  %-" + width + "s  %s%n", column.name(), column.type());
      }
    }
    out.flush();
    return ScriptRunner.Outcome.OK;
  }

  private void functions(String pattern) {
    Pattern match = pattern.isEmpty() ? null : glob(pattern);
    PrintWriter out = results();
    int shown = 0;
    List<String> sqlNames = new ArrayList<>();
    for (Catalog.FunctionDoc doc : Catalog.functions().values()) {
      if (match != null && !match.matcher(doc.name()).find()) {
        continue;
      }
      if (doc.kind().equals("sql")) {
        sqlNames.add(doc.name());
        continue;
      }
      out.printf("%s%s%n    %s%n    e.g. %s  →  %s%n", doc.name(), doc.kind().equals("aggregate") ? " (aggregate)" : "",
          doc.description(), doc.example(), doc.result());
      shown++;
    }
    if (!sqlNames.isEmpty()) {
      out.println((shown > 0 ? "\n" : "") + "Standard SQL: " + String.join(", ", sqlNames));
    }
    if (shown == 0 && sqlNames.isEmpty()) {
      String hint = Suggestions.didYouMean(pattern, Catalog.functions().keySet());
      out.println("no function matches '" + pattern + "'" + (hint != null ? "; " + hint : ""));
    }
  }

  /** A name pattern: * and ? as wildcards, otherwise a part of the name, in any letter case. */
  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    boolean wildcard = pattern.contains("*") || pattern.contains("?");
    if (wildcard) {
      regex.append('^');
    }
    for (char c : pattern.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    if (wildcard) {
      regex.append('$');
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
  }

  private ScriptRunner.Outcome runDetection(String name) {
    if (name.isEmpty()) {
      return fail("usage: .run NAME (.detections lists them)");
    }
    List<Detection> all = catalog.detections();
    Optional<Detection> detection = all.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    if (detection.isEmpty()) {
      String hint = Suggestions.didYouMean(name, all.stream().map(Detection::name).toList());
      return fail("no detection named '" + name + "'; " + (hint != null ? hint : ".detections lists them"));
    }
    String sql = detection.get().sql();
    return scripts.execute(sql, sql, 0, detection.get().name() + ".sql")
        ? ScriptRunner.Outcome.OK : ScriptRunner.Outcome.FAILED;
  }

  private ScriptRunner.Outcome read(String file) throws IOException {
    if (file.isEmpty()) {
      return fail("usage: .read FILE");
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      return fail("no file " + file);
    }
    ScriptRunner.Outcome outcome = scripts.run(Files.readString(path, StandardCharsets.UTF_8), file);
    // .quit in a file ends the file, not the shell.
    return outcome == ScriptRunner.Outcome.QUIT ? ScriptRunner.Outcome.OK : outcome;
  }

  private ScriptRunner.Outcome format(String format) {
    if (format.isEmpty()) {
      tell("format: " + settings.format + " (one of " + String.join(", ", ResultPrinter.FORMATS) + ")");
      return ScriptRunner.Outcome.OK;
    }
    String name = format.toLowerCase(Locale.ROOT);
    if (ResultPrinter.forFormat(name) == null) {
      return fail("unknown format '" + format + "'; use one of " + String.join(", ", ResultPrinter.FORMATS));
    }
    settings.format = name;
    tell("format " + name);
    return ScriptRunner.Outcome.OK;
  }

  private ScriptRunner.Outcome toggle(String value, java.util.function.Consumer<Boolean> set, String what) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "on":
        set.accept(true);
        tell(what + " on");
        return ScriptRunner.Outcome.OK;
      case "off":
        set.accept(false);
        tell(what + " off");
        return ScriptRunner.Outcome.OK;
      default:
        return fail("say on or off");
    }
  }

  private ScriptRunner.Outcome maxRows(String value) {
    try {
      int rows = Integer.parseInt(value);
      if (rows < 0) {
        throw new NumberFormatException();
      }
      settings.maxRows = rows;
      tell(rows == 0 ? "all rows are shown" : "at most " + rows + " rows are shown per result");
      return ScriptRunner.Outcome.OK;
    } catch (NumberFormatException e) {
      return fail("usage: .maxrows N (0 shows all rows)");
    }
  }

  private ScriptRunner.Outcome chart(String argument) {
    if (argument.equalsIgnoreCase("on") || argument.equalsIgnoreCase("off")) {
      return toggle(argument, value -> settings.chart = value, "a chart after each result:");
    }
    ResultTable last = queries.last();
    if (last == null) {
      return fail("no result to draw yet: run a query first, e.g. select DeviceName, count(*) from T group by DeviceName;");
    }
    List<String> columns = argument.isEmpty() ? List.of() : Arrays.asList(argument.split("[\\s,]+"));
    String problem = Chart.draw(last, columns, streams.width(), results());
    return problem == null ? ScriptRunner.Outcome.OK : fail(problem);
  }

  private ScriptRunner.Outcome explain(String sql) {
    String statement = sql.strip().replaceFirst(";\\s*$", "");
    if (statement.isEmpty()) {
      return fail("usage: .explain SELECT ...");
    }
    try {
      PrintWriter out = results();
      out.println(queries.explain(statement).stripTrailing());
      out.flush();
      return ScriptRunner.Outcome.OK;
    } catch (Exception e) {
      // Positions are reported in the query as typed, not in the EXPLAIN wrapper.
      String wrapped = QueryRunner.EXPLAIN + statement;
      errors.statementFailed(e, wrapped, statement, -QueryRunner.EXPLAIN.length(), null);
      return ScriptRunner.Outcome.FAILED;
    }
  }

  private ScriptRunner.Outcome switchSession(String argument, String what, Path current,
      java.util.function.Function<String, HuntOptions> next) throws java.sql.SQLException {
    if (argument.isEmpty()) {
      tell(what + ": " + (current == null ? "the one that ships with huntsql" : current.toAbsolutePath().normalize()));
      return ScriptRunner.Outcome.OK;
    }
    sessions.switchTo(next.apply(argument));
    List<String> tables = catalog.tables();
    tell(what + " " + argument + ": " + tables.size() + " table" + (tables.size() == 1 ? "" : "s")
        + (tables.isEmpty() ? "" : " (" + Text.fit(String.join(", ", tables), 100) + ")"));
    return ScriptRunner.Outcome.OK;
  }
}
