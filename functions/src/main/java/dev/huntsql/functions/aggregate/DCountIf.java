package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/** KQL's {@code dcountif(x, predicate)}: dcount over the rows whose predicate is true. */
@HuntAggregate(
    name = "dcountif",
    description = "dcount over the rows where the predicate is true (a null predicate "
        + "counts as false).",
    example = "SELECT dcountif(ip, ok) FROM (VALUES ('10.0.0.1', TRUE), ('10.0.0.2', "
        + "FALSE), ('10.0.0.1', TRUE)) AS t(ip, ok)",
    result = "1")
public final class DCountIf {
  public DistinctCounter init() {
    return new DistinctCounter();
  }

  public DistinctCounter add(DistinctCounter acc, Object value, Boolean predicate) {
    return Boolean.TRUE.equals(predicate) ? acc.add(value) : acc;
  }

  public DistinctCounter merge(DistinctCounter a, DistinctCounter b) {
    return a.merge(b);
  }

  public Long result(DistinctCounter acc) {
    return acc.count();
  }
}
