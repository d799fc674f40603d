package dev.huntsql.engine.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The declared schemas of the Defender tables, with the column types Microsoft documents. */
public final class DefenderSchemas {
  private static final String RESOURCE = "defender-tables.tsv";
  private static final Map<String, TableSchema> BY_LOWER_NAME = load();

  private DefenderSchemas() {}

  /** The declared schema of a Defender table, matched in any letter case. */
  public static Optional<TableSchema> find(String tableName) {
    return Optional.ofNullable(BY_LOWER_NAME.get(tableName.toLowerCase(Locale.ROOT)));
  }

  /**
   * The documented type of a column name when every declared table that has it agrees (so
   * {@code RemotePort} is INT and {@code DeviceId} STRING even in a union export); empty otherwise.
   */
  public static Optional<ColumnType> documentedType(String columnName) {
    ColumnType found = null;
    for (TableSchema table : BY_LOWER_NAME.values()) {
      int index = table.indexOf(columnName);
      if (index >= 0) {
        ColumnType type = table.columns().get(index).type();
        if (found != null && found != type) {
          return Optional.empty();
        }
        found = type;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Every declared table. */
  public static List<TableSchema> all() {
    return List.copyOf(BY_LOWER_NAME.values());
  }

  private static Map<String, TableSchema> load() {
    Map<String, List<Column>> columns = new LinkedHashMap<>();
    try (InputStream in = DefenderSchemas.class.getResourceAsStream(RESOURCE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        columns.computeIfAbsent(fields[0], t -> new ArrayList<>())
            .add(new Column(fields[1], ColumnType.fromKusto(fields[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, TableSchema> schemas = new LinkedHashMap<>();
    columns.forEach((table, list) -> schemas.put(table.toLowerCase(Locale.ROOT), new TableSchema(table, list)));
    return Collections.unmodifiableMap(schemas);
  }
}
