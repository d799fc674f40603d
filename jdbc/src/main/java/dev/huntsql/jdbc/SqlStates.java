package dev.huntsql.jdbc;

import dev.huntsql.engine.sql.CalciteWords;
import dev.huntsql.engine.sql.OriginalPositions;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * SQLSTATEs for the failures Calcite reports without one, so that a tool can tell a mistake in
 * the SQL from a value the data could not take. The codes are the SQL standard's: class 42 for
 * SQL that does not parse or names what is not there, class 22 for data exceptions, HY000 for
 * the rest. The message keeps its words, bar the few {@link CalciteWords} puts plainer (as the
 * shell does).
 */
final class SqlStates {
  /** Syntax error or access rule violation: SQL that does not parse, an unknown table, column or function. */
  static final String SYNTAX_ERROR = "42000";
  static final String DIVISION_BY_ZERO = "22012";
  static final String NUMERIC_OUT_OF_RANGE = "22003";
  /** Invalid character value for cast: {@code cast('x' as integer)}. */
  static final String INVALID_CAST = "22018";
  static final String GENERAL_ERROR = "HY000";

  private SqlStates() {}

  /** The failure with a SQLSTATE: restated when it is an SQLException without one, else as it is. */
  static Throwable stated(Throwable failure) {
    return failure instanceof SQLException sql ? restated(sql) : failure;
  }

  /** The SQLException with the SQLSTATE its causes call for, its message kept. */
  static SQLException restated(SQLException failure) {
    if (failure.getSQLState() != null) {
      return failure;
    }
    String state = stateOf(failure);
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    String message = CalciteWords.plainer(OriginalPositions.inMessage(withReason(failure)));
    SQLException stated = state.startsWith("42")
        ? new SQLSyntaxErrorException(message, state, failure.getErrorCode(), cause)
        : state.startsWith("22") ? new SQLDataException(message, state, failure.getErrorCode(), cause)
        : new SQLException(message, state, failure.getErrorCode(), cause);
    stated.setStackTrace(failure.getStackTrace());
    if (failure.getNextException() != null) {
      stated.setNextException(failure.getNextException());
    }
    return stated;
  }

  /**
   * The message, with the reason when it lacks one: Calcite's "Error while preparing statement
   * [sql]" keeps the reason ("Object 'Nope' not found") only in its cause, which tools that
   * prepare before they run (most do) would not show.
   */
  private static String withReason(SQLException failure) {
    String message = failure.getMessage();
    if (message == null || !message.startsWith("Error while preparing statement [")) {
      return message;
    }
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if ((cause instanceof CalciteContextException || cause instanceof SqlParseException) && cause.getMessage() != null) {
        return message + ": " + cause.getMessage();
      }
    }
    return message;
  }

  private static String stateOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String worded = CalciteWords.sqlStateOf(cause.getMessage());
      if (worded != null) {
        return worded;
      }
      if (cause instanceof SqlParseException || cause instanceof SqlValidatorException
          || cause instanceof CalciteContextException) {
        return SYNTAX_ERROR;
      }
      if (cause instanceof NumberFormatException) {
        return INVALID_CAST;
      }
      if (cause instanceof ArithmeticException) {
        String message = cause.getMessage();
        return message != null && message.contains("by zero") ? DIVISION_BY_ZERO : NUMERIC_OUT_OF_RANGE;
      }
    }
    return GENERAL_ERROR;
  }
}
