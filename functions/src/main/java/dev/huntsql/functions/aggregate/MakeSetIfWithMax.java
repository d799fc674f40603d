package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/**
 * KQL's {@code make_set_if(x, predicate, max)}: make_set with a cap over the rows whose predicate
 * is true.
 */
@HuntAggregate(
    name = "make_set_if",
    description = "make_set(x, max) over the rows where the predicate is true (a null "
        + "predicate counts as false).",
    example = "SELECT make_set_if(port, port < 1024, 1) FROM (VALUES (445), (3389), "
        + "(139)) AS t(port)",
    result = "[139]",
    dynamic = true)
public final class MakeSetIfWithMax {
  public SetAccumulator init() {
    return new SetAccumulator();
  }

  public SetAccumulator add(SetAccumulator acc, Object value, Boolean predicate, Integer max) {
    return Boolean.TRUE.equals(predicate) ? acc.limit(max).add(value) : acc;
  }

  public SetAccumulator merge(SetAccumulator a, SetAccumulator b) {
    return a.merge(b);
  }

  public String result(SetAccumulator acc) {
    return acc.toJson();
  }
}
