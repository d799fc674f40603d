package dev.huntsql.engine.sql;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses statements that would write (DDL and DML), as event files are only ever read, and
 * statements that are empty. The shell and both JDBC drivers ask before Calcite parses, so the
 * refusal says why instead of a syntax error.
 */
public final class ReadOnlySql {
  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT",
      "TRUNCATE", "CREATE", "DROP", "ALTER", "GRANT", "REVOKE", "COMMENT", "RENAME", "REPLACE", "COPY", "LOAD");

  /** SQLSTATE for "read-only SQL transaction". */
  public static final String READ_ONLY = "25006";

  private ReadOnlySql() {}

  /**
   * Throws when the statement's first keyword (after EXPLAIN ... FOR, if any) writes, or when there
   * is no statement at all (Calcite's parser would say {@code Encountered "<EOF>" at line 1, column 1}).
   */
  public static void check(String sql) throws SQLException {
    if (sql == null) {
      return;
    }
    int[] at = {0};
    String word = nextWord(sql, at);
    if (word.isEmpty() && isBlank(sql)) {
      throw new SQLSyntaxErrorException("the statement is empty", "42000");
    }
    if (word.equals("EXPLAIN")) {
      while (!word.isEmpty() && !word.equals("FOR")) {
        word = nextWord(sql, at);
      }
      word = nextWord(sql, at);
    }
    if (WRITES.contains(word)) {
      throw new SQLException("read-only: " + word + " is refused because huntsql never changes event"
          + " files; use SELECT", READ_ONLY);
    }
  }

  /** Whether the text holds nothing but blanks and comments. */
  private static boolean isBlank(String sql) {
    String code = sql.replaceAll("(?s)/\\*.*?(\\*/|$)", " ").replaceAll("--[^\n]*", " ");
    return code.isBlank();
  }

  /** The next word, upper case, skipping blanks, comments and punctuation; "" at the end. */
  private static String nextWord(String sql, int[] at) {
    int i = at[0];
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        int close = sql.indexOf(c, i + 1);
        i = close < 0 ? n : close + 1;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
          j++;
        }
        at[0] = j;
        return sql.substring(i, j).toUpperCase(Locale.ROOT);
      } else {
        i++;
      }
    }
    at[0] = n;
    return "";
  }
}
