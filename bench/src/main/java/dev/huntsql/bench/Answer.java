package dev.huntsql.bench;

import java.util.List;

/**
 * What one run of a query returned, every value as text, and how long it took from sending the
 * query to reading its last row.
 */
record Answer(List<String> columns, List<List<String>> rows, long nanos) {
  double seconds() {
    return nanos / 1e9;
  }
}
