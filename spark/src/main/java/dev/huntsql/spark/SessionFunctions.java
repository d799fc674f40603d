package dev.huntsql.spark;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import scala.Function1;
import scala.collection.immutable.Seq;

/** A Spark session's function registry: the builders of UDFs and built-ins, and ours installed. */
final class SessionFunctions {
  private final SparkSession spark;
  private final FunctionRegistry registry;

  SessionFunctions(SparkSession spark) {
    this.spark = spark;
    this.registry = spark.sessionState().functionRegistry();
  }

  /** The builder Spark has under {@code name} now. */
  Function1<Seq<Expression>, Expression> builder(String name) {
    return registry.lookupFunctionBuilder(FunctionIdentifier.apply(name))
        .getOrElse(() -> {
          throw new IllegalStateException("Spark has no function " + name);
        });
  }

  /** Registers {@code call} as a Java UDF under {@code name} and returns its builder. */
  Function1<Seq<Expression>, Expression> scalar(String name, MethodCall call, DataType type) {
    switch (call.arity()) {
      case 0 -> spark.udf().register(name, (UDF0<Object>) call, type);
      case 1 -> spark.udf().register(name, (UDF1<Object, Object>) call, type);
      case 2 -> spark.udf().register(name, (UDF2<Object, Object, Object>) call, type);
      case 3 -> spark.udf().register(name, (UDF3<Object, Object, Object, Object>) call, type);
      case 4 -> spark.udf().register(name,
          (UDF4<Object, Object, Object, Object, Object>) call, type);
      case 5 -> spark.udf().register(name,
          (UDF5<Object, Object, Object, Object, Object, Object>) call, type);
      case 6 -> spark.udf().register(name,
          (UDF6<Object, Object, Object, Object, Object, Object, Object>) call, type);
      default -> throw new IllegalArgumentException(name + ": more than " + MethodCall.MAX_ARITY
          + " parameters");
    }
    return builder(name);
  }

  /** Registers an aggregate UDF under {@code name} and returns its builder. */
  Function1<Seq<Expression>, Expression> aggregate(String name, UserDefinedFunction udaf) {
    spark.udf().register(name, udaf);
    return builder(name);
  }

  /** Removes a temporary registration. */
  void drop(String name) {
    registry.dropFunction(FunctionIdentifier.apply(name));
  }

  /**
   * Installs {@code builder} under {@code name}, replacing whatever was there. Spark's public API
   * registers one UDF per name, and the library has overloads (arities, and {@code bin} for
   * datetimes and numbers): each overload is registered through the public API, its builder
   * taken back with {@link #builder}, and one builder that dispatches among them installed here.
   */
  void install(String name, String usage, Function1<Seq<Expression>, Expression> builder) {
    ExpressionInfo info = new ExpressionInfo(Overloads.class.getName(), null, name, usage, "", "",
        "", "", "", "", "java_udf");
    registry.registerFunction(FunctionIdentifier.apply(name), info, builder);
  }
}
