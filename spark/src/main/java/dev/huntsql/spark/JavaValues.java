package dev.huntsql.spark;

import dev.huntsql.functions.text.KqlStrings;
import java.lang.reflect.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/** Turns the values Spark hands a UDF into the boxed Java values the library's methods take. */
final class JavaValues {
  private JavaValues() {}

  /** {@code value} as a {@code type} parameter; null when it cannot be one, as SQL NULL. */
  static Object as(Class<?> type, Object value) {
    Object v = plain(value);
    if (v == null || type == Object.class || type.isInstance(v)) {
      return v;
    }
    if (type == String.class) {
      return KqlStrings.of(v);
    }
    if (type == Instant.class) {
      return v instanceof String s ? parseInstant(s) : null;
    }
    if (type == Boolean.class) {
      return v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))
          ? Boolean.valueOf(s) : null;
    }
    if (v instanceof String s) {
      v = parseNumber(s.trim());
    }
    if (!(v instanceof Number n)) {
      return null;
    }
    if (type == Long.class) {
      return n.longValue();
    }
    if (type == Integer.class) {
      long l = n.longValue();
      return l == (int) l ? Integer.valueOf((int) l) : null;
    }
    if (type == Double.class) {
      return n.doubleValue();
    }
    return null;
  }

  /** The values of a Spark array (a Scala sequence) as a Java array of {@code component}. */
  static Object asArray(Class<?> component, Object value) {
    if (value == null) {
      return null;
    }
    List<?> items = CollectionConverters.asJava((scala.collection.Seq<?>) value);
    Object array = Array.newInstance(component, items.size());
    for (int i = 0; i < items.size(); i++) {
      Array.set(array, i, as(component, items.get(i)));
    }
    return array;
  }

  /** Spark's external value as the plain Java value the library knows (time as Instant). */
  static Object plain(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      List<Object> list = new ArrayList<>();
      CollectionConverters.asJava(seq).forEach(item -> list.add(plain(item)));
      return list;
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      CollectionConverters.asJava(map).forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (value instanceof Row row) {
      return row.schema() == null ? row.toString() : row.json();
    }
    return value;
  }

  private static Instant parseInstant(String s) {
    try {
      return Instant.parse(s.trim());
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Number parseNumber(String s) {
    try {
      return Long.valueOf(s);
    } catch (NumberFormatException e) {
      try {
        return Double.valueOf(s);
      } catch (NumberFormatException e2) {
        return null;
      }
    }
  }
}
