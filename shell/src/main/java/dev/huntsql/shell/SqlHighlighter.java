package dev.huntsql.shell;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Quiet syntax colouring while typing: keywords bold, strings green, numbers cyan, comments grey. */
final class SqlHighlighter implements Highlighter {
  private static final AttributedStyle KEYWORD = AttributedStyle.BOLD;
  private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
  private static final Set<String> KEYWORDS = new HashSet<>(Catalog.KEYWORDS);

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    AttributedStringBuilder out = new AttributedStringBuilder(buffer.length());
    int i = 0;
    int n = buffer.length();
    if (buffer.stripLeading().startsWith(".")) {
      int end = buffer.indexOf(' ');
      end = end < 0 ? n : end;
      out.styled(KEYWORD, buffer.substring(0, end));
      i = end;
    }
    while (i < n) {
      char c = buffer.charAt(i);
      int start = i;
      if (c == '\'') {
        i = closing(buffer, i, '\'');
        out.styled(STRING, buffer.substring(start, i));
      } else if (c == '-' && i + 1 < n && buffer.charAt(i + 1) == '-') {
        int eol = buffer.indexOf('\n', i);
        i = eol < 0 ? n : eol;
        out.styled(COMMENT, buffer.substring(start, i));
      } else if (c == '/' && i + 1 < n && buffer.charAt(i + 1) == '*') {
        int close = buffer.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
        out.styled(COMMENT, buffer.substring(start, i));
      } else if (c == '"') {
        i = closing(buffer, i, '"');
        out.append(buffer.substring(start, i));
      } else if (Character.isLetter(c) || c == '_') {
        while (i < n && (Character.isLetterOrDigit(buffer.charAt(i)) || buffer.charAt(i) == '_')) {
          i++;
        }
        String word = buffer.substring(start, i);
        boolean keyword = KEYWORDS.contains(word.toUpperCase(Locale.ROOT));
        out.styled(keyword ? KEYWORD : AttributedStyle.DEFAULT, word);
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isDigit(buffer.charAt(i)) || buffer.charAt(i) == '.')) {
          i++;
        }
        out.styled(NUMBER, buffer.substring(start, i));
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toAttributedString();
  }

  private static int closing(String text, int open, char quote) {
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
