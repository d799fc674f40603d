package dev.huntsql.shell.output;

import java.util.List;

/**
 * A result kept after it was printed, for {@code .chart}: its columns, its first rows and how
 * many rows it had in all.
 *
 * @param columns the result's columns
 * @param rows the rows kept (at most {@link #KEPT_ROWS})
 * @param total how many rows the result had
 */
public record ResultTable(List<ResultColumn> columns, List<Object[]> rows, long total) {
  /** Rows kept for a chart; a chart of more bars than this would not be read anyway. */
  public static final int KEPT_ROWS = 100_000;

  /** The index of the column with this name (any letter case), or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).label().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
