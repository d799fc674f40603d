package dev.huntsql.engine.sql;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
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
    List<SqlToken> tokens = SqlToken.tokenize(sql);
    if (tokens.isEmpty()) {
      throw new SQLSyntaxErrorException("the statement is empty", "42000");
    }
    List<String> words = tokens.stream().filter(token -> token.kind == SqlToken.Kind.WORD).map(SqlToken::upper).toList();
    int verb = !words.isEmpty() && words.get(0).equals("EXPLAIN") ? words.indexOf("FOR") + 1 : 0;
    String word = verb < words.size() ? words.get(verb) : "";
    if (WRITES.contains(word)) {
      throw new SQLException("read-only: " + word + " is refused because huntsql never changes event"
          + " files; use SELECT", READ_ONLY);
    }
  }
}
