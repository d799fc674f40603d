package dev.huntsql.engine.calcite;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.ConstantExpression;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexLiteral;

/**
 * A long list of literal rows (an IOC list in {@code IN (...)} becomes one) handed to the generated
 * code as one stashed object. Calcite's own {@code EnumerableValues} writes every literal into the
 * one generated method, which stops compiling at Java's 64 KB method limit near 8,000 literals.
 */
final class StashedValues extends Values implements EnumerableRel {
  /** Below this many rows Calcite's inline values are as good and print more readably. */
  static final int MIN_ROWS = 100;

  /** One Java value per row for a single column, an {@code Object[]} per row otherwise. */
  private final List<Object> rows;

  private StashedValues(RelOptCluster cluster, RelDataType rowType, ImmutableList<ImmutableList<RexLiteral>> tuples,
      RelTraitSet traits, List<Object> rows) {
    super(cluster, rowType, tuples, traits);
    this.rows = rows;
  }

  /** The stashed form of {@code values}, or null when one of its literals has no constant Java value. */
  static StashedValues of(Values values) {
    List<RelDataTypeField> fields = values.getRowType().getFieldList();
    JavaTypeFactory typeFactory = (JavaTypeFactory) values.getCluster().getTypeFactory();
    List<Object> rows = new ArrayList<>(values.getTuples().size());
    for (List<RexLiteral> tuple : values.getTuples()) {
      Object[] row = new Object[fields.size()];
      for (int i = 0; i < row.length; i++) {
        // The same translation EnumerableValues applies, so each value has the Java type the code expects.
        Expression value = RexToLixTranslator.translateLiteral(tuple.get(i), fields.get(i).getType(), typeFactory,
            RexImpTable.NullAs.NULL);
        if (!(value instanceof ConstantExpression constant)) {
          return null;
        }
        row[i] = constant.value;
      }
      rows.add(row.length == 1 ? row[0] : row);
    }
    RelTraitSet traits = values.getTraitSet().replace(EnumerableConvention.INSTANCE);
    return new StashedValues(values.getCluster(), values.getRowType(), values.getTuples(), traits, rows);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new StashedValues(getCluster(), getRowType(), tuples, traitSet, rows);
  }

  /** A little cheaper than the inline form, so the planner takes this one when both exist. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return super.computeSelfCost(planner, mq).multiplyBy(0.9);
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(),
        rows.isEmpty() || getRowType().getFieldCount() == 1 ? JavaRowFormat.SCALAR : JavaRowFormat.ARRAY);
    BlockBuilder builder = new BlockBuilder();
    builder.add(Expressions.return_(null,
        Expressions.call(Linq4j.class, "asEnumerable", implementor.stash(rows, List.class))));
    return implementor.result(physType, builder.toBlock());
  }
}
