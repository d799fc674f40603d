package dev.huntsql.functions.text;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** Builds compact JSON array text of strings and nested arrays, KQL's dynamic arrays. */
public final class JsonArrayText {
  private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

  private final StringBuilder sb = new StringBuilder(64).append('[');
  private int depth = 1;
  private boolean first = true;

  /** Appends a string element. */
  public JsonArrayText add(String s) {
    separate();
    sb.append('"');
    ENCODER.quoteAsString(s, sb);
    sb.append('"');
    return this;
  }

  /** Opens a nested array; close it with {@link #close()}. */
  public JsonArrayText open() {
    separate();
    sb.append('[');
    depth++;
    first = true;
    return this;
  }

  /** Closes the innermost open array. */
  public JsonArrayText close() {
    sb.append(']');
    depth--;
    first = false;
    return this;
  }

  /** The finished text; closes any array still open. */
  public String build() {
    while (depth > 0) {
      close();
    }
    return sb.toString();
  }

  private void separate() {
    if (!first) {
      sb.append(',');
    }
    first = false;
  }
}
