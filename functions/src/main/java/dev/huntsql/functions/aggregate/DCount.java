package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/**
 * KQL's {@code dcount(x)}: the number of distinct non-null values, exact when small, else
 * estimated.
 */
@HuntAggregate(
    name = "dcount",
    description = "Number of distinct non-null values: exact up to 4096 values, then a "
        + "HyperLogLog estimate with about 0.8% standard error.",
    example = "SELECT dcount(x) FROM (VALUES (445), (139), (445), (CAST(NULL AS "
        + "INTEGER))) AS t(x)",
    result = "2")
public final class DCount {
  public DistinctCounter init() {
    return new DistinctCounter();
  }

  public DistinctCounter add(DistinctCounter acc, Object value) {
    return acc.add(value);
  }

  public DistinctCounter merge(DistinctCounter a, DistinctCounter b) {
    return a.merge(b);
  }

  public Long result(DistinctCounter acc) {
    return acc.count();
  }
}
