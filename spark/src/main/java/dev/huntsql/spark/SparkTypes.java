package dev.huntsql.spark;

import java.time.Instant;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.NullType;

/** How the library's boxed Java types meet Spark's SQL types, in both directions. */
final class SparkTypes {
  private SparkTypes() {}

  /** The Spark type a function returning {@code type} answers. */
  static DataType of(Class<?> type) {
    if (type == String.class) {
      return DataTypes.StringType;
    }
    if (type == Long.class) {
      return DataTypes.LongType;
    }
    if (type == Integer.class) {
      return DataTypes.IntegerType;
    }
    if (type == Boolean.class) {
      return DataTypes.BooleanType;
    }
    if (type == Double.class) {
      return DataTypes.DoubleType;
    }
    if (type == Instant.class) {
      return DataTypes.TimestampType;
    }
    throw new IllegalArgumentException("no Spark type for " + type.getName());
  }

  /**
   * How well an argument of Spark type {@code actual} fits a parameter of Java type
   * {@code parameter}: 4 exactly, 3 for NULL or an Object parameter, 2 or 1 for a numeric
   * conversion, 0 when the value must be converted as text.
   */
  static int fit(Class<?> parameter, DataType actual) {
    if (parameter == Object.class || actual instanceof NullType) {
      return 3;
    }
    if (parameter == Instant.class) {
      return actual.equals(DataTypes.TimestampType) ? 4
          : actual.equals(DataTypes.TimestampNTZType) || actual.equals(DataTypes.DateType) ? 2 : 0;
    }
    if (parameter != String.class && parameter != Boolean.class && of(parameter).equals(actual)) {
      return 4;
    }
    if (parameter == String.class) {
      return actual.equals(DataTypes.StringType) ? 4 : 0;
    }
    if (parameter == Boolean.class) {
      return actual.equals(DataTypes.BooleanType) ? 4 : 0;
    }
    boolean integral = actual.equals(DataTypes.ByteType) || actual.equals(DataTypes.ShortType)
        || actual.equals(DataTypes.IntegerType) || actual.equals(DataTypes.LongType);
    boolean fractional = actual.equals(DataTypes.FloatType) || actual.equals(DataTypes.DoubleType)
        || actual instanceof DecimalType;
    if (parameter == Double.class) {
      return fractional ? 2 : integral ? 1 : 0;
    }
    return integral ? 2 : fractional ? 1 : 0;
  }

  /**
   * The Java type an aggregate's {@code Object} input is read as, for a column of Spark type
   * {@code actual}: the closest of String, Long, Double, Boolean and Instant.
   */
  static Class<?> aggregateInput(DataType actual) {
    if (actual.equals(DataTypes.ByteType) || actual.equals(DataTypes.ShortType)
        || actual.equals(DataTypes.IntegerType) || actual.equals(DataTypes.LongType)) {
      return Long.class;
    }
    if (actual.equals(DataTypes.FloatType) || actual.equals(DataTypes.DoubleType)
        || actual instanceof DecimalType) {
      return Double.class;
    }
    if (actual.equals(DataTypes.BooleanType)) {
      return Boolean.class;
    }
    if (actual.equals(DataTypes.TimestampType) || actual.equals(DataTypes.TimestampNTZType)
        || actual.equals(DataTypes.DateType)) {
      return Instant.class;
    }
    return String.class;
  }
}
