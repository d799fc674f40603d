package dev.huntsql.functions;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as a huntsql scalar function and carries its documentation.
 *
 * <p>This is the single place a function is described: the shell's help, JDBC
 * {@code getFunctions}, the reference page and the example smoke test all read it.
 * Parameters are boxed so that SQL NULL reaches the method; a function never throws on bad
 * input, it answers NULL (or the KQL-defined value) instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HuntFunction {
  /** The SQL name, lower case; SQL resolves it in any letter case. */
  String name();

  /** One line saying what the function answers. */
  String description();

  /** A SQL expression (or a whole {@code SELECT}) using the function, runnable as is. */
  String example();

  /** What the example returns, as the shell prints it ({@code NULL} for null). */
  String result();

  /** True when the result is JSON text (KQL's dynamic), so JSON output can embed it. */
  boolean dynamic() default false;

  /**
   * True when the result depends on when the query runs ({@code now()}, {@code ago()}): an
   * engine must compute it each time the query runs, never once while planning it.
   */
  boolean readsClock() default false;
}
