package dev.huntsql.jdbc;

import java.sql.SQLWarning;
import java.util.List;

/** The chain of warnings a connection, statement or result set reports. */
final class Warnings {
  /** SQLSTATE of a warning about the data read (a record skipped, a value read as NULL). */
  static final String DATA_PROBLEM = "01H01";

  private SQLWarning first;

  synchronized void add(String message, String sqlState) {
    add(new SQLWarning(message, sqlState));
  }

  synchronized void add(SQLWarning warning) {
    if (first == null) {
      first = warning;
    } else {
      first.setNextWarning(warning);
    }
  }

  /** Adds the data folder's problems, as huntsql's diagnostics word them. */
  synchronized void addDataProblems(List<String> problems) {
    problems.forEach(problem -> add(problem, DATA_PROBLEM));
  }

  synchronized SQLWarning get() {
    return first;
  }

  synchronized void clear() {
    first = null;
  }
}
