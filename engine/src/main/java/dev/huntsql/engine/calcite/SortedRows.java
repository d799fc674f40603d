package dev.huntsql.engine.calcite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.linq4j.function.Function1;

/** The rows of an ORDER BY ({@link ListSort}): each row's key worked out once, then a stable sort. */
public final class SortedRows {
  private SortedRows() {}

  /** A row and its sort key. */
  private record Keyed<K, T>(K key, T row) {}

  /**
   * The rows in the order of their keys, rows of equal keys in arrival order; a null
   * {@code order} means the keys' natural order.
   */
  @SuppressWarnings("unchecked")
  public static <T, K> Enumerable<T> sort(Enumerable<T> rows, Function1<T, K> keyOf, Comparator<K> order) {
    Comparator<K> byKey = order != null ? order : (Comparator<K>) Comparator.naturalOrder();
    List<T> arrived = rows.toList();
    Keyed<K, T>[] keyed = new Keyed[arrived.size()];
    for (int i = 0; i < keyed.length; i++) {
      T row = arrived.get(i);
      keyed[i] = new Keyed<>(keyOf.apply(row), row);
    }
    // Arrays.sort of objects is a merge sort: stable.
    Arrays.sort(keyed, (a, b) -> byKey.compare(a.key(), b.key()));
    List<T> sorted = new ArrayList<>(keyed.length);
    for (Keyed<K, T> row : keyed) {
      sorted.add(row.row());
    }
    return Linq4j.asEnumerable(sorted);
  }
}
