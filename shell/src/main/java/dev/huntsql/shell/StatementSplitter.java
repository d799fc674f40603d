package dev.huntsql.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at semicolons that are outside strings, quoted names and
 * comments. Text after the last semicolon is an unfinished statement.
 */
final class StatementSplitter {
  private final List<String> statements = new ArrayList<>();
  private final String rest;

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
        addStatement(text.substring(start, i));
        start = ++i;
      } else {
        i++;
      }
    }
    rest = text.substring(start);
  }

  static StatementSplitter split(String text) {
    return new StatementSplitter(text);
  }

  private void addStatement(String statement) {
    if (!isBlankOrComment(statement)) {
      statements.add(statement.strip());
    }
  }

  /** The complete statements, without their semicolons. */
  List<String> statements() {
    return statements;
  }

  /** The text after the last complete statement. */
  String rest() {
    return rest;
  }

  /** True when the text holds nothing but white space and comments. */
  static boolean isBlankOrComment(String text) {
    String stripped = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\n]*", " ");
    return stripped.isBlank();
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
