package dev.huntsql.engine.sql;

import java.util.ArrayList;
import java.util.List;

/** One lexical token of SQL text, as far as {@link KqlFriendlySql} needs to know it. */
final class SqlToken {
  enum Kind { WORD, STRING, QUOTED_IDENTIFIER, NUMBER, SYMBOL }

  final Kind kind;
  final String text;
  final int start;
  final int end;

  private SqlToken(Kind kind, String source, int start, int end) {
    this.kind = kind;
    this.text = source.substring(start, end);
    this.start = start;
    this.end = end;
  }

  String upper() {
    return KqlFriendlySql.upper(text);
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** Splits SQL into tokens, skipping white space and comments; never fails. */
  static List<SqlToken> tokenize(String sql) {
    List<SqlToken> tokens = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'' || c == '"') {
        int close = closingQuote(sql, i, c);
        tokens.add(new SqlToken(c == '\'' ? Kind.STRING : Kind.QUOTED_IDENTIFIER, sql, i, close));
        i = close;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
            || sql.charAt(j) == '$')) {
          j++;
        }
        tokens.add(new SqlToken(Kind.WORD, sql, i, j));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new SqlToken(Kind.NUMBER, sql, i, j));
        i = j;
      } else {
        int j = i + 1;
        // Keep comparison operators whole so "x <> ANY (...)" can be recognised.
        while (j < n && "<>=!".indexOf(c) >= 0 && "<>=".indexOf(sql.charAt(j)) >= 0) {
          j++;
        }
        tokens.add(new SqlToken(Kind.SYMBOL, sql, i, j));
        i = j;
      }
    }
    return tokens;
  }

  /** The offset just past the quote that closes the one at {@code open}; doubled quotes escape. */
  private static int closingQuote(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
