package dev.huntsql.functions.aggregate;

import java.io.Serializable;
import java.util.TreeSet;

/**
 * The state of make_set: the distinct elements seen, in canonical order, trimmed to the
 * {@code max} smallest so that the result does not depend on input order or merge order.
 */
public final class SetAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TreeSet<DynamicValue> values = new TreeSet<>();
  private int limit = MaxSize.DEFAULT;

  SetAccumulator add(Object value) {
    DynamicValue.elements(value, this::offer);
    return this;
  }

  /** Lowers the cap; with a non-constant max the smallest one seen wins, whatever the order. */
  SetAccumulator limit(Integer max) {
    int cap = MaxSize.of(max);
    if (cap < limit) {
      limit = cap;
      while (values.size() > limit) {
        values.pollLast();
      }
    }
    return this;
  }

  SetAccumulator merge(SetAccumulator other) {
    limit(other.limit);
    for (DynamicValue v : other.values) {
      offer(v);
    }
    return this;
  }

  String toJson() {
    return JsonArrays.of(values);
  }

  private void offer(DynamicValue v) {
    if (values.add(v) && values.size() > limit) {
      values.pollLast();
    }
  }
}
