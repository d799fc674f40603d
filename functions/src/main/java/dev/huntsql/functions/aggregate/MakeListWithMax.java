package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/** KQL's {@code make_list(x, max)}: make_list keeping the first {@code max} elements. */
@HuntAggregate(
    name = "make_list",
    description = "The first max (default and ceiling 1048576) non-null values as a JSON "
        + "array in arrival order.",
    example = "SELECT make_list(x, 2) FROM (VALUES (445), (139), (445)) AS t(x)",
    result = "[445,139]",
    dynamic = true)
public final class MakeListWithMax {
  public ListAccumulator init() {
    return new ListAccumulator();
  }

  public ListAccumulator add(ListAccumulator acc, Object value, Integer max) {
    return acc.limit(max).add(value);
  }

  public ListAccumulator merge(ListAccumulator a, ListAccumulator b) {
    return a.merge(b);
  }

  public String result(ListAccumulator acc) {
    return acc.toJson();
  }
}
