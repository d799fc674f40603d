package dev.huntsql.spark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** One {@code @HuntAggregate} class as a typed Spark {@link Aggregator} over its accumulator. */
final class HuntAggregator extends Aggregator<Row, Object, Object> {
  private static final long serialVersionUID = 1L;

  private final Class<?> type;
  /** The Java types the input row's columns are read as, in {@code add}'s order. */
  private final Class<?>[] inputs;
  private transient Object instance;
  private transient Method init;
  private transient Method add;
  private transient Method merge;
  private transient Method result;

  /**
   * @param type the {@code @HuntAggregate} class
   * @param inputs the Java type each input column is read as ({@code add}'s parameters after
   *     the accumulator, with a concrete type for an {@code Object} parameter)
   */
  HuntAggregator(Class<?> type, Class<?>[] inputs) {
    this.type = type;
    this.inputs = inputs.clone();
  }

  /** The Spark schema of the input row. */
  StructType inputSchema() {
    StructField[] fields = new StructField[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      fields[i] = DataTypes.createStructField("_" + (i + 1), SparkTypes.of(inputs[i]), true);
    }
    return DataTypes.createStructType(fields);
  }

  @Override
  public Object zero() {
    return call(init());
  }

  @Override
  public Object reduce(Object buffer, Row row) {
    Object[] args = new Object[inputs.length + 1];
    args[0] = buffer;
    for (int i = 0; i < inputs.length; i++) {
      args[i + 1] = JavaValues.as(inputs[i], row.get(i));
    }
    return call(add, args);
  }

  @Override
  public Object merge(Object a, Object b) {
    return call(merge, a, b);
  }

  @Override
  public Object finish(Object buffer) {
    return call(result, buffer);
  }

  @Override
  public Encoder<Object> bufferEncoder() {
    return Encoders.javaSerialization(Object.class);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Encoder<Object> outputEncoder() {
    Class<?> out = resultMethod().getReturnType();
    return (Encoder<Object>) (Encoder<?>) (out == Long.class ? Encoders.LONG() : Encoders.STRING());
  }

  /** The Java type of the aggregate's answer. */
  Class<?> resultType() {
    return resultMethod().getReturnType();
  }

  private Method resultMethod() {
    init();
    return result;
  }

  private Method init() {
    if (init == null) {
      try {
        instance = type.getConstructor().newInstance();
        Method[] methods = type.getMethods();
        init = find(methods, "init");
        add = find(methods, "add");
        merge = find(methods, "merge");
        result = find(methods, "result");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot use aggregate " + type.getName(), e);
      }
    }
    return init;
  }

  private Object call(Method method, Object... args) {
    init();
    try {
      return method.invoke(instance, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Method find(Method[] methods, String name) throws NoSuchMethodException {
    return Arrays.stream(methods).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchMethodException(name));
  }
}
