package dev.huntsql.engine.calcite;

import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Turns SQL into relational expressions as Calcite does, except that a call of a library function
 * that reads the clock ({@code now()}, {@code ago('1d')}) becomes a call Calcite knows is dynamic.
 *
 * <p>Calcite takes every user-defined function for deterministic and computes calls with constant
 * arguments while planning, so a {@code PreparedStatement} run again an hour later would still
 * ask for the last day before it was prepared. A dynamic call, like Calcite's own
 * {@code CURRENT_TIMESTAMP}, is left for each run to compute, and that run's pinned instant
 * ({@code QueryClock}) keeps it one value throughout the query.
 */
final class ClockCalls implements SqlRexConvertletTable {
  static final ClockCalls INSTANCE = new ClockCalls();

  private ClockCalls() {}

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    SqlRexConvertlet standard = StandardConvertletTable.INSTANCE.get(call);
    if (standard == null || !(call.getOperator() instanceof SqlUserDefinedFunction udf)
        || !(udf.getFunction() instanceof LibraryFunction function) || !function.readsClock()) {
      return standard;
    }
    return (context, clockCall) -> {
      RexNode converted = standard.convertCall(context, clockCall);
      if (!(converted instanceof RexCall rex) || rex.getOperator() != udf) {
        return converted;
      }
      return context.getRexBuilder().makeCall(rex.getType(), new ClockFunction(udf), rex.getOperands());
    };
  }

  /** The same function, said to depend on when the query runs. */
  static final class ClockFunction extends SqlUserDefinedFunction {
    ClockFunction(SqlUserDefinedFunction udf) {
      super(udf.getSqlIdentifier(), udf.getKind(), udf.getReturnTypeInference(), udf.getOperandTypeInference(),
          udf.getOperandTypeChecker(), udf.getFunction());
    }

    @Override
    public boolean isDynamicFunction() {
      return true;
    }
  }
}
