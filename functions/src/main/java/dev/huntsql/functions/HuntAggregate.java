package dev.huntsql.functions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a huntsql aggregate function and carries its documentation.
 *
 * <p>The class has a public no-argument constructor and the methods {@code init()} (a new
 * accumulator), {@code add(acc, value...)} (returns the updated accumulator; ignores nulls),
 * {@code merge(acc1, acc2)} and {@code result(acc)}. Engines adapt this shape: Calcite calls it
 * directly, a Spark adapter wraps it in an Aggregator.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HuntAggregate {
  /** The SQL name, lower case. */
  String name();

  /** One line saying what the aggregate answers. */
  String description();

  /** A whole {@code SELECT} using the aggregate, runnable as is. */
  String example();

  /** What the example returns, as the shell prints it. */
  String result();

  /** True when the result is JSON text (KQL's dynamic). */
  boolean dynamic() default false;
}
