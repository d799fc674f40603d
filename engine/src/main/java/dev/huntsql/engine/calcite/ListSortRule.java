package dev.huntsql.engine.calcite;

import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.plan.Convention;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.logical.LogicalSort;

/** Offers {@link ListSort} for an ORDER BY without OFFSET or FETCH (Calcite's rule handles those). */
final class ListSortRule extends ConverterRule {
  static final ListSortRule INSTANCE = new ListSortRule(Config.INSTANCE
      .withConversion(LogicalSort.class, sort -> sort.offset == null && sort.fetch == null,
          Convention.NONE, EnumerableConvention.INSTANCE, "ListSortRule")
      .withRuleFactory(ListSortRule::new));

  private ListSortRule(Config config) {
    super(config);
  }

  @Override
  public RelNode convert(RelNode rel) {
    LogicalSort sort = (LogicalSort) rel;
    RelNode input = sort.getInput();
    return ListSort.create(convert(input, input.getTraitSet().replace(EnumerableConvention.INSTANCE)),
        sort.getCollation());
  }
}
