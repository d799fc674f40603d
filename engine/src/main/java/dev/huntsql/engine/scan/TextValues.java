package dev.huntsql.engine.scan;

import dev.huntsql.engine.schema.ColumnType;

/**
 * Reads a value written as text (a CSV cell, a JSON string) as a column of a given type, in
 * Calcite's internal representation. Blank text in a non-string column is null; text that
 * cannot be the column's type is {@link #INVALID}.
 */
public final class TextValues {
  /** Marks a value that does not fit its column. */
  public static final Object INVALID = new Object();

  private TextValues() {}

  public static Object read(String text, ColumnType type) {
    if (type == ColumnType.STRING || type == ColumnType.DYNAMIC) {
      return text;
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    switch (type) {
      case INT:
        Object value = readLong(trimmed);
        return value instanceof Long && (Long) value == ((Long) value).intValue() ? (Object) ((Long) value).intValue()
            : INVALID;
      case LONG:
        return readLong(trimmed);
      case DOUBLE:
        return readDouble(trimmed);
      case BOOL:
        return readBool(trimmed);
      case DATETIME:
        Long millis = Timestamps.parseMillis(trimmed);
        return millis == null ? INVALID : millis;
      default:
        throw new IllegalStateException("unhandled type " + type);
    }
  }

  private static Object readLong(String text) {
    try {
      return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      // "445.0" is an integer written as a real.
      Object real = readDouble(text);
      if (real instanceof Double) {
        double d = (Double) real;
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
          return (long) d;
        }
      }
      return INVALID;
    }
  }

  private static Object readDouble(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "Infinity":
      case "+Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      default:
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          return INVALID;
        }
    }
  }

  private static Object readBool(String text) {
    if (text.equalsIgnoreCase("true") || text.equals("1")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false") || text.equals("0")) {
      return Boolean.FALSE;
    }
    return INVALID;
  }
}
