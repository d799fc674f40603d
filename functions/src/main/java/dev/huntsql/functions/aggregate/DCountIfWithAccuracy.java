package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/** KQL's {@code dcountif(x, predicate, accuracy)}: dcountif at one of Kusto's accuracy levels. */
@HuntAggregate(
    name = "dcountif",
    description = "dcount(x, accuracy) over the rows where the predicate is true (a null "
        + "predicate counts as false).",
    example = "SELECT dcountif(ip, ok, 4) FROM (VALUES ('10.0.0.1', TRUE), ('10.0.0.2',"
        + " TRUE), ('10.0.0.1', FALSE)) AS t(ip, ok)",
    result = "2")
public final class DCountIfWithAccuracy {
  public DistinctCounter init() {
    return new DistinctCounter();
  }

  public DistinctCounter add(
      DistinctCounter acc, Object value, Boolean predicate, Integer accuracy) {
    return Boolean.TRUE.equals(predicate) ? acc.accuracy(accuracy).add(value) : acc;
  }

  public DistinctCounter merge(DistinctCounter a, DistinctCounter b) {
    return a.merge(b);
  }

  public Long result(DistinctCounter acc) {
    return acc.count();
  }
}
