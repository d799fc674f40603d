package dev.huntsql.shell;

/**
 * What went wrong with a statement: the message, where in the text as typed, and a hint.
 *
 * @param message the message, without position
 * @param start offset of the first character at fault, or -1
 * @param end offset of the last character at fault (inclusive), or -1
 * @param hint a suggestion such as {@code did you mean 'DeviceName'?}, or null
 */
record Problem(String message, int start, int end, String hint) {
  boolean positioned() {
    return start >= 0;
  }

  Problem withHint(String text) {
    return new Problem(message, start, end, text);
  }

  /** The same problem with its offsets moved by {@code shift} (a statement's place in a script). */
  Problem shifted(int shift) {
    return positioned() ? new Problem(message, start + shift, Math.max(start, end) + shift, hint) : this;
  }

  /** One line: {@code line L, column C: message; hint}, positions counted in {@code text}. */
  String oneLine(String text) {
    StringBuilder line = new StringBuilder();
    if (positioned()) {
      int[] at = lineAndColumn(text, start);
      line.append("line ").append(at[0]).append(", column ").append(at[1]).append(": ");
    }
    line.append(message);
    if (hint != null) {
      line.append("; ").append(hint);
    }
    return line.toString();
  }

  /** The 1-based line and column of an offset in the text. */
  static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
