package dev.huntsql.engine.calcite;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql2rel.SqlRexConvertlet;
import org.apache.calcite.sql2rel.SqlRexConvertletTable;

/**
 * Turns {@code iff(condition, then, else)} into {@code CASE WHEN condition IS TRUE THEN then ELSE
 * else END}, so that only the chosen branch is computed, as in KQL; other calls go to the
 * delegate.
 *
 * <p>The library declares {@code iff} once per result type so that the validator types it as it
 * types any function; the call's validated type is kept, as Calcite requires of a conversion.
 */
final class IffCalls implements SqlRexConvertletTable {
  private final SqlRexConvertletTable delegate;

  IffCalls(SqlRexConvertletTable delegate) {
    this.delegate = delegate;
  }

  @Override
  public SqlRexConvertlet get(SqlCall call) {
    if (call.getOperator() instanceof SqlUserDefinedFunction udf && udf.getFunction() instanceof LibraryFunction function
        && function.isIff()) {
      return (context, iff) -> {
        RexBuilder rex = context.getRexBuilder();
        RelDataType type = context.getValidator().getValidatedNodeType(iff);
        RexNode condition = rex.makeCall(SqlStdOperatorTable.IS_TRUE, context.convertExpression(iff.operand(0)));
        RexNode then = rex.ensureType(type, context.convertExpression(iff.operand(1)), false);
        RexNode otherwise = rex.ensureType(type, context.convertExpression(iff.operand(2)), false);
        return rex.makeCall(type, SqlStdOperatorTable.CASE, List.of(condition, then, otherwise));
      };
    }
    return delegate.get(call);
  }
}
