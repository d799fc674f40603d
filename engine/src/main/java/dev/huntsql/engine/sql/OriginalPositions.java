package dev.huntsql.engine.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the positions in an error message back into the statement as written. Calcite parses the
 * statement {@link KqlFriendlySql} rewrote ({@code Timestamp} quoted), so its "line 1, column 21"
 * is two columns right of where the analyst typed the name for each quoted word before it.
 *
 * <p>Calcite's messages name the statement they are about, as {@code Error while executing SQL
 * "<sql>": ...} or {@code Error while preparing statement [<sql>]: ...}; the positions after it
 * are mapped through that statement.
 */
public final class OriginalPositions {
  private static final Pattern POSITION = Pattern.compile("([Aa]t|[Tt]o|From) line (\\d+), column (\\d+)");
  private static final String EXECUTING = "Error while executing SQL \"";
  private static final String PREPARING = "Error while preparing statement [";

  private OriginalPositions() {}

  /** The message with its positions counted in the statement it names; as it was when it names none. */
  public static String inMessage(String message) {
    if (message == null) {
      return null;
    }
    String sql = statementOf(message);
    if (sql == null) {
      return message;
    }
    KqlFriendlySql text = KqlFriendlySql.of(sql);
    if (text.rewritten().equals(sql)) {
      return message;
    }
    int after = message.indexOf(sql) + sql.length();
    Matcher position = POSITION.matcher(message);
    StringBuilder mapped = new StringBuilder();
    int copied = 0;
    while (position.find()) {
      if (position.start() < after) {
        continue;
      }
      int offset = text.originalOffset(Integer.parseInt(position.group(2)), Integer.parseInt(position.group(3)));
      mapped.append(message, copied, position.start()).append(position.group(1)).append(" line ")
          .append(lineOf(sql, offset)).append(", column ").append(columnOf(sql, offset));
      copied = position.end();
    }
    return mapped.append(message.substring(copied)).toString();
  }

  /** The statement a Calcite message names, or null. */
  private static String statementOf(String message) {
    if (message.startsWith(EXECUTING)) {
      int end = message.indexOf("\": ", EXECUTING.length());
      return end < 0 ? null : message.substring(EXECUTING.length(), end);
    }
    if (message.startsWith(PREPARING)) {
      int end = message.indexOf("]: ", PREPARING.length());
      return end < 0 ? null : message.substring(PREPARING.length(), end);
    }
    return null;
  }

  private static int lineOf(String sql, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < sql.length(); i++) {
      if (sql.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnOf(String sql, int offset) {
    int lineStart = sql.lastIndexOf('\n', Math.max(0, Math.min(offset, sql.length()) - 1)) + 1;
    return offset - lineStart + 1;
  }
}
