package dev.huntsql.shell.output;

import org.jline.utils.WCWidth;

/** Display width of text on a terminal, and cutting text to a width with a visible marker. */
public final class Text {
  /** Ends a value that was cut to fit. */
  public static final String CUT = "…";

  private Text() {}

  /** The value as one line: line breaks and tabs shown as escapes, so rows stay one line each. */
  public static String oneLine(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0) {
      return text;
    }
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }

  /** Columns the text takes on a terminal (wide East Asian characters take two). */
  public static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      width += Math.max(0, WCWidth.wcwidth(codePoint));
      i += Character.charCount(codePoint);
    }
    return width;
  }

  /** The text cut to at most {@code max} columns, ending with {@link #CUT} when it was cut. */
  public static String fit(String text, int max) {
    if (max <= 0 || width(text) <= max) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int w = Math.max(0, WCWidth.wcwidth(codePoint));
      if (width + w > max - 1) {
        break;
      }
      out.appendCodePoint(codePoint);
      width += w;
      i += Character.charCount(codePoint);
    }
    return out.append(CUT).toString();
  }

  /** The text padded with spaces to {@code width} columns, on the right or the left. */
  public static String pad(String text, int width, boolean alignRight) {
    int missing = width - width(text);
    if (missing <= 0) {
      return text;
    }
    String padding = " ".repeat(missing);
    return alignRight ? padding + text : text + padding;
  }
}
