package dev.huntsql.shell;

import dev.huntsql.queries.Detection;
import dev.huntsql.shell.output.ResultColumn;
import dev.huntsql.shell.output.ResultPrinter;
import dev.huntsql.shell.output.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: dot-commands and their arguments (tables, detections, formats, files), and in
 * SQL the keywords, functions, tables, and the columns of the tables the statement names.
 */
final class SqlCompleter implements Completer {
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z_]+)\\s*$");
  private static final Set<String> BEFORE_TABLE = Set.of("FROM", "JOIN");
  private static final Set<String> FILE_COMMANDS = Set.of(".read", ".output", ".data", ".geoip");

  private final Catalog catalog;
  private final Suggestions suggestions;
  private final Supplier<ResultTable> lastResult;
  private final Completer files = new Completers.FileNameCompleter();

  SqlCompleter(Catalog catalog, Supplier<ResultTable> lastResult) {
    this.catalog = catalog;
    this.suggestions = new Suggestions(catalog);
    this.lastResult = lastResult;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String buffer = line.line();
    int cursor = line.cursor();
    if (StatementParser.onCommandLine(buffer, cursor)) {
      command(reader, line, candidates);
    } else {
      sql(buffer, cursor, line.word(), candidates);
    }
  }

  private void command(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String lineText = line.line().substring(line.line().lastIndexOf('\n', Math.max(0, line.cursor() - 1)) + 1,
        line.cursor()).stripLeading();
    String[] typed = lineText.split("\\s+", -1);
    if (typed.length <= 1) {
      DotCommands.HELP.forEach((name, help) -> candidates.add(
          new Candidate(name, name, "commands", help[1], null, null, true)));
      return;
    }
    String command = typed[0].toLowerCase(Locale.ROOT);
    if (FILE_COMMANDS.contains(command)) {
      files.complete(reader, line, candidates);
      return;
    }
    if (typed.length > 2 && !command.equals(".chart") && !command.equals(".explain")) {
      return;
    }
    switch (command) {
      case ".schema":
        catalog.tables().forEach(t -> candidates.add(new Candidate(t, t, "tables", null, null, null, true)));
        break;
      case ".run":
        for (Detection detection : catalog.detections()) {
          candidates.add(new Candidate(detection.name(), detection.name(), "detections", detection.title(),
              null, null, true));
        }
        break;
      case ".format":
        ResultPrinter.FORMATS.forEach(f -> candidates.add(new Candidate(f)));
        break;
      case ".timer":
      case ".types":
        candidates.add(new Candidate("on"));
        candidates.add(new Candidate("off"));
        break;
      case ".chart":
        if (typed.length == 2) {
          candidates.add(new Candidate("on"));
          candidates.add(new Candidate("off"));
        }
        ResultTable last = lastResult.get();
        if (last != null) {
          for (ResultColumn column : last.columns()) {
            candidates.add(new Candidate(column.label(), column.label(), "columns", null, null, null, true));
          }
        }
        break;
      case ".functions":
        Catalog.functions().keySet().forEach(f -> candidates.add(new Candidate(f, f, "functions", null, null, null, true)));
        break;
      case ".explain":
        int start = line.line().indexOf(".explain") + ".explain".length();
        String sql = line.line().substring(start);
        sql(sql, line.cursor() - start, line.word(), candidates);
        break;
      default:
        break;
    }
  }

  private void sql(String buffer, int cursor, String word, List<Candidate> candidates) {
    String before = buffer.substring(0, Math.max(0, Math.min(cursor, buffer.length()) - word.length()));
    if (insideString(before)) {
      return;
    }
    boolean qualified = before.endsWith(".");
    Matcher previous = LAST_WORD.matcher(before);
    boolean wantTable = !qualified && previous.find() && BEFORE_TABLE.contains(previous.group(1).toUpperCase(Locale.ROOT));
    for (String table : catalog.tables()) {
      candidates.add(new Candidate(table, table, "tables", null, null, null, true));
    }
    if (wantTable) {
      return;
    }
    for (String table : suggestions.tablesIn(buffer)) {
      for (Catalog.Column column : catalog.columns(table)) {
        candidates.add(new Candidate(column.name(), column.name(), "columns", column.type().toLowerCase(Locale.ROOT),
            null, null, true));
      }
    }
    if (qualified) {
      return;
    }
    boolean lower = !word.isEmpty() && word.equals(word.toLowerCase(Locale.ROOT));
    for (String keyword : Catalog.KEYWORDS) {
      String text = lower ? keyword.toLowerCase(Locale.ROOT) : keyword;
      candidates.add(new Candidate(text, text, "keywords", null, null, null, true));
    }
    for (Catalog.FunctionDoc function : Catalog.functions().values()) {
      String description = function.description().isEmpty() ? null : shorten(function.description());
      candidates.add(new Candidate(function.name() + "(", function.name(), "functions", description, null, null, false));
    }
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }

  /** True when the text ends inside a string literal or a quoted name. */
  private static boolean insideString(String text) {
    String rest = StatementSplitter.split(text).rest();
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      }
    }
    return single || dbl;
  }

  /** The candidates' values, for tests: what Tab would offer at the end of the text. */
  List<String> offers(String text) {
    List<Candidate> candidates = new ArrayList<>();
    StatementParser.Words words = new StatementParser.Words(text, text.length());
    complete(null, words, candidates);
    String prefix = words.word().toLowerCase(Locale.ROOT);
    List<String> values = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (candidate.value().toLowerCase(Locale.ROOT).startsWith(prefix)) {
        values.add(candidate.value());
      }
    }
    return values;
  }
}
