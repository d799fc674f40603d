package dev.huntsql.engine.calcite;

import dev.huntsql.functions.geo.GeoDatabases;
import java.lang.reflect.Type;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Calcite's prepare, answering a query the session has prepared before from its {@link SessionPlans}.
 * A plan is reused the way a {@code PreparedStatement} reuses its own: every run gets its own
 * data context, cancel flag and parameter values. Plans leave clock calls to each run
 * ({@link ClockCalls}).
 */
public final class PlanReusingPrepare extends CalcitePrepareImpl {
  @Override
  public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType, long maxRowCount) {
    SessionPlans plans = plansOf(context);
    if (plans == null || !SessionPlans.keeps(query.sql)) {
      return super.prepareSql(context, query, elementType, maxRowCount);
    }
    SessionPlans.Key key = new SessionPlans.Key(query.sql, context.getDefaultSchemaPath(), elementType, maxRowCount,
        GeoDatabases.version());
    @SuppressWarnings("unchecked")
    CalciteSignature<T> plan = (CalciteSignature<T>) plans.get(key);
    if (plan == null) {
      plan = super.prepareSql(context, query, elementType, maxRowCount);
      plans.put(key, plan);
    }
    return plan;
  }

  /** Calls that read the clock are left for each run to compute (see {@link ClockCalls}). */
  @Override
  protected SqlRexConvertletTable createConvertletTable() {
    return ClockCalls.INSTANCE;
  }

  /** The plans of the session whose event schema the context holds, or null (another connection). */
  private static SessionPlans plansOf(Context context) {
    for (CalciteSchema sub : context.getRootSchema().getSubSchemaMap().values()) {
      if (sub.schema instanceof EventSchema events) {
        return events.plans();
      }
    }
    return null;
  }
}
