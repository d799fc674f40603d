package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/** KQL's {@code make_list_if(x, predicate)}: make_list over the rows whose predicate is true. */
@HuntAggregate(
    name = "make_list_if",
    description = "make_list over the rows where the predicate is true (a null predicate "
        + "counts as false).",
    example = "SELECT make_list_if(port, proto = 'Tcp') FROM (VALUES (445, 'Tcp'), (53,"
        + " 'Udp'), (445, 'Tcp')) AS t(port, proto)",
    result = "[445,445]",
    dynamic = true)
public final class MakeListIf {
  public ListAccumulator init() {
    return new ListAccumulator();
  }

  public ListAccumulator add(ListAccumulator acc, Object value, Boolean predicate) {
    return Boolean.TRUE.equals(predicate) ? acc.add(value) : acc;
  }

  public ListAccumulator merge(ListAccumulator a, ListAccumulator b) {
    return a.merge(b);
  }

  public String result(ListAccumulator acc) {
    return acc.toJson();
  }
}
