package dev.huntsql.engine.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.huntsql.engine.schema.Column;
import dev.huntsql.engine.schema.ColumnType;
import dev.huntsql.engine.schema.TableSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns one JSON text (a line of a file) into rows of one table, reading only the projected
 * columns and skipping everything else without building it.
 *
 * <p>Understands the three record shapes Defender exports: a plain record; a Streaming-API
 * envelope whose {@code properties} are the record and whose {@code category}
 * ({@code AdvancedHunting-<Table>}) says which table it belongs to; and an Event Hubs batch
 * {@code {"records":[...]}} of envelopes. A JSON array of records is read element by element.
 */
public final class RecordDecoder {
  private static final String CATEGORY_PREFIX = "AdvancedHunting-";

  private final String table;
  private final ColumnType[] types;
  private final String[] names;
  private final Map<String, Integer> slotByName = new HashMap<>();
  private final Map<String, Integer> slotByLowerName = new HashMap<>();
  private final Map<String, Integer> fallbackSlotByLowerName = new HashMap<>();
  /** Field name to {@link #binding}: most records repeat the same few dozen names. */
  private final Map<String, Integer> bindings = new HashMap<>();
  /** Field names in the order the last record had them, for records and for envelopes' properties. */
  private final FieldOrder recordOrder = new FieldOrder();
  private final FieldOrder propertiesOrder = new FieldOrder();
  /** The binding of the field {@link #nextField} last moved to. */
  private int fieldBinding;
  private final ValueReader values;
  private final boolean envelopesOnly;
  private int invalidValues;
  private String lastInvalid;

  /**
   * @param schema the table's columns
   * @param projection positions (in {@code schema}) of the columns to produce, in output order
   * @param envelopesOnly true when the file's records are routed by envelope category, so plain
   *     records in it belong to no table
   */
  public RecordDecoder(TableSchema schema, int[] projection, boolean envelopesOnly, JsonFactory factory) {
    this.table = schema.name();
    this.envelopesOnly = envelopesOnly;
    this.types = new ColumnType[projection.length];
    this.names = new String[projection.length];
    List<Column> columns = schema.columns();
    for (int slot = 0; slot < projection.length; slot++) {
      Column column = columns.get(projection[slot]);
      types[slot] = column.type();
      names[slot] = column.name();
      slotByName.putIfAbsent(column.name(), slot);
      slotByLowerName.putIfAbsent(column.name().toLowerCase(Locale.ROOT), slot);
      if (column.fallback() != null) {
        fallbackSlotByLowerName.put(column.fallback().toLowerCase(Locale.ROOT), slot);
      }
    }
    this.values = new ValueReader(factory);
  }

  /** Decodes a line holding one JSON value; emits this table's rows. */
  public void decodeLine(JsonParser p, Consumer<Object[]> rows) throws IOException {
    JsonToken token = p.nextToken();
    if (token == null) {
      return;
    }
    decodeValue(p, token, rows);
    if (p.nextToken() != null) {
      throw new IOException("unexpected text after the JSON value");
    }
  }


  /** Values dropped to null since the last call, as "N values (last: ...)", or null if none. */
  public String takeInvalidValues() {
    if (invalidValues == 0) {
      return null;
    }
    String message = invalidValues + " value(s) not of their column's type, read as null (" + lastInvalid + ")";
    invalidValues = 0;
    return message;
  }

  /** Decodes the value that starts at {@code token}; emits this table's rows. */
  void decodeValue(JsonParser p, JsonToken token, Consumer<Object[]> rows) throws IOException {
    if (token == JsonToken.START_OBJECT) {
      decodeObject(p, rows);
    } else if (token == JsonToken.START_ARRAY) {
      for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
        if (element == null) {
          throw new IOException("the JSON array is not closed");
        }
        decodeValue(p, element, rows);
      }
    } else {
      throw new IOException("expected a JSON object, found " + p.getText());
    }
  }

  private void decodeObject(JsonParser p, Consumer<Object[]> rows) throws IOException {
    Object[] plain = new Object[types.length];
    Object[] properties = null;
    String category = null;
    boolean batch = false;
    int position = 0;
    for (JsonToken token = nextField(p, recordOrder, position); token == JsonToken.FIELD_NAME;
        token = nextField(p, recordOrder, ++position)) {
      int binding = fieldBinding;
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (value == JsonToken.START_OBJECT && name.equals("properties")) {
        properties = new Object[types.length];
        readFields(p, properties);
        continue;
      }
      if (value == JsonToken.START_ARRAY && name.equals("records")) {
        batch = true;
        for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
          decodeValue(p, element, rows);
        }
        continue;
      }
      if (value == JsonToken.VALUE_STRING && name.equals("category")) {
        category = p.getText();
      }
      readField(p, binding, plain);
    }
    if (batch) {
      return;
    }
    boolean envelope = properties != null && category != null
        && category.regionMatches(true, 0, CATEGORY_PREFIX, 0, CATEGORY_PREFIX.length());
    if (envelope) {
      if (category.regionMatches(true, CATEGORY_PREFIX.length(), table, 0, table.length())
          && category.length() == CATEGORY_PREFIX.length() + table.length()) {
        rows.accept(properties);
      }
    } else if (!envelopesOnly) {
      rows.accept(plain);
    }
  }

  private void readFields(JsonParser p, Object[] row) throws IOException {
    int position = 0;
    for (JsonToken token = nextField(p, propertiesOrder, position); token == JsonToken.FIELD_NAME;
        token = nextField(p, propertiesOrder, ++position)) {
      int binding = fieldBinding;
      p.nextToken();
      readField(p, binding, row);
    }
  }

  /**
   * Moves to the next token of an object, the field at {@code position} in it expected to be the
   * one the last object had there; when the token is a field name, {@link #fieldBinding} is its binding.
   */
  private JsonToken nextField(JsonParser p, FieldOrder order, int position) throws IOException {
    if (order.nextIsExpected(p, position)) {
      fieldBinding = order.binding(position);
      return JsonToken.FIELD_NAME;
    }
    JsonToken token = p.currentToken();
    if (token == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Integer bound = bindings.get(name);
      if (bound == null) {
        bound = binding(name);
        bindings.put(name, bound);
      }
      fieldBinding = bound;
      order.remember(position, name, bound);
    }
    return token;
  }

  private void readField(JsonParser p, int bound, Object[] row) throws IOException {
    if (bound == 0) {
      p.skipChildren();
      return;
    }
    int slot = (bound & 0xFFFF) - 1;
    Integer fallback = (bound >>> 16) == 0 ? null : (bound >>> 16) - 1;
    if (slot < 0) {
      // Only another column's stand-in: fill it if the record has not.
      Object value = values.read(p, types[fallback]);
      if (row[fallback] == null && value != ValueReader.INVALID) {
        row[fallback] = value;
      }
      return;
    }
    Object value = values.read(p, types[slot]);
    if (fallback != null && row[fallback] == null && value != ValueReader.INVALID) {
      row[fallback] = value;
    }
    if (value == ValueReader.INVALID) {
      invalidValues++;
      lastInvalid = names[slot] + " = " + abbreviate(p.getText());
      value = null;
    }
    // With duplicate keys in one object, the last one wins (as in Jackson's and Kusto's parsers).
    row[slot] = value;
  }

  /** The column slot (plus one, low 16 bits) and stand-in slot (plus one, high bits) a field fills. */
  private int binding(String name) {
    Integer fallback = fallbackSlotByLowerName.get(name.toLowerCase(Locale.ROOT));
    return (slotOf(name) + 1) | ((fallback == null ? 0 : fallback + 1) << 16);
  }

  private int slotOf(String name) {
    Integer slot = slotByName.get(name);
    if (slot == null) {
      slot = slotByLowerName.get(name.toLowerCase(Locale.ROOT));
    }
    return slot == null ? -1 : slot;
  }

  private static String abbreviate(String text) {
    return text == null ? "?" : text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
