package dev.huntsql.engine.calcite;

import dev.huntsql.functions.HuntFunction;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One arity of a library method as a SQL function.
 *
 * <p>Calcite's reflective functions ({@code ScalarFunctionImpl}) fall short in three ways, so the
 * library registers all its scalar functions through this class instead: they do not resolve
 * Java varargs ({@code strcat(Object...)}), so a varargs method is registered once per arity and
 * the trailing arguments are packed into an array; they convert an argument only into a
 * {@code BigDecimal} or {@code java.sql} date parameter, so {@code bin(2.75, 0.5)} handed a
 * DECIMAL to a {@code Double} parameter and failed to compile; and they know datetimes only as
 * {@code java.sql.Timestamp}, which the JVM's time zone distorts (see {@link UtcInstants}). Here
 * every argument is converted to its parameter's class, {@link Instant} parameters and results
 * are SQL {@code TIMESTAMP(3)}, and a TIMESTAMP passed to an {@code Object} parameter arrives as
 * an {@link Instant} (so {@code tostring(ts)} prints a datetime, not a number).
 */
final class LibraryFunction implements ScalarFunction, ImplementableFunction {
  /** huntsql's datetimes: UTC, millisecond precision. */
  static final int TIMESTAMP_PRECISION = 3;

  private final Method method;
  private final int arity;
  private final int fixed;
  private final Class<?> elementType;

  LibraryFunction(Method method, int arity) {
    this.method = method;
    this.arity = arity;
    Class<?>[] types = method.getParameterTypes();
    this.fixed = method.isVarArgs() ? types.length - 1 : types.length;
    this.elementType = method.isVarArgs() ? types[fixed].getComponentType() : null;
  }

  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return sqlType(typeFactory, method.getReturnType());
  }

  @Override
  public List<FunctionParameter> getParameters() {
    List<FunctionParameter> parameters = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      Class<?> type = parameterType(i);
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
          return sqlType(typeFactory, type);
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
        arguments.add(toJava(operands.get(i), call.getOperands().get(i), parameterType(i)));
      }
      if (elementType != null) {
        List<Expression> rest = new ArrayList<>();
        for (int i = fixed; i < operands.size(); i++) {
          rest.add(toJava(operands.get(i), call.getOperands().get(i), elementType));
        }
        arguments.add(Expressions.newArrayInit(elementType, rest));
      }
      Expression result = Expressions.call(method, arguments);
      return method.getReturnType() == Instant.class
          ? Expressions.call(UtcInstants.class, "toMillis", result)
          : result;
    };
  }

  /** Whether the function reads the query's clock, so it must not be computed while planning. */
  boolean readsClock() {
    HuntFunction function = method.getAnnotation(HuntFunction.class);
    return function != null && function.readsClock();
  }

  private Class<?> parameterType(int i) {
    return i < fixed ? method.getParameterTypes()[i] : elementType;
  }

  private static Expression toJava(Expression operand, RexNode node, Class<?> type) {
    boolean timestamp = node.getType().getSqlTypeName() == SqlTypeName.TIMESTAMP;
    if (type == Instant.class || (type == Object.class && timestamp)) {
      return Expressions.call(UtcInstants.class, "toInstant", EnumUtils.convert(operand, Long.class));
    }
    return EnumUtils.convert(operand, (Type) type);
  }

  static RelDataType sqlType(RelDataTypeFactory typeFactory, Class<?> type) {
    if (type == Instant.class) {
      return typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(SqlTypeName.TIMESTAMP, TIMESTAMP_PRECISION), true);
    }
    return JAVA_TYPES.computeIfAbsent(type,
        t -> typeFactory.createTypeWithNullability(typeFactory.createJavaType(t), true));
  }

  /**
   * The validator looks every function up many times per statement, and Calcite builds its
   * operator (with these types) afresh each time: building a Java type's digest was half of
   * preparing the shipped detection. Calcite interns types JVM-wide, so this map hands out the
   * same instances that building them again would.
   */
  private static final Map<Class<?>, RelDataType> JAVA_TYPES = new ConcurrentHashMap<>();
}
