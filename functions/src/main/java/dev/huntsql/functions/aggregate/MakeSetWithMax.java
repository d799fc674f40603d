package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/**
 * KQL's {@code make_set(x, max)}: make_set keeping the {@code max} smallest values in canonical
 * order.
 */
@HuntAggregate(
    name = "make_set",
    description = "Distinct non-null values as a JSON array, keeping the first max (default"
        + " and ceiling 1048576) in make_set's canonical order.",
    example = "SELECT make_set(x, 2) FROM (VALUES (3389), (445), (139), (445)) AS t(x)",
    result = "[139,445]",
    dynamic = true)
public final class MakeSetWithMax {
  public SetAccumulator init() {
    return new SetAccumulator();
  }

  public SetAccumulator add(SetAccumulator acc, Object value, Integer max) {
    return acc.limit(max).add(value);
  }

  public SetAccumulator merge(SetAccumulator a, SetAccumulator b) {
    return a.merge(b);
  }

  public String result(SetAccumulator acc) {
    return acc.toJson();
  }
}
