package dev.huntsql.shell;

import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.sql.CalciteWords;
import dev.huntsql.engine.sql.KqlFriendlySql;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns an exception into what a user reads: the innermost meaningful message, without Java
 * class names, with SQL positions pointing into the text as the user typed it.
 */
final class ErrorMessages {
  private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"(.*)\" at line \\d+, column \\d+\\.?");
  private static final Pattern POSITION_PREFIX =
      Pattern.compile("^(From line \\d+, column \\d+ to line \\d+, column \\d+|At line \\d+, column \\d+): ");

  private ErrorMessages() {}

  /** The problem as one line, positions (if any) counted in {@code sql}. */
  static String describe(Throwable error, String sql) {
    return problem(error, sql).oneLine(sql == null ? "" : sql);
  }

  /** The problem with a statement: message and where in {@code sql} (as typed) it is. */
  static Problem problem(Throwable error, String sql) {
    HuntException hunt = find(error, HuntException.class);
    if (hunt != null) {
      return new Problem(hunt.getMessage(), -1, -1, null);
    }
    CalciteContextException validation = find(error, CalciteContextException.class);
    if (validation != null) {
      String message = validation.getCause() != null && validation.getCause().getMessage() != null
          ? validation.getCause().getMessage()
          : POSITION_PREFIX.matcher(validation.getMessage()).replaceFirst("");
      return positioned(CalciteWords.plainer(firstLine(message)), sql, validation.getPosLine(), validation.getPosColumn(),
          validation.getEndPosLine(), validation.getEndPosColumn());
    }
    SqlParseException parse = find(error, SqlParseException.class);
    if (parse != null) {
      SqlParserPos pos = parse.getPos();
      String message = parse.getMessage() == null ? "syntax error" : syntaxMessage(firstLine(parse.getMessage()));
      return pos == null || pos.getLineNum() <= 0 ? new Problem(message, -1, -1, null)
          : positioned(message, sql, pos.getLineNum(), pos.getColumnNum(), pos.getEndLineNum(), pos.getEndColumnNum());
    }
    return new Problem(meaningfulMessage(error), -1, -1, null);
  }

  /** Calcite's {@code Encountered "x" at line 1, column 8.} as a shorter message without the position. */
  private static String syntaxMessage(String message) {
    Matcher matcher = ENCOUNTERED.matcher(message);
    if (!matcher.find()) {
      return message;
    }
    String token = matcher.group(1).replace("\\'", "'").replace("\\\"", "\"");
    if (token.equals("<EOF>")) {
      return "syntax error: the statement ends too early";
    }
    if (token.endsWith(" <EOF>")) {
      return "syntax error: the statement ends too early after \"" + token.substring(0, token.length() - 6) + "\"";
    }
    if (token.equals("'")) {
      return "syntax error at ': is a string missing its closing quote?";
    }
    return "syntax error at \"" + token + "\"";
  }

  private static Problem positioned(String message, String sql, int line, int column, int endLine, int endColumn) {
    if (sql == null || line <= 0) {
      return new Problem(message, -1, -1, null);
    }
    KqlFriendlySql text = KqlFriendlySql.of(sql);
    int start = Math.min(text.originalOffset(line, column), Math.max(0, sql.length() - 1));
    int end = endLine > 0 ? Math.min(text.originalOffset(endLine, endColumn), sql.length() - 1) : start;
    return new Problem(message, start, Math.max(start, end), null);
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
    Throwable root = error;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof java.nio.file.FileSystemException) {
      java.nio.file.FileSystemException file = (java.nio.file.FileSystemException) root;
      String reason = file instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
          : file instanceof java.nio.file.AccessDeniedException ? "permission denied" : file.getReason();
      return file.getFile() + (reason != null ? ": " + reason : "");
    }
    if (root instanceof ArithmeticException) {
      return "arithmetic error: " + root.getMessage();
    }
    if (root instanceof NumberFormatException) {
      return "not a number: " + root.getMessage().replaceFirst("^For input string: ", "");
    }
    if (best == null) {
      best = root.getClass().getSimpleName();
    }
    return CalciteWords.plainer(firstLine(best));
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return first.replaceFirst("^([a-zA-Z_$][a-zA-Z0-9_$]*\\.)+[a-zA-Z_$]*(Exception|Error): ", "").strip();
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
