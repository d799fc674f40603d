package dev.huntsql.engine.calcite;

import java.util.Comparator;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.EnumerableSort;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.Pair;

/**
 * An ORDER BY without OFFSET or FETCH that sorts its rows as an array ({@link SortedRows}).
 * Calcite's {@link EnumerableSort} files each row into a tree map under its key, searching the
 * tree twice per row; sorting an array of keyed rows makes about half the comparisons, and the
 * order is the same (both keep rows of equal keys in arrival order).
 */
final class ListSort extends EnumerableSort {
  private ListSort(RelOptCluster cluster, RelTraitSet traits, RelNode input, RelCollation collation) {
    super(cluster, traits, input, collation, null, null);
  }

  static ListSort create(RelNode input, RelCollation collation) {
    RelOptCluster cluster = input.getCluster();
    return new ListSort(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE).replace(collation), input, collation);
  }

  @Override
  public ListSort copy(RelTraitSet traits, RelNode input, RelCollation collation, RexNode offset, RexNode fetch) {
    return new ListSort(getCluster(), traits, input, collation);
  }

  /** A little cheaper than Calcite's sort, so the planner takes this one where both apply. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    RelOptCost cost = super.computeSelfCost(planner, mq);
    return cost == null ? null : cost.multiplyBy(0.9);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    BlockBuilder builder = new BlockBuilder();
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), input.format);
    Expression rows = builder.append("rows", input.block);
    Pair<Expression, Expression> key = input.physType.generateCollationKey(collation.getFieldCollations());
    Expression order = key.right != null ? key.right : Expressions.constant(null, Comparator.class);
    builder.add(Expressions.return_(null, Expressions.call(SortedRows.class, "sort", rows, key.left, order)));
    return implementor.result(physType, builder.toBlock());
  }
}
