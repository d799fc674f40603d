package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/** KQL's {@code make_set_if(x, predicate)}: make_set over the rows whose predicate is true. */
@HuntAggregate(
    name = "make_set_if",
    description = "make_set over the rows where the predicate is true (a null predicate "
        + "counts as false).",
    example = "SELECT make_set_if(port, proto = 'Tcp') FROM (VALUES (445, 'Tcp'), (53, "
        + "'Udp'), (139, 'Tcp')) AS t(port, proto)",
    result = "[139,445]",
    dynamic = true)
public final class MakeSetIf {
  public SetAccumulator init() {
    return new SetAccumulator();
  }

  public SetAccumulator add(SetAccumulator acc, Object value, Boolean predicate) {
    return Boolean.TRUE.equals(predicate) ? acc.add(value) : acc;
  }

  public SetAccumulator merge(SetAccumulator a, SetAccumulator b) {
    return a.merge(b);
  }

  public String result(SetAccumulator acc) {
    return acc.toJson();
  }
}
