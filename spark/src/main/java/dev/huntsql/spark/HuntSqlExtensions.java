package dev.huntsql.spark;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import scala.Function1;
import scala.Tuple3;
import scala.collection.immutable.Seq;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * The library in every session Spark builds, for entry points with no code of yours
 * ({@code spark-sql}, the Thrift server): {@code --conf spark.sql.extensions=} this class.
 */
public final class HuntSqlExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  /** The setting naming the geo database: {@code HuntFunctions.register(spark, geoip)}. */
  public static final String GEOIP = "spark.huntsql.geoip";

  private static final Map<SparkSession, Boolean> REGISTERED =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    for (String name : HuntFunctions.names()) {
      ExpressionInfo info = new ExpressionInfo(HuntSqlExtensions.class.getName(), null, name,
          HuntFunctions.usage(name), "", "", "", "", "", "", "java_udf");
      extensions.injectFunction(
          new Tuple3<>(FunctionIdentifier.apply(name), info, new FirstUse(name)));
    }
    return BoxedUnit.UNIT;
  }

  /** A placeholder builder: registers the library in the session on first use, then defers. */
  private static final class FirstUse extends AbstractFunction1<Seq<Expression>, Expression> {
    private final String name;

    FirstUse(String name) {
      this.name = name;
    }

    @Override
    public Expression apply(Seq<Expression> children) {
      SparkSession spark = SparkSession.active();
      synchronized (REGISTERED) {
        if (REGISTERED.put(spark, Boolean.TRUE) == null) {
          HuntFunctions.register(spark, spark.conf().get(GEOIP, null));
        }
      }
      FunctionRegistry registry = spark.sessionState().functionRegistry();
      Function1<Seq<Expression>, Expression> builder =
          registry.lookupFunctionBuilder(FunctionIdentifier.apply(name)).getOrElse(() -> this);
      if (builder instanceof FirstUse) {
        throw new IllegalStateException("huntsql functions are not registered in this session");
      }
      return builder.apply(children);
    }
  }
}
