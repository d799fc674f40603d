package dev.huntsql.engine.calcite;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mapping;
import org.apache.calcite.util.mapping.MappingType;
import org.apache.calcite.util.mapping.Mappings;

/**
 * Narrows an {@link EventTableScan} under an aggregate to the columns the aggregate uses, so
 * {@code count(*)} parses no values at all and {@code group by RemotePort} parses one.
 */
final class AggregateIntoEventScanRule extends RelRule<RuleConfig> {
  static final RelOptRule INSTANCE = new RuleConfig(
      b0 -> b0.operand(LogicalAggregate.class).oneInput(b1 -> b1.operand(EventTableScan.class).noInputs()),
      "AggregateIntoEventScanRule", AggregateIntoEventScanRule::new).toRule();

  private AggregateIntoEventScanRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalAggregate aggregate = call.rel(0);
    EventTableScan scan = call.rel(1);
    ImmutableBitSet.Builder usedBuilder = aggregate.getGroupSet().rebuild();
    for (AggregateCall aggregateCall : aggregate.getAggCallList()) {
      usedBuilder.addAll(aggregateCall.getArgList());
      if (aggregateCall.filterArg >= 0) {
        usedBuilder.set(aggregateCall.filterArg);
      }
    }
    ImmutableBitSet used = usedBuilder.build();
    if (used.cardinality() == scan.fields.length) {
      return;
    }
    Mapping mapping = Mappings.create(MappingType.INVERSE_SURJECTION, scan.fields.length, used.cardinality());
    int[] fields = new int[used.cardinality()];
    int next = 0;
    for (int old : used) {
      mapping.set(old, next);
      fields[next++] = scan.fields[old];
    }
    List<AggregateCall> calls = new ArrayList<>();
    for (AggregateCall aggregateCall : aggregate.getAggCallList()) {
      calls.add(aggregateCall.transform(mapping));
    }
    EventTableScan narrow = new EventTableScan(scan.getCluster(), scan.getTable(), scan.eventTable, fields);
    call.transformTo(aggregate.copy(aggregate.getTraitSet(), narrow, Mappings.apply(mapping, aggregate.getGroupSet()),
        aggregate.getGroupSets() == null ? null : Mappings.apply2(mapping, aggregate.getGroupSets()), calls));
  }
}
