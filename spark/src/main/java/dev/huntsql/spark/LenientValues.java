package dev.huntsql.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Columns read as huntsql reads them. Spark's JSON reader takes every column as text (a JSON
 * number or {@code true} as it is written, a JSON string as its content, an object as its JSON
 * text), so no value can make it give up on a line; the conversions here then apply huntsql's
 * rules to numbers and booleans: the text is trimmed and blank text is NULL;
 * {@code "445"} and {@code "445.0"} are the whole number 445 (a fraction, or a number outside the
 * column's type, is NULL); reals as Java parses them, {@code NaN} and {@code Infinity} included;
 * a boolean is {@code true}/{@code false} in any letter case, or {@code 1}/{@code 0}. Whatever
 * fits none of these is NULL, never an error (Spark 4's ANSI casts would fail the query).
 * Datetimes go through {@code try_cast}: ISO text as Spark reads it, anything else NULL.
 */
final class LenientValues {
  private LenientValues() {}

  /** {@code documented} with every column as STRING, for Spark's reader. */
  static StructType asRead(StructType documented) {
    StructType read = new StructType();
    for (StructField field : documented.fields()) {
      read = read.add(field.name(), DataTypes.StringType, true);
    }
    return read;
  }

  /** The documented columns, each taken from {@code prefix + name} of a frame read under {@link #asRead}. */
  static Column[] typed(StructType documented, String prefix) {
    StructField[] fields = documented.fields();
    Column[] columns = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      String path = prefix + fields[i].name();
      DataType type = fields[i].dataType();
      Column column = type.equals(DataTypes.StringType) ? functions.col(path)
          : type.equals(DataTypes.TimestampType) ? functions.expr("try_cast(" + quoted(path)
              + " AS TIMESTAMP)")
          : converter(type).apply(functions.col(path));
      columns[i] = column.as(fields[i].name());
    }
    return columns;
  }

  /** {@code a.b.c} as {@code `a`.`b`.`c`}, for SQL text. */
  private static String quoted(String path) {
    return "`" + path.replace("`", "``").replace(".", "`.`") + "`";
  }

  private static UserDefinedFunction converter(DataType type) {
    if (type.equals(DataTypes.IntegerType)) {
      return functions.udf((UDF1<String, Integer>) LenientValues::toInt, type);
    } else if (type.equals(DataTypes.LongType)) {
      return functions.udf((UDF1<String, Long>) LenientValues::toLong, type);
    } else if (type.equals(DataTypes.DoubleType)) {
      return functions.udf((UDF1<String, Double>) LenientValues::toDouble, type);
    } else if (type.equals(DataTypes.BooleanType)) {
      return functions.udf((UDF1<String, Boolean>) LenientValues::toBoolean, type);
    }
    throw new IllegalArgumentException("no conversion from text to " + type.simpleString());
  }

  static Integer toInt(String text) {
    Long value = toLong(text);
    return value == null || value != value.intValue() ? null : value.intValue();
  }

  static Long toLong(String text) {
    String trimmed = trimmed(text);
    if (trimmed == null) {
      return null;
    }
    try {
      return Long.parseLong(trimmed);
    } catch (NumberFormatException e) {
      Double real = toDouble(trimmed);
      boolean whole = real != null && real == Math.rint(real) && Math.abs(real) < 9.2e18;
      return whole ? (Long) real.longValue() : null;
    }
  }

  static Double toDouble(String text) {
    String trimmed = trimmed(text);
    if (trimmed == null) {
      return null;
    }
    try {
      return Double.parseDouble(trimmed); // NaN, Infinity and +Infinity included
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Boolean toBoolean(String text) {
    String trimmed = trimmed(text);
    if (trimmed == null) {
      return null;
    } else if (trimmed.equalsIgnoreCase("true") || trimmed.equals("1")) {
      return true;
    } else if (trimmed.equalsIgnoreCase("false") || trimmed.equals("0")) {
      return false;
    }
    return null;
  }

  private static String trimmed(String text) {
    String trimmed = text == null ? null : text.trim();
    return trimmed == null || trimmed.isEmpty() ? null : trimmed;
  }
}
