package dev.huntsql.engine.sql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Rewrites KQL's {@code iff(condition, then, else)} as {@code CASE WHEN condition THEN then ELSE
 * else END} right after parsing, so the validator types it as it types a CASE: the condition must
 * be a boolean ({@code iff(1, 'a', 'b')} is "Expected a boolean type" at the call), both branches
 * must share a type, a NULL condition takes the else branch, and only the chosen branch is
 * computed (as in KQL, where {@code iff(x == 0, 0, 1 / x)} does not divide by zero).
 *
 * <p>The function library still declares {@code iff} per result type: the reference page, JDBC's
 * {@code getFunctions} and Spark read those declarations.
 */
final class IffAsCase extends SqlShuttle {
  static final IffAsCase INSTANCE = new IffAsCase();

  private IffAsCase() {}

  static SqlNode rewrite(SqlNode node) {
    return node == null ? null : node.accept(INSTANCE);
  }

  @Override
  public SqlNode visit(SqlCall call) {
    SqlCall visited = (SqlCall) super.visit(call);
    if (visited == null || !isIff(visited)) {
      return visited;
    }
    return new SqlCase(visited.getParserPosition(), null,
        SqlNodeList.of(visited.operand(0)), SqlNodeList.of(visited.operand(1)), visited.operand(2));
  }

  /** A call of unqualified {@code iff} with three arguments (other arities keep their "no match" error). */
  private static boolean isIff(SqlCall call) {
    return call.getOperator() instanceof SqlUnresolvedFunction function && call.operandCount() == 3
        && function.getSqlIdentifier() != null && function.getSqlIdentifier().isSimple()
        && function.getSqlIdentifier().getSimple().equalsIgnoreCase("iff");
  }
}
