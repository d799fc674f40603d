package dev.huntsql.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits SQL text into statements at the semicolons outside strings, quoted names and comments. */
final class StatementSplitter {
  /**
   * One statement of the text.
   *
   * @param sql the statement, without its semicolon and surrounding white space
   * @param offset where it starts in the text
   */
  record Piece(String sql, int offset) {}

  private final List<Piece> pieces = new ArrayList<>();
  private final String rest;
  private final int restOffset;

  private StatementSplitter(String text) {
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipQuoted(text, i, c);
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        int eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == ';') {
        add(text.substring(start, i), start);
        start = ++i;
      } else {
        i++;
      }
    }
    rest = text.substring(start);
    restOffset = start;
  }

  static StatementSplitter split(String text) {
    return new StatementSplitter(text);
  }

  private void add(String statement, int offset) {
    if (!isBlankOrComment(statement)) {
      pieces.add(new Piece(statement.strip(), offset + leadingSpace(statement)));
    }
  }

  /** The complete statements, without their semicolons. */
  List<String> statements() {
    return pieces.stream().map(Piece::sql).toList();
  }

  /** The complete statements with where each starts. */
  List<Piece> pieces() {
    return pieces;
  }

  /** The text after the last complete statement. */
  String rest() {
    return rest;
  }

  /** The text after the last complete statement as a piece, or null when it is only white space and comments. */
  Piece restPiece() {
    return isBlankOrComment(rest) ? null : new Piece(rest.strip(), restOffset + leadingSpace(rest));
  }

  /**
   * True when the text ends at the end of a statement or command: every statement has its
   * semicolon (a semicolon in a string, quoted name or comment does not count) and a line that
   * starts with {@code .} between statements is a whole command.
   */
  static boolean isComplete(String text) {
    int pendingStart = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline + 1;
      if (isBlankOrComment(text.substring(pendingStart, lineStart))
          && text.substring(lineStart, lineEnd).strip().startsWith(".")) {
        pendingStart = lineEnd;
      } else {
        pendingStart = lineEnd - split(text.substring(pendingStart, lineEnd)).rest().length();
      }
      lineStart = lineEnd;
    }
    return isBlankOrComment(text.substring(pendingStart));
  }

  /** True when the text holds nothing but white space and comments. */
  static boolean isBlankOrComment(String text) {
    String stripped = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", " ");
    return stripped.isBlank();
  }

  private static int leadingSpace(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipQuoted(String text, int open, char quote) {
    int i = open + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }
}
