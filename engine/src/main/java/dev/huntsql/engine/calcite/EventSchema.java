package dev.huntsql.engine.calcite;

import dev.huntsql.engine.files.DataDirectory;
import dev.huntsql.engine.scan.Diagnostics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** A data folder as a Calcite schema: one {@link EventTable} per table found in it. */
public final class EventSchema extends AbstractSchema {
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final SessionPlans plans = new SessionPlans();

  public EventSchema(DataDirectory data, Diagnostics diagnostics) {
    data.tables().values().forEach(files -> tables.put(files.name(), new EventTable(files, diagnostics)));
  }

  /** The plans of the queries prepared on this schema's session. */
  SessionPlans plans() {
    return plans;
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }
}
