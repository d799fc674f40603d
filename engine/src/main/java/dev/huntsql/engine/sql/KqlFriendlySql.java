package dev.huntsql.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes SQL as analysts type it acceptable to Calcite's core parser, by quoting the few words
 * the parser reserves but hunters use as names.
 *
 * <p>Calcite reserves {@code TIMESTAMP} (the column every Defender hunt filters on), parses
 * {@code USER} as the session user, and reserves {@code CONTAINS}, {@code ANY} and
 * {@code EXTRACT}, which are KQL function names. Rather than maintain a fork of the grammar,
 * huntsql turns such a word into a quoted identifier where it cannot be the keyword:
 * {@code Timestamp} stays a keyword only before a string literal ({@code TIMESTAMP '...'}), a
 * parenthesis, or as a type after {@code AS} in a cast; {@code USER} is always a column;
 * {@code contains(} and {@code any(} are always function calls; {@code extract(} is KQL's
 * regex extract when its first argument is a string literal, SQL's EXTRACT otherwise; likewise
 * {@code datetime_diff('day', ...)} is KQL's, not the BigQuery form (unit last) Calcite parses.
 * Identifiers are matched case-insensitively, so quoting does not change what a name means.
 *
 * <p>The rewrite only inserts quote characters, so a position in the rewritten text maps back
 * to the analyst's text with {@link #originalOffset}.
 */
public final class KqlFriendlySql {
  private static final Set<String> CAST_FUNCTIONS = Set.of("CAST", "TRY_CAST", "SAFE_CAST");

  private final String original;
  private final String rewritten;
  /** Offsets in the original text before which one quote character was inserted. */
  private final int[] insertions;

  private KqlFriendlySql(String original, String rewritten, int[] insertions) {
    this.original = original;
    this.rewritten = rewritten;
    this.insertions = insertions;
  }

  /** Rewrites one or more SQL statements. */
  public static KqlFriendlySql of(String sql) {
    List<SqlToken> tokens = SqlToken.tokenize(sql);
    List<Integer> quoteAround = new ArrayList<>();
    // For each open parenthesis, whether it was opened by a cast function.
    List<Boolean> castParens = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      SqlToken token = tokens.get(i);
      if (token.isSymbol("(")) {
        SqlToken before = previous(tokens, i);
        castParens.add(before != null && before.kind == SqlToken.Kind.WORD
            && CAST_FUNCTIONS.contains(before.upper()));
        continue;
      }
      if (token.isSymbol(")")) {
        if (!castParens.isEmpty()) {
          castParens.remove(castParens.size() - 1);
        }
        continue;
      }
      if (token.kind != SqlToken.Kind.WORD) {
        continue;
      }
      boolean inCast = !castParens.isEmpty() && castParens.get(castParens.size() - 1);
      if (mustQuote(tokens, i, inCast)) {
        quoteAround.add(i);
      }
    }
    StringBuilder out = new StringBuilder(sql.length() + 2 * quoteAround.size());
    int[] insertions = new int[2 * quoteAround.size()];
    int copied = 0;
    int n = 0;
    for (int index : quoteAround) {
      SqlToken token = tokens.get(index);
      out.append(sql, copied, token.start).append('"').append(token.text).append('"');
      insertions[n++] = token.start;
      insertions[n++] = token.end;
      copied = token.end;
    }
    out.append(sql, copied, sql.length());
    return new KqlFriendlySql(sql, out.toString(), insertions);
  }

  private static boolean mustQuote(List<SqlToken> tokens, int i, boolean inCast) {
    SqlToken token = tokens.get(i);
    SqlToken next = next(tokens, i);
    SqlToken before = previous(tokens, i);
    boolean call = next != null && next.isSymbol("(");
    switch (token.upper()) {
      case "TIMESTAMP":
        boolean literal = next != null && next.kind == SqlToken.Kind.STRING;
        boolean castType = inCast && before != null && before.isWord("AS");
        return !literal && !call && !castType;
      case "USER":
        return !call;
      case "CONTAINS":
      case "ANY":
        // "x = ANY (subquery)" keeps SQL's meaning; a call at the start of an expression is KQL's.
        return call && !(before != null && before.kind == SqlToken.Kind.SYMBOL
            && "=<>!".indexOf(before.text.charAt(before.text.length() - 1)) >= 0);
      case "EXTRACT":
      case "DATETIME_DIFF":
        SqlToken firstArgument = call && i + 2 < tokens.size() ? tokens.get(i + 2) : null;
        return firstArgument != null && firstArgument.kind == SqlToken.Kind.STRING;
      default:
        return false;
    }
  }

  private static SqlToken next(List<SqlToken> tokens, int i) {
    return i + 1 < tokens.size() ? tokens.get(i + 1) : null;
  }

  private static SqlToken previous(List<SqlToken> tokens, int i) {
    return i > 0 ? tokens.get(i - 1) : null;
  }

  /** The text as the analyst typed it. */
  public String original() {
    return original;
  }

  /** The text to give Calcite's parser. */
  public String rewritten() {
    return rewritten;
  }

  /** Maps an offset in the rewritten text back to the original text. */
  public int originalOffset(int rewrittenOffset) {
    int shift = 0;
    for (int inserted : insertions) {
      if (inserted + shift < rewrittenOffset) {
        shift++;
      } else {
        break;
      }
    }
    return Math.max(0, rewrittenOffset - shift);
  }

  /** Maps a 1-based line and column of the rewritten text to a 0-based offset in the original. */
  public int originalOffset(int line, int column) {
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = rewritten.indexOf('\n', offset) + 1;
    }
    return originalOffset(Math.max(0, offset) + Math.max(0, column - 1));
  }

  @Override
  public String toString() {
    return rewritten;
  }

  /** Upper-cases an ASCII keyword without locale surprises (the Turkish dotless i). */
  static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }
}
