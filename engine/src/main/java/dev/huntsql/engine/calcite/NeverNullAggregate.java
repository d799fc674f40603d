package dev.huntsql.engine.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.AggImplementor;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.AggregateFunction;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableAggFunction;
import org.apache.calcite.schema.impl.AggregateFunctionImpl;

/**
 * A library aggregate whose result is never NULL, as in KQL: {@code make_set} of no values is
 * {@code []} and {@code dcount} is 0, where SQL aggregates answer NULL.
 *
 * <p>Calcite's reflective aggregates skip null inputs and answer NULL when they saw none, unless
 * the declared result type is NOT NULL; declaring it so lets the library's own {@code result}
 * decide.
 */
final class NeverNullAggregate implements AggregateFunction, ImplementableAggFunction {
  private final AggregateFunctionImpl reflective;

  NeverNullAggregate(AggregateFunctionImpl reflective) {
    this.reflective = reflective;
  }

  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(reflective.getReturnType(typeFactory), false);
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return reflective.getParameters();
  }

  @Override
  public AggImplementor getImplementor(boolean windowContext) {
    return new RexImpTable.UserDefinedAggReflectiveImplementor(reflective);
  }
}
