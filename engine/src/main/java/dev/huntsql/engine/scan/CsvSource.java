package dev.huntsql.engine.scan;

import dev.huntsql.engine.schema.ColumnType;
import dev.huntsql.engine.schema.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows of a CSV (or TSV) export: the header row binds columns by name, in any order and any
 * subset; an empty cell is null in a non-string column; a record whose field count differs from
 * the header's (a line cut short) is reported and skipped. A record that a missing quote has run
 * into the lines after it is read again line by line, so those lines are not lost with it.
 */
final class CsvSource implements RowSource {
  private final CsvReader csv;
  private final char delimiter;
  private final Path file;
  private final Diagnostics diagnostics;
  private final int[] projection;
  private final ColumnType[] types;
  private final String[] names;
  private final String[] fallbacks;
  private int[] slotOfField;
  private int[] fallbackSlotOfField;
  private int fieldCount;

  CsvSource(InputStream in, char delimiter, TableSchema schema, int[] projection, Path file,
      Diagnostics diagnostics) {
    // Invalid UTF-8 becomes U+FFFD rather than failing the file.
    this.csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), delimiter);
    this.delimiter = delimiter;
    this.file = file;
    this.diagnostics = diagnostics;
    this.projection = projection;
    this.types = new ColumnType[projection.length];
    this.names = new String[projection.length];
    this.fallbacks = new String[projection.length];
    for (int slot = 0; slot < projection.length; slot++) {
      types[slot] = schema.columns().get(projection[slot]).type();
      names[slot] = schema.columns().get(projection[slot]).name();
      fallbacks[slot] = schema.columns().get(projection[slot]).fallback();
    }
  }

  @Override
  public boolean readNext(Consumer<Object[]> rows) throws IOException {
    List<String> fields;
    try {
      fields = csv.next();
    } catch (CsvReader.MalformedRecord e) {
      if (slotOfField != null) {
        salvage(csv.rawRecord(), csv.recordLine(), e.getMessage(), rows);
      } else {
        diagnostics.badFile(file, "the header row cannot be read: " + e.getMessage());
      }
      return true;
    }
    if (fields == null) {
      return false;
    }
    if (slotOfField == null) {
      bindHeader(fields);
      return true;
    }
    if (fields.size() == 1 && fields.get(0).isEmpty()) {
      return true;
    }
    if (fields.size() != fieldCount) {
      salvage(csv.rawRecord(), csv.recordLine(), "has " + fields.size() + " fields where the header has "
          + fieldCount, rows);
      return true;
    }
    rows.accept(toRow(fields, csv.recordLine()));
    return true;
  }

  /** Reads a damaged record's lines one by one: each that is a whole record on its own is kept. */
  private void salvage(String raw, long firstLine, String problem, Consumer<Object[]> rows) {
    String[] lines = raw.split("\r?\n", -1);
    if (lines.length == 1) {
      diagnostics.badRecord(file, firstLine, problem);
      return;
    }
    for (int i = 0; i < lines.length; i++) {
      List<String> fields = null;
      try {
        fields = new CsvReader(new java.io.StringReader(lines[i]), delimiter).next();
      } catch (IOException e) {
        // Not a record on its own either.
      }
      if (fields != null && fields.size() == fieldCount) {
        rows.accept(toRow(fields, firstLine + i));
      } else if (!lines[i].isEmpty()) {
        diagnostics.badRecord(file, firstLine + i, i == 0 ? problem : "damaged along with line " + firstLine);
      }
    }
  }

  private Object[] toRow(List<String> fields, long line) {
    Object[] row = new Object[projection.length];
    int invalid = 0;
    String lastInvalid = null;
    for (int field = 0; field < fieldCount; field++) {
      int slot = slotOfField[field];
      if (slot < 0) {
        continue;
      }
      Object value = TextValues.read(fields.get(field), types[slot]);
      if (value == TextValues.INVALID) {
        invalid++;
        lastInvalid = names[slot] + " = " + fields.get(field);
        value = null;
      }
      row[slot] = value;
    }
    for (int field = 0; field < fieldCount; field++) {
      int slot = fallbackSlotOfField[field];
      if (slot >= 0 && row[slot] == null) {
        Object value = TextValues.read(fields.get(field), types[slot]);
        row[slot] = value == TextValues.INVALID ? null : value;
      }
    }
    if (invalid > 0) {
      diagnostics.badValue(file, line, invalid + " value(s) not of their column's type, read as null ("
          + lastInvalid + ")");
    }
    return row;
  }

  private void bindHeader(List<String> header) {
    fieldCount = header.size();
    slotOfField = new int[fieldCount];
    fallbackSlotOfField = new int[fieldCount];
    for (int field = 0; field < fieldCount; field++) {
      slotOfField[field] = -1;
      fallbackSlotOfField[field] = -1;
      String name = header.get(field).trim();
      for (int slot = 0; slot < names.length; slot++) {
        if (names[slot].equalsIgnoreCase(name) && slotOfField[field] < 0) {
          slotOfField[field] = slot;
        }
        if (name.equalsIgnoreCase(fallbacks[slot])) {
          fallbackSlotOfField[field] = slot;
        }
      }
    }
  }

  @Override
  public long line() {
    return csv.recordLine();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
