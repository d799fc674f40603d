package dev.huntsql.functions.aggregate;

import dev.huntsql.functions.HuntAggregate;

/** KQL's {@code countif(predicate)}: the number of rows whose predicate is true. */
@HuntAggregate(
    name = "countif",
    description = "Number of rows where the predicate is true (a null predicate counts as "
        + "false).",
    example = "SELECT countif(port = 445) FROM (VALUES (445), (139), (445), (CAST(NULL "
        + "AS INTEGER))) AS t(port)",
    result = "2")
public final class CountIf {
  public Long init() {
    return 0L;
  }

  public Long add(Long acc, Boolean predicate) {
    return Boolean.TRUE.equals(predicate) ? acc + 1 : acc;
  }

  public Long merge(Long a, Long b) {
    return a + b;
  }

  public Long result(Long acc) {
    return acc;
  }
}
