package dev.huntsql.shell;

import dev.huntsql.shell.output.Text;
import java.io.PrintWriter;

/**
 * Reports a failed statement: one line ({@code huntsql: line L, column C: message; hint}) in a
 * batch run, the line at fault with a caret under the mistake at the prompt.
 */
final class ErrorPrinter {
  private final PrintWriter messages;
  private final Suggestions suggestions;
  private final boolean interactive;
  private final boolean debug;

  ErrorPrinter(PrintWriter messages, Suggestions suggestions, boolean interactive, boolean debug) {
    this.messages = messages;
    this.suggestions = suggestions;
    this.interactive = interactive;
    this.debug = debug;
  }

  /**
   * Reports an error in a statement.
   *
   * @param error what was thrown
   * @param sql the statement as run
   * @param text the text the statement came from (a script, or what was typed)
   * @param offset where the statement starts in {@code text}
   * @param source the file the text came from, or null
   */
  void statementFailed(Throwable error, String sql, String text, int offset, String source) {
    Problem problem = ErrorMessages.problem(error, sql);
    try {
      problem = suggestions.addHint(problem, sql);
    } catch (RuntimeException e) {
      // A hint is a courtesy; never let it hide the error.
    }
    report(problem.shifted(offset), text, source);
    trace(error);
  }

  /** Reports an error that is not about one statement's text. */
  void failed(Throwable error) {
    report(ErrorMessages.problem(error, null), "", null);
    trace(error);
  }

  /** Reports a plain message as an error. */
  void failed(String message) {
    messages.println(interactive ? "error: " + message : "huntsql: " + message);
    messages.flush();
  }

  private void report(Problem problem, String text, String source) {
    if (!interactive) {
      messages.println("huntsql: " + (source != null ? source + ": " : "") + problem.oneLine(text));
      messages.flush();
      return;
    }
    messages.println("error: " + problem.message());
    if (problem.positioned()) {
      caret(problem, text, source);
    }
    if (problem.hint() != null) {
      messages.println("hint: " + problem.hint());
    }
    messages.flush();
  }

  /** Prints the line at fault with {@code ^} under the characters at fault. */
  private void caret(Problem problem, String text, String source) {
    int[] at = Problem.lineAndColumn(text, problem.start());
    int lineStart = problem.start() - (at[1] - 1);
    int lineEnd = text.indexOf('\n', lineStart);
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).replace('\t', ' ');
    String prefix = (source != null ? source + ":" : "") + "LINE " + at[0] + ": ";
    int end = Math.min(problem.end(), lineStart + line.length() - 1);
    int column = at[1] - 1;
    String before = line.substring(0, Math.min(column, line.length()));
    String marked = end >= problem.start() && column < line.length()
        ? line.substring(column, Math.min(line.length(), end - lineStart + 1)) : " ";
    messages.println(prefix + line.stripTrailing());
    messages.println(" ".repeat(prefix.length() + Text.width(before)) + "^".repeat(Math.max(1, Text.width(marked))));
  }

  private void trace(Throwable error) {
    if (debug) {
      error.printStackTrace(messages);
      messages.flush();
    }
  }
}
