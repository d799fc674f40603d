package dev.huntsql.engine.calcite;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;

/**
 * One fixed arity of a Java varargs method ({@code strcat(Object...)}), as a SQL function.
 *
 * <p>Calcite does not resolve Java varargs itself, so the library's varargs functions are
 * registered once per arity; the generated code packs the trailing arguments into an array.
 */
final class VariadicFunction implements ScalarFunction, ImplementableFunction {
  private final Method method;
  private final int arity;
  private final int fixed;
  private final Class<?> elementType;

  VariadicFunction(Method method, int arity) {
    this.method = method;
    this.arity = arity;
    this.fixed = method.getParameterCount() - 1;
    this.elementType = method.getParameterTypes()[fixed].getComponentType();
  }

  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return typeFactory.createTypeWithNullability(typeFactory.createJavaType(method.getReturnType()), true);
  }

  @Override
  public List<FunctionParameter> getParameters() {
    List<FunctionParameter> parameters = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      Class<?> type = i < fixed ? method.getParameterTypes()[i] : elementType;
      int ordinal = i;
      parameters.add(new FunctionParameter() {
        @Override
        public int getOrdinal() {
          return ordinal;
        }

        @Override
        public String getName() {
          return "arg" + ordinal;
        }

        @Override
        public RelDataType getType(RelDataTypeFactory typeFactory) {
          return typeFactory.createTypeWithNullability(typeFactory.createJavaType(type), true);
        }

        @Override
        public boolean isOptional() {
          return false;
        }
      });
    }
    return parameters;
  }

  @Override
  public CallImplementor getImplementor() {
    return (translator, call, nullAs) -> {
      List<Expression> operands = translator.translateList(call.getOperands());
      List<Expression> arguments = new ArrayList<>();
      for (int i = 0; i < fixed; i++) {
        arguments.add(EnumUtils.convert(operands.get(i), (Type) method.getParameterTypes()[i]));
      }
      List<Expression> rest = new ArrayList<>();
      for (int i = fixed; i < operands.size(); i++) {
        rest.add(EnumUtils.convert(operands.get(i), (Type) elementType));
      }
      arguments.add(Expressions.newArrayInit(elementType, rest));
      return Expressions.call(method, arguments);
    };
  }
}
