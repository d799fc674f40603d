package dev.huntsql.engine.calcite;

import dev.huntsql.engine.files.DataDirectory;
import dev.huntsql.engine.scan.Diagnostics;
import dev.huntsql.engine.schema.TableSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** A data folder as a Calcite schema: one {@link EventTable} per table found in it. */
public final class EventSchema extends AbstractSchema {
  private final Map<String, EventTable> tables = new LinkedHashMap<>();

  public EventSchema(DataDirectory data, Diagnostics diagnostics) {
    data.tables().values().forEach(files -> tables.put(files.name(), new EventTable(files, diagnostics)));
  }

  /** The columns, as text, of the tables whose columns have been worked out so far, by table name. */
  Map<String, String> knownColumns() {
    Map<String, String> known = new LinkedHashMap<>();
    tables.forEach((name, table) -> {
      TableSchema schema = table.schemaIfKnown();
      if (schema != null) {
        known.put(name, schema.toString());
      }
    });
    return known;
  }

  /** Whether this folder's tables of those names have those columns (working them out if need be). */
  boolean hasColumns(Map<String, String> columns) {
    for (Map.Entry<String, String> wanted : columns.entrySet()) {
      EventTable table = tables.get(wanted.getKey());
      if (table == null || !table.schema().toString().equals(wanted.getValue())) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return Collections.unmodifiableMap(tables);
  }
}
