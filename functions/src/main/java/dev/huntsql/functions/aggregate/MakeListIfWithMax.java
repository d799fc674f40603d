package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/**
 * KQL's {@code make_list_if(x, predicate, max)}: make_list with a cap over the rows whose
 * predicate is true.
 */
@HuntAggregate(
    name = "make_list_if",
    description = "make_list(x, max) over the rows where the predicate is true (a null "
        + "predicate counts as false).",
    example = "SELECT make_list_if(port, port < 1024, 1) FROM (VALUES (3389), (445), "
        + "(139)) AS t(port)",
    result = "[445]",
    dynamic = true)
public final class MakeListIfWithMax {
  public ListAccumulator init() {
    return new ListAccumulator();
  }

  public ListAccumulator add(ListAccumulator acc, Object value, Boolean predicate, Integer max) {
    return Boolean.TRUE.equals(predicate) ? acc.limit(max).add(value) : acc;
  }

  public ListAccumulator merge(ListAccumulator a, ListAccumulator b) {
    return a.merge(b);
  }

  public String result(ListAccumulator acc) {
    return acc.toJson();
  }
}
