package dev.huntsql.engine.calcite;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalValues;

/** Turns a long {@link LogicalValues} into {@link StashedValues}; short ones stay with Calcite's rule. */
final class StashedValuesRule extends ConverterRule {
  static final StashedValuesRule INSTANCE = new StashedValuesRule(Config.INSTANCE
      .withConversion(LogicalValues.class, values -> values.getTuples().size() >= StashedValues.MIN_ROWS,
          Convention.NONE, EnumerableConvention.INSTANCE, "StashedValuesRule")
      .withRuleFactory(StashedValuesRule::new));

  private StashedValuesRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    return StashedValues.of((LogicalValues) rel);
  }
}
