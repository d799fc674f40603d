package dev.huntsql.shell;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;

/** "Did you mean" hints: the known names closest to a misspelt table, column, function or keyword. */
final class Suggestions {
  private static final Pattern COLUMN = Pattern.compile("^Column '([^']+)' not found in (any table|table '[^']+')");
  private static final Pattern TABLE = Pattern.compile("^(?:Object|Table) '([^']+)' not found");
  private static final Pattern FUNCTION = Pattern.compile("^No match found for function signature ([A-Za-z0-9_$]+)\\(");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
  private static final Pattern SYNTAX_AT_WORD = Pattern.compile("^syntax error at \"([A-Za-z_][A-Za-z0-9_]*)\"$");

  private final Catalog catalog;

  Suggestions(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The problem with a hint added when one of its names is close to a known one. */
  Problem addHint(Problem problem, String sql) {
    String hint = hint(problem.message(), sql == null ? "" : sql);
    return hint == null ? problem : problem.withHint(hint);
  }

  private String hint(String message, String sql) {
    String kql = kqlHabit(message, sql);
    if (kql != null) {
      return kql;
    }
    Matcher matcher = COLUMN.matcher(message);
    if (matcher.find()) {
      List<String> columns = new ArrayList<>();
      for (String table : tablesIn(sql)) {
        catalog.columns(table).forEach(c -> columns.add(c.name()));
      }
      return didYouMean(matcher.group(1), columns);
    }
    matcher = TABLE.matcher(message);
    if (matcher.find()) {
      return didYouMean(matcher.group(1), catalog.tables());
    }
    matcher = FUNCTION.matcher(message);
    if (matcher.find()) {
      String name = matcher.group(1).toLowerCase(Locale.ROOT);
      if (Catalog.functions().containsKey(name)) {
        return "'" + name + "' exists but not for these arguments; .functions " + name + " shows how it is called";
      }
      return didYouMean(name, Catalog.functions().keySet());
    }
    matcher = SYNTAX_AT_WORD.matcher(message);
    if (matcher.find() && reserved(matcher.group(1)) && !STRUCTURE.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
      String word = matcher.group(1);
      return "'" + word + "' is a reserved word in SQL: write \"" + word + "\" in double quotes, or pick another name";
    }
    if (message.startsWith("Non-query expression encountered")) {
      Matcher first = WORD.matcher(sql.replaceAll("(?s)/\\*.*?\\*/|--[^\n]*", " "));
      if (first.find()) {
        return didYouMean(first.group(), Catalog.STATEMENT_KEYWORDS);
      }
    }
    return null;
  }

  /** KQL's infix string operators, longest first: {@code DeviceName has 'ws'}, {@code !contains}. */
  private static final Pattern INFIX = Pattern.compile("(?i)([A-Za-z_][A-Za-z0-9_]*)\\s+(!?)(contains_cs|contains"
      + "|has_cs|has_any|has_all|has|startswith_cs|startswith|endswith_cs|endswith|hasprefix|hassuffix)\\s*(?=['(])");

  /**
   * KQL written where SQL differs: "text" in double quotes, {@code ==}, timespans such as 30d,
   * infix string operators.
   */
  static String kqlHabit(String message, String sql) {
    Matcher column = COLUMN.matcher(message);
    if (column.find() && sql.contains("\"" + column.group(1) + "\"")) {
      return "in SQL \"" + column.group(1) + "\" names a column; write '" + column.group(1).replace("'", "''")
          + "' for text";
    }
    if (message.equals("syntax error at \"= =\"") || (message.equals("syntax error at \"=\"") && sql.contains("=="))) {
      return "KQL's == is = in SQL (and != is != or <>)";
    }
    Matcher unit = SYNTAX_AT_WORD.matcher(message);
    if (unit.find()) {
      Matcher timespan = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)" + Pattern.quote(unit.group(1)) + "\\b").matcher(sql);
      if (TIMESPAN_UNITS.contains(unit.group(1)) && timespan.find()) {
        return "KQL timespans are text here: write '" + timespan.group(1) + unit.group(1) + "'";
      }
    }
    return infixOperator(message, sql);
  }

  /** {@code A has 'x'} as the function call SQL needs; null unless the error is where such an operator stands. */
  private static String infixOperator(String message, String sql) {
    Matcher infix = INFIX.matcher(sql);
    while (infix.find()) {
      String operator = infix.group(3);
      boolean here = message.startsWith("Cannot apply 'CONTAINS'")
          || message.equalsIgnoreCase("syntax error at \"" + operator + "\"")
          || (!infix.group(2).isEmpty() && message.contains("after : \"!\""));
      String function = operator.toLowerCase(Locale.ROOT);
      if (here && Catalog.functions().containsKey(function)) {
        String call = function + "(" + infix.group(1) + ", ...)";
        return "KQL's " + infix.group(1) + " " + infix.group(2) + operator + " ... is "
            + (infix.group(2).isEmpty() ? call : "NOT " + call) + " in SQL";
      }
    }
    return null;
  }

  /**
   * Reserved words that shape a statement and are almost never meant as names: a syntax error at
   * one of them ({@code select (1 from t}) is a mistake before it, not a name to quote.
   */
  private static final Set<String> STRUCTURE = Set.of("select", "from", "where", "group", "order", "by", "having",
      "join", "on", "and", "or", "not", "as", "union", "limit", "offset", "fetch", "in", "is", "null", "case", "when",
      "then", "else", "end", "with", "values", "left", "right", "inner", "outer", "full", "cross", "distinct",
      "all", "between", "like", "exists", "intersect", "except");

  private static final Set<String> TIMESPAN_UNITS = Set.of("d", "h", "m", "s", "ms", "microsecond", "tick");

  private static boolean reserved(String word) {
    return SqlParserImpl.FACTORY.getParser(new StringReader("")).getMetadata()
        .isReservedWord(word.toUpperCase(Locale.ROOT));
  }

  /** The tables of the session named anywhere in the statement. */
  Set<String> tablesIn(String sql) {
    Set<String> words = new LinkedHashSet<>();
    Matcher matcher = WORD.matcher(sql);
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    Set<String> tables = new LinkedHashSet<>();
    for (String table : catalog.tables()) {
      if (words.contains(table.toLowerCase(Locale.ROOT))) {
        tables.add(table);
      }
    }
    return tables;
  }

  /** {@code did you mean 'x'?} (or 'x' or 'y') for the closest names, or null when none is close. */
  static String didYouMean(String name, Collection<String> known) {
    List<String> closest = closest(name, known);
    if (closest.isEmpty()) {
      return null;
    }
    return "did you mean '" + String.join("' or '", closest) + "'?";
  }

  /** Up to three known names nearest to {@code name}, nearest first; only names within a typo or two. */
  static List<String> closest(String name, Collection<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    int allowed = lower.length() <= 4 ? 1 : lower.length() <= 8 ? 2 : 3;
    int best = Integer.MAX_VALUE;
    List<String> found = new ArrayList<>();
    for (String candidate : new LinkedHashSet<>(known)) {
      String other = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(lower, other);
      // A name cut short ("ipv4_is_priv") is close too.
      if (lower.length() >= 4 && other.startsWith(lower)) {
        distance = Math.min(distance, 1);
      }
      if (distance > allowed || distance > best) {
        continue;
      }
      if (distance < best) {
        best = distance;
        found.clear();
      }
      if (found.size() < 3) {
        found.add(candidate);
      }
    }
    return found;
  }

  /** Edits (insert, delete, replace, swap two neighbours) that turn one text into the other. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
