package dev.huntsql.engine.calcite;

import dev.huntsql.functions.FunctionLibrary;
import dev.huntsql.functions.HuntAggregate;
import dev.huntsql.functions.HuntFunction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AggregateFunctionImpl;

/** Registers huntsql's function library with a Calcite schema. */
public final class FunctionRegistrar {
  /** The most arguments a varargs function takes (KQL's strcat takes 1 to 64). */
  static final int MAX_ARGUMENTS = 64;

  private FunctionRegistrar() {}

  public static void registerAll(SchemaPlus schema) {
    for (Class<?> type : FunctionLibrary.SCALAR_CLASSES) {
      for (Method method : type.getMethods()) {
        HuntFunction function = method.getAnnotation(HuntFunction.class);
        if (function == null || !Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        if (method.isVarArgs()) {
          for (int arity = Math.max(1, method.getParameterCount() - 1); arity <= MAX_ARGUMENTS; arity++) {
            schema.add(function.name(), new LibraryFunction(method, arity));
          }
        } else {
          schema.add(function.name(), new LibraryFunction(method, method.getParameterCount()));
        }
      }
    }
    for (Class<?> type : FunctionLibrary.AGGREGATE_CLASSES) {
      HuntAggregate aggregate = type.getAnnotation(HuntAggregate.class);
      if (aggregate != null) {
        schema.add(aggregate.name(), new NeverNullAggregate(AggregateFunctionImpl.create(type)));
      }
    }
  }
}
