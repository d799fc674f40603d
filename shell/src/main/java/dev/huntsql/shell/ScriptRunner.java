package dev.huntsql.shell;

/**
 * Runs text made of SQL statements (ended by {@code ;}, the last one may omit it) and
 * dot-commands (lines starting with {@code .} between statements) in order, up to the first error.
 */
final class ScriptRunner {
  /** How running some text ended. */
  enum Outcome { OK, FAILED, QUIT }

  private final QueryRunner queries;
  private final ErrorPrinter errors;
  private DotCommands commands;

  ScriptRunner(QueryRunner queries, ErrorPrinter errors) {
    this.queries = queries;
    this.errors = errors;
  }

  void commands(DotCommands dotCommands) {
    this.commands = dotCommands;
  }

  /**
   * Runs everything in the text; stops at the first failure, at {@code .quit}, or when the
   * running query is cancelled.
   *
   * @param text statements and dot-commands
   * @param source the file the text came from (named in error messages), or null
   */
  Outcome run(String text, String source) {
    int pendingStart = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline + 1;
      String pending = text.substring(pendingStart, lineStart);
      String line = text.substring(lineStart, lineEnd);
      if (StatementSplitter.isBlankOrComment(pending) && line.strip().startsWith(".")) {
        Outcome outcome = commands.run(line.strip());
        if (outcome != Outcome.OK) {
          return outcome;
        }
        pendingStart = lineEnd;
      } else {
        StatementSplitter split = StatementSplitter.split(text.substring(pendingStart, lineEnd));
        for (StatementSplitter.Piece piece : split.pieces()) {
          if (!execute(piece.sql(), text, pendingStart + piece.offset(), source)) {
            return Outcome.FAILED;
          }
        }
        pendingStart = lineEnd - split.rest().length();
      }
      lineStart = lineEnd;
    }
    StatementSplitter.Piece last = StatementSplitter.split(text.substring(pendingStart)).restPiece();
    if (last != null && !execute(last.sql(), text, pendingStart + last.offset(), source)) {
      return Outcome.FAILED;
    }
    return Outcome.OK;
  }

  /** Runs one statement; false when it failed or was cancelled. */
  boolean execute(String sql, String text, int offset, String source) {
    if (queries.cancelRequested()) {
      return false;
    }
    try {
      queries.run(sql);
      return true;
    } catch (QueryRunner.Cancelled e) {
      errors.failed("query cancelled");
      return false;
    } catch (Exception | LinkageError | AssertionError | StackOverflowError | OutOfMemoryError e) {
      // Calcite reports some query errors as Errors (a constant 1/0 fails a class initializer).
      errors.statementFailed(e, sql, text, offset, source);
      return false;
    }
  }
}
