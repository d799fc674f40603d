package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/**
 * KQL's {@code make_set(x)}: the distinct non-null values of x as a JSON array in canonical
 * order.
 */
@HuntAggregate(
    name = "make_set",
    description = "Distinct non-null values as a JSON array: numbers ascending, then "
        + "strings (ordinal), then false, true, arrays, objects; JSON array text is"
        + " flattened into its elements.",
    example = "SELECT make_set(x) FROM (VALUES (445), (139), (445), (CAST(NULL AS "
        + "INTEGER))) AS t(x)",
    result = "[139,445]",
    dynamic = true)
public final class MakeSet {
  public SetAccumulator init() {
    return new SetAccumulator();
  }

  public SetAccumulator add(SetAccumulator acc, Object value) {
    return acc.add(value);
  }

  public SetAccumulator merge(SetAccumulator a, SetAccumulator b) {
    return a.merge(b);
  }

  public String result(SetAccumulator acc) {
    return acc.toJson();
  }
}
