package dev.huntsql.bench;

/**
 * One line of the report: a query on a data set, first or warm, timed on both engines.
 *
 * @param run {@code first} (a new session's first run, cold cache) or {@code warm} (its second run)
 * @param huntsql seconds (the best of the repetitions), or NaN when not run
 * @param duckdb seconds (the best of the repetitions), or NaN when not run
 * @param heapMb huntsql's peak heap during the query's runs, or -1
 * @param rssMb the process's peak resident set during huntsql's runs, or -1
 */
record Measurement(String query, String data, String run, double huntsql, double duckdb, long megabytes,
    long heapMb, long rssMb, String check) {
  double ratio() {
    return huntsql / duckdb;
  }

  double huntsqlMbPerSecond() {
    return megabytes / huntsql;
  }

  double duckdbMbPerSecond() {
    return megabytes / duckdb;
  }
}
