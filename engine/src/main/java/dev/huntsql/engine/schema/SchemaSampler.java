package dev.huntsql.engine.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huntsql.engine.files.EventFiles;
import dev.huntsql.engine.files.FileFormat;
import dev.huntsql.engine.files.FileSlice;
import dev.huntsql.engine.scan.CsvReader;
import dev.huntsql.engine.scan.TextValues;
import dev.huntsql.engine.scan.Timestamps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers a table's columns from a sample of its records (many records, not just the first, so a
 * null first value does not decide a type), widening a type when records disagree. A column name
 * that Microsoft documents with one type (in every table that has it) takes that type.
 */
public final class SchemaSampler {
  /** How many records are looked at per table. */
  static final int SAMPLE_RECORDS = 2000;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SchemaSampler() {}

  /** The columns seen in the files' records, in first-seen order; unreadable records are ignored. */
  public static List<Column> sample(String table, List<FileSlice> files) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    int[] seen = {0};
    for (FileSlice file : files) {
      if (seen[0] >= SAMPLE_RECORDS) {
        break;
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(EventFiles.open(file.path()),
          StandardCharsets.UTF_8))) {
        switch (file.format()) {
          case CSV:
          case TSV:
            sampleDelimited(new CsvReader(reader, file.format() == FileFormat.TSV ? '\t' : ','), types, seen);
            break;
          case JSON_LINES:
            for (String line; seen[0] < SAMPLE_RECORDS && (line = reader.readLine()) != null; ) {
              readRecords(table, file, parse(line), types, seen);
            }
            break;
          default:
            readRecords(table, file, MAPPER.readTree(reader), types, seen);
        }
      } catch (IOException | RuntimeException e) {
        // The scan reports unreadable records with their line; the sample just has less to go on.
      }
    }
    List<Column> columns = new ArrayList<>();
    types.forEach((name, type) -> columns.add(new Column(name,
        DefenderSchemas.documentedType(name).orElse(type == null ? ColumnType.STRING : type))));
    return columns;
  }

  private static void sampleDelimited(CsvReader csv, Map<String, ColumnType> types, int[] seen) throws IOException {
    List<String> header = csv.next();
    if (header == null) {
      return;
    }
    for (String name : header) {
      types.putIfAbsent(spelling(types, name.strip()), null);
    }
    for (List<String> fields; seen[0] < SAMPLE_RECORDS && (fields = csv.next()) != null; seen[0]++) {
      for (int i = 0; i < Math.min(fields.size(), header.size()); i++) {
        widen(types, header.get(i).strip(), typeOfText(fields.get(i)));
      }
    }
  }

  private static JsonNode parse(String line) {
    try {
      return line.isBlank() ? null : MAPPER.readTree(line);
    } catch (IOException e) {
      return null;
    }
  }

  private static void readRecords(String table, FileSlice file, JsonNode node, Map<String, ColumnType> types,
      int[] seen) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(element -> readRecords(table, file, element, types, seen));
      return;
    }
    if (!node.isObject() || seen[0] >= SAMPLE_RECORDS) {
      return;
    }
    if (node.get("records") != null && node.get("records").isArray()) {
      node.get("records").forEach(element -> readRecords(table, file, element, types, seen));
      return;
    }
    JsonNode properties = node.get("properties");
    JsonNode category = node.get("category");
    if (properties != null && properties.isObject() && category != null && category.isTextual()
        && category.asText().regionMatches(true, 0, "AdvancedHunting-", 0, 16)) {
      if (category.asText().equalsIgnoreCase("AdvancedHunting-" + table)) {
        addFields(properties, types);
        seen[0]++;
      }
      return;
    }
    if (!file.envelopes()) {
      addFields(node, types);
      seen[0]++;
    }
  }

  private static void addFields(JsonNode record, Map<String, ColumnType> types) {
    for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      widen(types, field.getKey(), typeOf(field.getValue()));
    }
  }

  private static void widen(Map<String, ColumnType> types, String field, ColumnType type) {
    String name = spelling(types, field);
    ColumnType known = types.get(name);
    types.put(name, known == null ? type : type == null ? known : known.widen(type));
  }

  /**
   * The column a field goes to: names that differ only in letter case are one column, spelt as
   * first seen (SQL names are not case-sensitive here, so two would be ambiguous and neither could
   * be queried; the scan fills that column from either spelling).
   */
  private static String spelling(Map<String, ColumnType> types, String field) {
    if (types.containsKey(field)) {
      return field;
    }
    for (String name : types.keySet()) {
      if (name.equalsIgnoreCase(field)) {
        return name;
      }
    }
    return field;
  }

  /** The type a JSON value suggests, or null for JSON null (which says nothing). */
  private static ColumnType typeOf(JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return ColumnType.BOOL;
    }
    if (value.isIntegralNumber()) {
      return value.canConvertToLong() ? ColumnType.LONG : ColumnType.DOUBLE;
    }
    if (value.isNumber()) {
      return ColumnType.DOUBLE;
    }
    if (value.isContainerNode()) {
      return ColumnType.DYNAMIC;
    }
    return Timestamps.parseMillis(value.asText()) != null ? ColumnType.DATETIME : ColumnType.STRING;
  }

  /** The type a CSV cell suggests, or null for an empty cell. */
  private static ColumnType typeOfText(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    if (TextValues.read(trimmed, ColumnType.LONG) instanceof Long && !trimmed.contains(".")) {
      return ColumnType.LONG;
    }
    if (TextValues.read(trimmed, ColumnType.DOUBLE) instanceof Double) {
      return ColumnType.DOUBLE;
    }
    if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
      return ColumnType.BOOL;
    }
    if (Timestamps.parseMillis(trimmed) != null) {
      return ColumnType.DATETIME;
    }
    boolean json = (trimmed.startsWith("{") && trimmed.endsWith("}")) || (trimmed.startsWith("[") && trimmed.endsWith("]"));
    return json ? ColumnType.DYNAMIC : ColumnType.STRING;
  }
}
