package dev.huntsql.engine.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.function.Function1;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.Primitive;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexProgram;

/**
 * The scan of an event table, producing only the columns the query uses ({@code fields}), in
 * generated code rather than through Calcite's interpreter. Planner rules narrow it (see
 * {@link ProjectIntoEventScanRule} and {@link AggregateIntoEventScanRule}) and push filters and
 * expressions of its columns into it ({@code program}), which then run on the scan's worker
 * threads rather than on the query's one thread.
 */
public final class EventTableScan extends TableScan implements EnumerableRel {
  final EventTable eventTable;
  final int[] fields;
  /** A filter and expressions over {@code fields}, or null for the fields as they are. */
  final RexProgram program;

  EventTableScan(RelOptCluster cluster, RelOptTable table, EventTable eventTable, int[] fields) {
    this(cluster, table, eventTable, fields, null);
  }

  EventTableScan(RelOptCluster cluster, RelOptTable table, EventTable eventTable, int[] fields, RexProgram program) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE), List.of(), table);
    this.eventTable = eventTable;
    this.fields = fields;
    this.program = program;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new EventTableScan(getCluster(), table, eventTable, fields, program);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("fields", Primitive.asList(fields))
        .itemIf("program", program, program != null)
        .itemIf("linesMustHold", linesMustHold(), LineNeedles.of(program) != null)
        .itemIf("keepsRows", true, ProgramKey.of(program, fieldsRowType()) != null);
  }

  /** The words that JSON lines must hold, as explain shows them: "a or b; c". */
  private String linesMustHold() {
    String needles = LineNeedles.of(program);
    return needles == null ? null : needles.replace("\t", " or ").replace("\n", "; ");
  }

  /** The row type of the fields read, before the program. */
  RelDataType fieldsRowType() {
    List<RelDataTypeField> all = table.getRowType().getFieldList();
    RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
    for (int field : fields) {
      builder.add(all.get(field));
    }
    return builder.build();
  }

  @Override
  public RelDataType deriveRowType() {
    if (program != null) {
      return program.getOutputRowType();
    }
    List<RelDataTypeField> all = table.getRowType().getFieldList();
    RelDataTypeFactory.Builder builder = getCluster().getTypeFactory().builder();
    for (int field : fields) {
      builder.add(all.get(field));
    }
    return builder.build();
  }

  @Override
  public void register(RelOptPlanner planner) {
    planner.addRule(ProjectIntoEventScanRule.INSTANCE);
    planner.addRule(AggregateIntoEventScanRule.INSTANCE);
    planner.addRule(CalcIntoEventScanRule.FILTER);
    planner.addRule(CalcIntoEventScanRule.PROJECT);
    planner.addRule(CalcIntoEventScanRule.CALC);
    planner.addRule(StashedValuesRule.INSTANCE);
    planner.addRule(ListSortRule.INSTANCE);
  }

  /** Cheaper the fewer columns it reads, so the planner prefers the narrowest scan. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double share = (fields.length + 2D) / (table.getRowType().getFieldCount() + 2D);
    // Work done in the scan's workers is cheaper than the same work after it.
    return super.computeSelfCost(planner, mq).multiplyBy(program == null ? share : share * 0.5);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    // One column comes as the bare value (as Calcite expects of a one-column row); more as Object[].
    JavaRowFormat format = getRowType().getFieldCount() == 1 ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY;
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), format, false);
    Expression rowFunction = program == null ? Expressions.constant(null, Function1.class)
        : ScanProgramCompiler.rowFunction(implementor, program, fieldsRowType());
    return implementor.result(physType, Blocks.toBlock(
        Expressions.call(table.getExpression(EventTable.class), "project", implementor.getRootExpression(),
            Expressions.constant(fields), rowFunction,
            Expressions.constant(ProgramKey.of(program, fieldsRowType()), String.class),
            Expressions.constant(LineNeedles.of(program), String.class),
            Expressions.constant(format == JavaRowFormat.SCALAR))));
  }
}
