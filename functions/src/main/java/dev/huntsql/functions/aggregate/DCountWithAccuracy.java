package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/** KQL's {@code dcount(x, accuracy)}: dcount at one of Kusto's five accuracy levels. */
@HuntAggregate(
    name = "dcount",
    description = "dcount at accuracy 0..4: standard error 1.6%, 0.8%, 0.4%, 0.28%, 0.2%; "
        + "exact up to 1024, 4096, 16384, 32768, 65536 values.",
    example = "SELECT dcount(ip, 0) FROM (VALUES ('10.0.0.1'), ('10.0.0.2'), "
        + "('10.0.0.1')) AS t(ip)",
    result = "2")
public final class DCountWithAccuracy {
  public DistinctCounter init() {
    return new DistinctCounter();
  }

  public DistinctCounter add(DistinctCounter acc, Object value, Integer accuracy) {
    return acc.accuracy(accuracy).add(value);
  }

  public DistinctCounter merge(DistinctCounter a, DistinctCounter b) {
    return a.merge(b);
  }

  public Long result(DistinctCounter acc) {
    return acc.count();
  }
}
