package dev.huntsql.engine.calcite;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;

/** Pushes a projection of plain columns into an {@link EventTableScan}, so only those are parsed. */
final class ProjectIntoEventScanRule extends RelRule<RuleConfig> {
  static final RelOptRule INSTANCE = new RuleConfig(
      b0 -> b0.operand(LogicalProject.class).oneInput(b1 -> b1.operand(EventTableScan.class).noInputs()),
      "ProjectIntoEventScanRule", ProjectIntoEventScanRule::new).toRule();

  private ProjectIntoEventScanRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    EventTableScan scan = call.rel(1);
    int[] fields = columnsOnly(project.getProjects(), scan.fields);
    // A column listed twice is read once and copied by a program (CalcIntoEventScanRule).
    if (fields != null && java.util.Arrays.stream(fields).distinct().count() == fields.length) {
      call.transformTo(new EventTableScan(scan.getCluster(), scan.getTable(), scan.eventTable, fields));
    }
  }

  /** The table columns the projection lists, or null when it computes anything else. */
  private static int[] columnsOnly(List<RexNode> projects, int[] scanFields) {
    int[] fields = new int[projects.size()];
    for (int i = 0; i < fields.length; i++) {
      if (!(projects.get(i) instanceof RexInputRef)) {
        return null;
      }
      fields[i] = scanFields[((RexInputRef) projects.get(i)).getIndex()];
    }
    return fields;
  }
}
