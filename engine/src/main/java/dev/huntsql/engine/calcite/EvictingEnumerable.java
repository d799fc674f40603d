package dev.huntsql.engine.calcite;

import java.util.function.Supplier;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;

/**
 * A plan's rows that drop the plan from {@link SharedPlans} when they fail with a linkage error.
 *
 * <p>Calcite computes a query's constants in the static initializer of the class it generates, so
 * {@code select 1/0} fails there; the JVM then refuses that class for good ("Could not initialize
 * class"), and a kept plan would fail every later run with that instead of the query's own
 * error. Planning again generates a fresh class.
 */
final class EvictingEnumerable<T> extends AbstractEnumerable<T> {
  private final Supplier<Enumerable<T>> rows;
  private final Runnable evict;

  private EvictingEnumerable(Supplier<Enumerable<T>> rows, Runnable evict) {
    this.rows = rows;
    this.evict = evict;
  }

  /** The rows the plan binds to, with {@code evict} run on a linkage error (which is passed on). */
  static <T> Enumerable<T> of(Supplier<Enumerable<T>> rows, Runnable evict) {
    return new EvictingEnumerable<>(rows, evict);
  }

  @Override
  public Enumerator<T> enumerator() {
    Enumerator<T> enumerator = guard(() -> rows.get().enumerator());
    return new Enumerator<>() {
      @Override
      public T current() {
        return guard(enumerator::current);
      }

      @Override
      public boolean moveNext() {
        return guard(enumerator::moveNext);
      }

      @Override
      public void reset() {
        enumerator.reset();
      }

      @Override
      public void close() {
        enumerator.close();
      }
    };
  }

  private <R> R guard(Supplier<R> call) {
    try {
      return call.get();
    } catch (LinkageError e) {
      evict.run();
      throw e;
    }
  }
}
