package dev.huntsql.functions.aggregate;

import java.io.Serializable;
import java.util.ArrayList;

/** The state of make_list: the elements seen, in arrival order, up to the first {@code max}. */
public final class ListAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ArrayList<DynamicValue> values = new ArrayList<>();
  private int limit = MaxSize.DEFAULT;

  ListAccumulator add(Object value) {
    if (values.size() < limit) {
      DynamicValue.elements(value, this::offer);
    }
    return this;
  }

  /** Lowers the cap; with a non-constant max the smallest one seen wins. */
  ListAccumulator limit(Integer max) {
    int cap = MaxSize.of(max);
    if (cap < limit) {
      limit = cap;
      if (values.size() > limit) {
        values.subList(limit, values.size()).clear();
      }
    }
    return this;
  }

  /** Appends the other list after this one: the merged order is this part, then the other. */
  ListAccumulator merge(ListAccumulator other) {
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
    if (values.size() < limit) {
      values.add(v);
    }
  }
}
