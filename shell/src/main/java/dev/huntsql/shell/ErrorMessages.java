package dev.huntsql.shell;

import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.sql.KqlFriendlySql;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an exception into the one clear line a user reads: the innermost meaningful message,
 * without Java class names, with SQL positions pointing into the text as the user typed it.
 */
final class ErrorMessages {
  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  private ErrorMessages() {}

  static String describe(Throwable error, String sql) {
    HuntException hunt = find(error, HuntException.class);
    if (hunt != null) {
      return hunt.getMessage();
    }
    // Validation and parse errors carry the position of the mistake in their own message.
    Throwable positioned = find(error, org.apache.calcite.runtime.CalciteContextException.class);
    if (positioned == null) {
      positioned = find(error, org.apache.calcite.sql.parser.SqlParseException.class);
    }
    String message = positioned != null ? firstLine(positioned.getMessage()) : meaningfulMessage(error);
    return sql == null ? message : withOriginalPositions(message, sql);
  }

  /** Calcite wraps causes several deep; the most specific message is usually the deepest one that says something. */
  private static String meaningfulMessage(Throwable error) {
    String best = error.getMessage();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && !message.isBlank() && !(cause instanceof SQLException && cause.getCause() != null)
          && !message.startsWith("Error while executing SQL")) {
        best = message;
        if (cause.getCause() == null || cause.getCause().getMessage() == null) {
          break;
        }
      }
    }
    if (best == null) {
      best = error.getClass().getSimpleName();
    }
    return firstLine(best);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return first.replaceFirst("^[a-zA-Z.]+Exception: ", "").strip();
  }

  /** Rewrites "line L, column C" positions from the parser's (rewritten) text to the user's text. */
  private static String withOriginalPositions(String message, String sql) {
    KqlFriendlySql text = KqlFriendlySql.of(sql);
    if (text.original().equals(text.rewritten())) {
      return message;
    }
    Matcher matcher = POSITION.matcher(message);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      int offset = text.originalOffset(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset && i < sql.length(); i++) {
        if (sql.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      matcher.appendReplacement(out, "line " + line + ", column " + (offset - lineStart + 1));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
