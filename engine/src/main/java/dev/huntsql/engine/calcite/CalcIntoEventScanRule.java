package dev.huntsql.engine.calcite;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexOver;
import org.apache.calcite.rex.RexPermuteInputsShuttle;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexProgramBuilder;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mapping;
import org.apache.calcite.util.mapping.MappingType;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Pushes a filter, or a projection that computes something, into an {@link EventTableScan} as
 * its program, so the work runs on the scan's worker threads; the fields the program does not
 * use are then dropped from the scan. Expressions with windows, sub-queries or correlation
 * stay where they are.
 */
final class CalcIntoEventScanRule extends RelRule<RuleConfig> {
  static final RelOptRule FILTER = new RuleConfig(
      b0 -> b0.operand(Filter.class).oneInput(b1 -> b1.operand(EventTableScan.class).noInputs()),
      "FilterIntoEventScanRule", CalcIntoEventScanRule::new).toRule();
  static final RelOptRule CALC = new RuleConfig(
      b0 -> b0.operand(Calc.class).oneInput(b1 -> b1.operand(EventTableScan.class).noInputs()),
      "CalcIntoEventScanRule", CalcIntoEventScanRule::new).toRule();
  static final RelOptRule PROJECT = new RuleConfig(
      b0 -> b0.operand(Project.class).oneInput(b1 -> b1.operand(EventTableScan.class).noInputs()),
      "CalcProjectIntoEventScanRule", CalcIntoEventScanRule::new).toRule();

  private CalcIntoEventScanRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    EventTableScan scan = call.rel(1);
    RexBuilder rexBuilder = scan.getCluster().getRexBuilder();
    RexProgram top;
    if (call.rel(0) instanceof Calc) {
      Calc calc = call.rel(0);
      List<RexNode> all = new ArrayList<>(calc.getProgram().getExprList());
      if (!pushable(all)) {
        return;
      }
      top = calc.getProgram();
    } else if (call.rel(0) instanceof Filter) {
      Filter filter = call.rel(0);
      if (!pushable(List.of(filter.getCondition()))) {
        return;
      }
      RexProgramBuilder builder = new RexProgramBuilder(scan.getRowType(), rexBuilder);
      builder.addIdentity();
      builder.addCondition(filter.getCondition());
      top = builder.getProgram();
    } else {
      Project project = call.rel(0);
      if (scan.program == null && project.getProjects().stream().allMatch(e -> e instanceof RexInputRef)
          && project.getProjects().stream().distinct().count() == project.getProjects().size()) {
        return; // ProjectIntoEventScanRule narrows the fields instead.
      }
      if (!pushable(project.getProjects())) {
        return;
      }
      top = RexProgram.create(scan.getRowType(), project.getProjects(), null, project.getRowType(), rexBuilder);
    }
    RexProgram merged = scan.program == null ? top : RexProgramBuilder.mergePrograms(top, scan.program, rexBuilder);
    call.transformTo(pruned(scan, merged));
  }

  private static boolean pushable(List<RexNode> expressions) {
    for (RexNode expression : expressions) {
      if (RexOver.containsOver(expression) || RexUtil.containsCorrelation(expression)
          || RexUtil.SubQueryFinder.find(expression) != null) {
        return false;
      }
    }
    return true;
  }

  /** The scan with the program, reading only the fields the program uses. */
  private static EventTableScan pruned(EventTableScan scan, RexProgram program) {
    ImmutableBitSet.Builder used = ImmutableBitSet.builder();
    for (RexNode expression : program.getExprList()) {
      used.addAll(RelOptUtil.InputFinder.bits(expression));
    }
    ImmutableBitSet usedFields = used.build();
    if (usedFields.cardinality() == scan.fields.length) {
      return new EventTableScan(scan.getCluster(), scan.getTable(), scan.eventTable, scan.fields, program);
    }
    Mapping mapping = Mappings.create(MappingType.INVERSE_SURJECTION, scan.fields.length, usedFields.cardinality());
    int[] fields = new int[usedFields.cardinality()];
    int next = 0;
    for (int old : usedFields) {
      mapping.set(old, next);
      fields[next++] = scan.fields[old];
    }
    EventTableScan narrow = new EventTableScan(scan.getCluster(), scan.getTable(), scan.eventTable, fields);
    List<RexNode> exprs = new ArrayList<>();
    RexPermuteInputsShuttle shuttle = new RexPermuteInputsShuttle(mapping, narrow);
    for (RexNode expression : program.getExprList()) {
      exprs.add(expression.accept(shuttle));
    }
    RexProgram remapped = new RexProgram(narrow.getRowType(), exprs, program.getProjectList(), program.getCondition(),
        program.getOutputRowType());
    return new EventTableScan(scan.getCluster(), scan.getTable(), scan.eventTable, fields, remapped);
  }
}
