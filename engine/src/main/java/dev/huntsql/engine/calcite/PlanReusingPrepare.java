package dev.huntsql.engine.calcite;

import dev.huntsql.functions.geo.GeoDatabases;
import java.lang.reflect.Type;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Calcite's prepare, answering a query prepared before from {@link SharedPlans}. A plan is reused
 * the way a {@code PreparedStatement} reuses its own: every run gets its own data context, cancel
 * flag and parameter values, and reads the tables of the session that runs it. Plans leave clock
 * calls to each run ({@link ClockCalls}).
 */
public final class PlanReusingPrepare extends CalcitePrepareImpl {
  @Override
  public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType, long maxRowCount) {
    EventSchema events = eventsOf(context);
    if (events == null || !SharedPlans.keeps(query.sql)) {
      return super.prepareSql(context, query, elementType, maxRowCount);
    }
    SharedPlans.Key key = new SharedPlans.Key(query.sql, context.getDefaultSchemaPath(), elementType, maxRowCount,
        GeoDatabases.version());
    SharedPlans.Plan kept = SharedPlans.JVM.get(key);
    if (kept == null || !events.hasColumns(kept.tables())) {
      kept = new SharedPlans.Plan(super.prepareSql(context, query, elementType, maxRowCount), events.knownColumns());
      SharedPlans.JVM.put(key, kept);
    }
    @SuppressWarnings("unchecked")
    CalciteSignature<T> signature = (CalciteSignature<T>) kept.signature();
    SharedPlans.Plan plan = kept;
    return forSession(signature, context.getRootSchema(), maxRowCount, () -> SharedPlans.JVM.forget(key, plan));
  }

  /**
   * The plan, reading its tables from {@code root} (Calcite's signature names the schema it was
   * planned against), and forgotten ({@code evict}) when its generated code cannot be loaded.
   */
  private static <T> CalciteSignature<T> forSession(CalciteSignature<T> plan, CalciteSchema root, long maxRowCount,
      Runnable evict) {
    return new CalciteSignature<>(plan.sql, plan.parameters, plan.internalParameters, plan.rowType, plan.columns,
        plan.cursorFactory, root, plan.getCollationList(), maxRowCount,
        dataContext -> EvictingEnumerable.of(() -> plan.enumerable(dataContext), evict), plan.statementType);
  }

  /** Calls that read the clock are left for each run to compute (see {@link ClockCalls}). */
  @Override
  protected SqlRexConvertletTable createConvertletTable() {
    return ClockCalls.INSTANCE;
  }

  /** The event schema of the context's session, or null (another connection). */
  private static EventSchema eventsOf(Context context) {
    for (CalciteSchema sub : context.getRootSchema().getSubSchemaMap().values()) {
      if (sub.schema instanceof EventSchema events) {
        return events;
      }
    }
    return null;
  }
}
