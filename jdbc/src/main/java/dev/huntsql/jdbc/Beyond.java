package dev.huntsql.jdbc;

/** What a result does at the connection's row limit. */
enum Beyond {
  /** Ends there silently: the statement's own {@code setMaxRows}, as JDBC defines it. */
  CUT,
  /** Ends there with a warning (01H02) when more rows were left. */
  WARN,
  /** Fails (54000) when more rows were left. */
  FAIL
}
