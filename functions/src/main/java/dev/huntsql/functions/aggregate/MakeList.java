package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/** KQL's {@code make_list(x)}: every non-null value of x as a JSON array in arrival order. */
@HuntAggregate(
    name = "make_list",
    description = "All non-null values as a JSON array in arrival order (defined only when "
        + "the input is ordered); JSON array text is flattened into its elements.",
    example = "SELECT make_list(x) FROM (VALUES (445), (139), (445)) AS t(x)",
    result = "[445,139,445]",
    dynamic = true)
public final class MakeList {
  public ListAccumulator init() {
    return new ListAccumulator();
  }

  public ListAccumulator add(ListAccumulator acc, Object value) {
    return acc.add(value);
  }

  public ListAccumulator merge(ListAccumulator a, ListAccumulator b) {
    return a.merge(b);
  }

  public String result(ListAccumulator acc) {
    return acc.toJson();
  }
}
