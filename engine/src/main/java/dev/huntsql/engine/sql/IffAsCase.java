package dev.huntsql.engine.sql;

import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Rewrites KQL's {@code iff(condition, then, else)} as {@code CASE WHEN condition THEN then ELSE
 * else END} right after parsing, so the validator types it as it types a CASE: the condition must
 * be a boolean ({@code iff(1, 'a', 'b')} is "Expected a boolean type" at the call), both branches
 * must share a type, a NULL condition takes the else branch, and only the chosen branch is
 * computed (as in KQL, where {@code iff(x == 0, 0, 1 / x)} does not divide by zero).
 *
 * <p>A bare NULL condition, of an iff or of a CASE the user wrote, becomes a boolean NULL (see
 * {@link #typedNulls}).
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
    if (visited instanceof SqlCase written && written.getValueOperand() == null) {
      return new SqlCase(written.getParserPosition(), null, typedNulls(written.getWhenOperands()),
          written.getThenOperands(), written.getElseOperand());
    }
    if (visited == null || !isIff(visited)) {
      return visited;
    }
    return new SqlCase(visited.getParserPosition(), null,
        typedNulls(SqlNodeList.of(visited.operand(0))), SqlNodeList.of(visited.operand(1)), visited.operand(2));
  }

  /**
   * The conditions, a bare NULL as a boolean NULL. Calcite types a bare NULL from its context, and
   * in a CASE nested in another's branch that context is the branch's type: {@code iff(true,
   * iff(null, 'c', 'd'), 'e')} failed with "Expected a boolean type".
   */
  private static SqlNodeList typedNulls(SqlNodeList conditions) {
    SqlNodeList typed = new SqlNodeList(conditions.getParserPosition());
    for (SqlNode condition : conditions) {
      typed.add(SqlUtil.isNullLiteral(condition, false) ? booleanNull(condition.getParserPosition()) : condition);
    }
    return typed;
  }

  private static SqlNode booleanNull(SqlParserPos pos) {
    return SqlStdOperatorTable.CAST.createCall(pos, SqlLiteral.createNull(pos),
        new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.BOOLEAN, pos), pos));
  }

  /** A call of unqualified {@code iff} with three arguments (other arities keep their "no match" error). */
  private static boolean isIff(SqlCall call) {
    return call.getOperator() instanceof SqlUnresolvedFunction function && call.operandCount() == 3
        && function.getSqlIdentifier() != null && function.getSqlIdentifier().isSimple()
        && function.getSqlIdentifier().getSimple().equalsIgnoreCase("iff");
  }
}
