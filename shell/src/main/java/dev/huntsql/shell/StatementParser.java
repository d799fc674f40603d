package dev.huntsql.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine whether Enter runs the typed text (its statements end with {@code ;}, or it is a
 * dot-command) or starts another line, and cuts the text into words for completion.
 */
final class StatementParser implements Parser {
  /** What people type from habit in other shells, and the dot-command it means here. */
  private static final Map<String, String> HABITS = Map.of(
      "exit", ".quit", "quit", ".quit", "\\q", ".quit", "help", ".help", "\\?", ".help", "\\h", ".help");

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && habit(line) == null && !StatementSplitter.isComplete(line)) {
      throw new EOFError(-1, -1, "the statement goes on until ';'", ";");
    }
    return new Words(line, cursor);
  }

  /**
   * The dot-command meant when the whole input is {@code exit}, {@code quit}, {@code \q},
   * {@code help} (with or without {@code ;}), or null.
   */
  static String habit(String input) {
    return HABITS.get(input.strip().replaceFirst(";$", "").strip().toLowerCase(Locale.ROOT));
  }

  /** True when the cursor is on a line holding a dot-command (not inside a statement). */
  static boolean onCommandLine(String buffer, int cursor) {
    int lineStart = buffer.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
    if (cursor > 0 && buffer.charAt(cursor - 1) == '\n') {
      lineStart = cursor;
    }
    String before = buffer.substring(0, lineStart);
    String line = buffer.substring(lineStart, cursor);
    return line.stripLeading().startsWith(".") && StatementSplitter.isComplete(before);
  }

  /**
   * The typed text cut into words: SQL names (letters, digits, {@code _} and {@code $}), or,
   * on a dot-command line, runs of non-blank characters (so file names stay whole).
   */
  static final class Words implements CompletingParsedLine {
    private final String line;
    private final int cursor;
    private final List<String> words = new ArrayList<>();
    private int wordIndex = -1;
    private int wordCursor;

    Words(String line, int cursor) {
      this.line = line;
      this.cursor = cursor;
      boolean command = onCommandLine(line, cursor);
      int i = 0;
      while (i <= line.length()) {
        int start = i;
        while (i < line.length() && inWord(line.charAt(i), command)) {
          i++;
        }
        if (i > start || (start == cursor && wordIndex < 0)) {
          if (start <= cursor && cursor <= i && wordIndex < 0) {
            wordIndex = words.size();
            wordCursor = cursor - start;
          }
          words.add(line.substring(start, i));
        }
        i++;
      }
      if (wordIndex < 0) {
        wordIndex = words.size();
        words.add("");
        wordCursor = 0;
      }
    }

    private static boolean inWord(char c, boolean command) {
      return command ? !Character.isWhitespace(c) : Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    @Override
    public String word() {
      return words.get(wordIndex);
    }

    @Override
    public int wordCursor() {
      return wordCursor;
    }

    @Override
    public int wordIndex() {
      return wordIndex;
    }

    @Override
    public List<String> words() {
      return words;
    }

    @Override
    public String line() {
      return line;
    }

    @Override
    public int cursor() {
      return cursor;
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return wordCursor;
    }

    @Override
    public int rawWordLength() {
      return word().length();
    }
  }
}
