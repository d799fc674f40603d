package dev.huntsql.jdbc;

import dev.huntsql.engine.scan.MemoryBudget;
import java.sql.SQLException;

/**
 * The failures a query can raise as Errors rather than exceptions, turned into the
 * {@link SQLException} JDBC promises.
 *
 * <p>Calcite computes a query's constants in the initializer of the class it generates for it, so
 * {@code select 1/0} fails with an {@link ExceptionInInitializerError}, where
 * {@code select RemotePort/0} fails with an exception; a deeply nested expression overflows the
 * planner's stack. Where queries run, {@code LinkageError | AssertionError | StackOverflowError} is
 * caught and turned into an exception here. An {@link OutOfMemoryError} that gets past the
 * engine's memory budget ends the query with the budget's message: what the query held is
 * dropped with it, and the program using the driver goes on.
 */
final class QueryErrors {
  private QueryErrors() {}

  /** An error running {@code sql} (null if unknown), worded as Calcite words the failures it reports itself. */
  static SQLException executing(String sql, Error error) {
    return toException(sql == null ? null : "Error while executing SQL \"" + sql + "\"", error);
  }

  /** A query that ran out of memory (SQLSTATE 53200, "out of memory"). */
  static SQLException outOfMemory(OutOfMemoryError error) {
    return new SQLException(MemoryBudget.message(), "53200", error);
  }

  /** An error preparing {@code sql}, worded as Calcite words the failures it reports itself. */
  static SQLException preparing(String sql, Error error) {
    return toException("Error while preparing statement [" + sql + "]", error);
  }

  private static SQLException toException(String context, Error error) {
    Throwable cause = error instanceof ExceptionInInitializerError && error.getCause() != null ? error.getCause() : error;
    String message = cause instanceof StackOverflowError ? "the statement is nested too deeply (stack overflow)"
        : cause.getMessage() != null ? cause.getMessage()
        : cause.getClass().getSimpleName();
    return new SQLException(context == null ? message : context + ": " + message, cause);
  }
}
