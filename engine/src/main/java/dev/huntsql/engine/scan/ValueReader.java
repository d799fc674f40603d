package dev.huntsql.engine.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import dev.huntsql.engine.schema.ColumnType;
import java.io.IOException;

/**
 * Reads the JSON value under a parser as a column of a given type, in Calcite's internal
 * representation (TIMESTAMP as epoch milliseconds, dynamic as JSON text).
 *
 * <p>Values are coerced as they occur in real exports: {@code "445"} in an integer column is 445,
 * {@code ""} in a non-string column is null. A value that cannot be the column's type is
 * {@link #INVALID}, which the caller turns into null and reports.
 */
final class ValueReader {
  /** Marks a value that does not fit its column. */
  static final Object INVALID = TextValues.INVALID;

  private final JsonFactory factory;

  ValueReader(JsonFactory factory) {
    this.factory = factory;
  }

  Object read(JsonParser p, ColumnType type) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    switch (type) {
      case STRING:
        return token.isScalarValue() ? p.getText() : jsonText(p);
      case DYNAMIC:
        return token == JsonToken.VALUE_STRING ? p.getText() : jsonText(p);
      case INT:
        return readInt(p, token);
      case LONG:
        return readLong(p, token);
      case DOUBLE:
        return readDouble(p, token);
      case BOOL:
        return readBool(p, token);
      case DATETIME:
        return readDatetime(p, token);
      default:
        throw new IllegalStateException("unhandled type " + type);
    }
  }

  /** The compact JSON text of the value under the parser (which is left on its last token). */
  String jsonText(JsonParser p) throws IOException {
    SegmentedStringWriter out = new SegmentedStringWriter(factory._getBufferRecycler());
    try (JsonGenerator generator = factory.createGenerator(out)) {
      generator.copyCurrentStructure(p);
    }
    return out.getAndClear();
  }

  private Object readInt(JsonParser p, JsonToken token) throws IOException {
    Object value = readLong(p, token);
    if (value instanceof Long) {
      long v = (Long) value;
      return v == (int) v ? (Object) (int) v : INVALID;
    }
    return value;
  }

  private Object readLong(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? INVALID : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        double d = p.getDoubleValue();
        return d == Math.rint(d) && Math.abs(d) < 9.2e18 ? (Object) (long) d : INVALID;
      case VALUE_STRING:
        return TextValues.read(p.getText(), ColumnType.LONG);
      default:
        p.skipChildren();
        return INVALID;
    }
  }

  private Object readDouble(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_STRING:
        return TextValues.read(p.getText(), ColumnType.DOUBLE);
      default:
        p.skipChildren();
        return INVALID;
    }
  }

  private Object readBool(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NUMBER_INT:
        long v = p.getLongValue();
        return v == 0 || v == 1 ? (Object) (v == 1) : INVALID;
      case VALUE_STRING:
        return TextValues.read(p.getText(), ColumnType.BOOL);
      default:
        p.skipChildren();
        return INVALID;
    }
  }

  private Object readDatetime(JsonParser p, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return TextValues.read(p.getText(), ColumnType.DATETIME);
    }
    p.skipChildren();
    return INVALID;
  }
}
