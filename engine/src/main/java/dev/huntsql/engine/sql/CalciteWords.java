package dev.huntsql.engine.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few of Calcite's error messages in an analyst's words, for the shell and the JDBC drivers
 * alike: Calcite says DATE for any datetime text it cannot read, "object" for a table it cannot
 * find, speaks of CASE where the analyst wrote an iff (which the engine makes a CASE, see
 * {@link IffAsCase}), and follows a syntax error with every token it would have taken.
 */
public final class CalciteWords {
  private static final Pattern INVALID_DATETIME = Pattern.compile("Invalid DATE value, '(.*)'");
  private static final String MIXED_TYPES = "Illegal mixing of types in CASE or COALESCE statement";
  private static final String NOT_A_CONDITION = "Expected a boolean type";
  private static final Pattern UNBOUND_PARAMETER = Pattern.compile("^.*unbound parameter$", Pattern.DOTALL);

  private CalciteWords() {}

  /** The message with Calcite's wording, where it has one of these, replaced. */
  public static String plainer(String message) {
    if (message == null) {
      return null;
    }
    // A syntax error goes on to list every token that could have come instead: 170 lines.
    int expecting = message.indexOf("\nWas expecting");
    if (expecting >= 0) {
      message = message.substring(0, expecting);
    }
    if (UNBOUND_PARAMETER.matcher(message).matches()) {
      // "exception while executing query: exception while executing query: unbound parameter"
      return "a ? parameter has no value; set every parameter before running the statement";
    }
    Matcher datetime = INVALID_DATETIME.matcher(message);
    String plainer = datetime.find()
        ? message.substring(0, datetime.start()) + "'" + datetime.group(1)
            + "' is not a date or datetime; write one as '2025-09-01' or '2025-09-01 12:00:00' (UTC)"
            + message.substring(datetime.end())
        : message;
    return plainer
        .replaceAll("Object '([^']+)' not found(?: within '[^']*')?", "Table '$1' not found")
        .replace(MIXED_TYPES, "the then and else of this iff (or the branches of this CASE or COALESCE) are of types"
            + " that do not mix")
        .replace(NOT_A_CONDITION, "a condition (of iff or CASE WHEN) must be true, false or NULL");
  }

  /**
   * The SQLSTATE such a message calls for, or null: 22007 for text that is not a datetime, 07001
   * for a parameter without a value.
   */
  public static String sqlStateOf(String message) {
    if (message == null) {
      return null;
    }
    if (INVALID_DATETIME.matcher(message).find()) {
      return "22007";
    }
    return UNBOUND_PARAMETER.matcher(message).matches() ? "07001" : null;
  }
}
