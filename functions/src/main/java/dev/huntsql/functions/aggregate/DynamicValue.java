package dev.huntsql.functions.aggregate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** One canonical element of a KQL dynamic array: its kind, value, JSON text and sort rank. */
final class DynamicValue implements Comparable<DynamicValue>, Serializable {
  private static final long serialVersionUID = 1L;

  // Immutable once built, so sharing it between threads is safe.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** Declaration order is the sort order, except that the three numeric kinds sort together. */
  enum Kind { LONG, DOUBLE, BIG_INTEGER, STRING, BOOLEAN, ARRAY, OBJECT }

  private final Kind kind;
  private final long bits;
  private final String text;

  private DynamicValue(Kind kind, long bits, String text) {
    this.kind = kind;
    this.bits = bits;
    this.text = text;
  }

  /** The value as one element, never flattened; null for null. */
  static DynamicValue scalar(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return ofString(s);
    }
    if (value instanceof Long || value instanceof Integer
        || value instanceof Short || value instanceof Byte) {
      return ofLong(((Number) value).longValue());
    }
    if (value instanceof Double d) {
      return ofDouble(d);
    }
    if (value instanceof Float f) {
      return ofDouble(Double.parseDouble(f.toString())); // 0.1f stays 0.1, not 0.100000001
    }
    if (value instanceof BigInteger b) {
      return ofBigInteger(b);
    }
    if (value instanceof BigDecimal d) {
      return ofBigDecimal(d);
    }
    if (value instanceof Boolean b) {
      return new DynamicValue(Kind.BOOLEAN, b ? 1 : 0, null);
    }
    if (value instanceof JsonNode node) {
      return ofNode(node);
    }
    if (value instanceof Collection || value instanceof Map || value instanceof Object[]) {
      return ofNode(JSON.valueToTree(value));
    }
    if (value instanceof byte[] bytes) {
      return ofString(Base64.getEncoder().encodeToString(bytes)); // as JSON carries binary
    }
    String time = utcText(value);
    return ofString(time != null ? time : value.toString());
  }

  /**
   * Passes each element the value contributes to a dynamic array: the elements of an array
   * (JSON text starting with {@code [} that parses, or a Java collection), else the value itself.
   * Nulls, including null array elements, contribute nothing.
   */
  static void elements(Object value, Consumer<DynamicValue> sink) {
    JsonNode node = container(value);
    if (node == null) {
      DynamicValue v = scalar(value);
      if (v != null) {
        sink.accept(v);
      }
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        DynamicValue v = ofNode(element);
        if (v != null) {
          sink.accept(v);
        }
      }
    } else {
      DynamicValue v = ofNode(node);
      if (v != null) {
        sink.accept(v);
      }
    }
  }

  /** The value as a JSON array or object when it is one, else null. */
  private static JsonNode container(Object value) {
    if (value instanceof String s) {
      if (s.isEmpty() || (s.charAt(0) != '[' && s.charAt(0) != '{')) {
        return null;
      }
      try {
        return JSON.readTree(s);
      } catch (JacksonException notJson) {
        return null;
      }
    }
    if (value instanceof JsonNode node) {
      return node.isContainerNode() ? node : null;
    }
    if (value instanceof Collection || value instanceof Map || value instanceof Object[]) {
      return JSON.valueToTree(value);
    }
    return null;
  }

  private static DynamicValue ofNode(JsonNode node) {
    switch (node.getNodeType()) {
      case NUMBER:
        if (node.isIntegralNumber()) {
          return node.canConvertToLong()
              ? ofLong(node.longValue())
              : ofBigInteger(node.bigIntegerValue());
        }
        if (node.isBigDecimal()) {
          return ofBigDecimal(node.decimalValue());
        }
        return node.isFloat() ? scalar(node.floatValue()) : ofDouble(node.doubleValue());
      case STRING:
        return ofString(node.textValue());
      case BOOLEAN:
        return scalar(node.booleanValue());
      case ARRAY:
        return new DynamicValue(Kind.ARRAY, 0, node.toString());
      case OBJECT:
        return new DynamicValue(Kind.OBJECT, 0, node.toString());
      case POJO:
        return scalar(((POJONode) node).getPojo());
      case BINARY:
        return ofString(node.asText());
      default:
        return null; // JSON null and missing nodes are nulls, which aggregates ignore
    }
  }

  private static DynamicValue ofString(String s) {
    return new DynamicValue(Kind.STRING, 0, s);
  }

  private static DynamicValue ofLong(long v) {
    return new DynamicValue(Kind.LONG, v, null);
  }

  private static DynamicValue ofDouble(double d) {
    double canonical = d == 0.0 ? 0.0 : d; // -0.0 and 0.0 are one value
    return new DynamicValue(Kind.DOUBLE, Double.doubleToLongBits(canonical), null);
  }

  private static DynamicValue ofBigInteger(BigInteger b) {
    return b.bitLength() < 64
        ? ofLong(b.longValue())
        : new DynamicValue(Kind.BIG_INTEGER, 0, b.toString());
  }

  /** SQL DECIMAL: integral values are integers (1.00 is 1), the others KQL reals. */
  private static DynamicValue ofBigDecimal(BigDecimal d) {
    BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 40) {
      return ofBigInteger(stripped.toBigIntegerExact());
    }
    return ofDouble(d.doubleValue());
  }

  /** Date-time values as ISO-8601 UTC text, never in the JVM's zone; null for other types. */
  private static String utcText(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof java.sql.Time t) {
      return t.toLocalTime().toString();
    }
    if (value instanceof java.util.Date d) { // java.sql.Timestamp included: it is an instant
      return d.toInstant().toString();
    }
    if (value instanceof Instant i) {
      return i.toString();
    }
    if (value instanceof OffsetDateTime t) {
      return t.toInstant().toString();
    }
    if (value instanceof ZonedDateTime t) {
      return t.toInstant().toString();
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC).toString();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return null;
  }

  /** A 64-bit hash; equal values hash equally. */
  long hash64() {
    return switch (kind) {
      case LONG, DOUBLE, BOOLEAN -> Hash64.ofBits(kind.ordinal(), bits);
      default -> Hash64.ofText(kind.ordinal(), text);
    };
  }

  /** Appends the value as compact JSON. */
  void appendJson(StringBuilder out) {
    switch (kind) {
      case LONG -> out.append(bits);
      case DOUBLE -> appendDouble(out, Double.longBitsToDouble(bits));
      case BOOLEAN -> out.append(bits != 0);
      case STRING -> appendQuoted(out, text);
      default -> out.append(text); // BIG_INTEGER digits, ARRAY and OBJECT JSON text
    }
  }

  private static void appendDouble(StringBuilder out, double d) {
    if (Double.isFinite(d)) {
      out.append(d);
    } else {
      appendQuoted(out, Double.toString(d)); // JSON has no NaN or Infinity literals
    }
  }

  private static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, out);
    out.append('"');
  }

  private boolean isNumber() {
    return kind.ordinal() <= Kind.BIG_INTEGER.ordinal();
  }

  @Override
  public int compareTo(DynamicValue o) {
    if (isNumber() && o.isNumber()) {
      int c = compareNumbers(o);
      return c != 0 ? c : Integer.compare(kind.ordinal(), o.kind.ordinal());
    }
    if (kind != o.kind) {
      return Integer.compare(kind.ordinal(), o.kind.ordinal());
    }
    return kind == Kind.BOOLEAN ? Long.compare(bits, o.bits) : text.compareTo(o.text);
  }

  private int compareNumbers(DynamicValue o) {
    if (kind == o.kind) {
      return switch (kind) {
        case LONG -> Long.compare(bits, o.bits);
        case DOUBLE -> Double.compare(
            Double.longBitsToDouble(bits), Double.longBitsToDouble(o.bits));
        default -> new BigInteger(text).compareTo(new BigInteger(o.text));
      };
    }
    double a = approximate();
    double b = o.approximate();
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return Double.compare(a, b); // NaN sorts after every number, as Double.compare puts it
    }
    return exact().compareTo(o.exact());
  }

  private double approximate() {
    return switch (kind) {
      case LONG -> bits;
      case DOUBLE -> Double.longBitsToDouble(bits);
      default -> Double.parseDouble(text);
    };
  }

  private BigDecimal exact() {
    return switch (kind) {
      case LONG -> BigDecimal.valueOf(bits);
      case DOUBLE -> new BigDecimal(Double.longBitsToDouble(bits));
      default -> new BigDecimal(text);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DynamicValue v
        && kind == v.kind && bits == v.bits && Objects.equals(text, v.text);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hash64());
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    appendJson(out);
    return out.toString();
  }
}
