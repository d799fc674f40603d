package dev.huntsql.engine.calcite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;

/**
 * Names what a scan's program computes, so that the rows it produced from a piece of a file can
 * be kept for the same query run again; null when they must not be: the program has no filter
 * (its rows are as many as the file's, the column cache already holds those), a parameter
 * ({@code ?}) whose value the key cannot know at planning, or an answer that depends on when it
 * runs ({@code now()}, {@code ago()}, {@code rand()}).
 */
final class ProgramKey {
  private ProgramKey() {}

  static String of(RexProgram program, RelDataType inputRowType) {
    if (program == null || program.getCondition() == null) {
      return null;
    }
    for (RexNode expression : program.getExprList()) {
      if (!repeatable(expression)) {
        return null;
      }
    }
    // A digest rather than the text: the text of a long IN list would not fit a Java constant.
    return sha256(inputRowType.getFullTypeString() + "\n" + program + "\n" + program.getOutputRowType().getFullTypeString());
  }

  /** False for a parameter ({@code ?}: its value is not part of the key) or a call whose answer may change. */
  private static boolean repeatable(RexNode expression) {
    if (expression instanceof RexDynamicParam) {
      return false;
    }
    if (expression instanceof RexCall call) {
      // Clock calls, Calcite's and the library's (ClockCalls), say they are dynamic.
      return call.getOperator().isDeterministic() && !call.getOperator().isDynamicFunction()
          && call.getOperands().stream().allMatch(ProgramKey::repeatable);
    }
    return true;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
