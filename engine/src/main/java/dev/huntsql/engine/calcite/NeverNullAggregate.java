package dev.huntsql.engine.calcite;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.adapter.enumerable.AggAddContext;
import org.apache.calcite.adapter.enumerable.AggContext;
import org.apache.calcite.adapter.enumerable.AggImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.AggregateFunction;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableAggFunction;
import org.apache.calcite.schema.impl.AggregateFunctionImpl;
import org.apache.calcite.sql.type.SqlTypeName;

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
    return new InstantArguments(reflective);
  }

  /**
   * Calcite's implementor, except that a TIMESTAMP passed to an {@code Object} parameter arrives
   * as an {@link java.time.Instant} (Calcite hands over its internal epoch milliseconds), so
   * {@code make_set(Timestamp)} holds datetimes, as KQL's does, not numbers.
   */
  private static final class InstantArguments extends RexImpTable.UserDefinedAggReflectiveImplementor {
    private final Class<?>[] parameters;

    InstantArguments(AggregateFunctionImpl reflective) {
      super(reflective);
      Class<?>[] all = reflective.addMethod.getParameterTypes();
      // The first parameter of add is the accumulator.
      this.parameters = Arrays.copyOfRange(all, 1, all.length);
    }

    @Override
    protected void implementNotNullAdd(AggContext info, AggAddContext add) {
      List<Expression> arguments = new ArrayList<>(add.arguments());
      boolean converted = false;
      for (int i = 0; i < arguments.size() && i < parameters.length; i++) {
        if (parameters[i] == Object.class
            && add.rexArguments().get(i).getType().getSqlTypeName() == SqlTypeName.TIMESTAMP) {
          arguments.set(i, Expressions.call(UtcInstants.class, "toInstant",
              EnumUtils.convert(arguments.get(i), Long.class)));
          converted = true;
        }
      }
      super.implementNotNullAdd(info, converted ? withArguments(add, arguments) : add);
    }

    /** The context, answering {@code arguments()} with these. */
    private static AggAddContext withArguments(AggAddContext add, List<Expression> arguments) {
      return (AggAddContext) Proxy.newProxyInstance(AggAddContext.class.getClassLoader(),
          new Class<?>[] {AggAddContext.class}, (proxy, method, args) -> {
            if (method.getName().equals("arguments") && method.getParameterCount() == 0) {
              return arguments;
            }
            try {
              return method.invoke(add, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
