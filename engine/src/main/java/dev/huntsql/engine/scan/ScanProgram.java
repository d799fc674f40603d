package dev.huntsql.engine.scan;

import org.apache.calcite.linq4j.function.Function1;

/**
 * What a query asks a scan to do with each record beyond reading its columns.
 *
 * @param rows turns a row of the read columns into the query's row, or null to drop it; null for
 *     the row as read
 * @param outputKey names the rows {@code rows} makes of a piece of a file, to keep them in the
 *     column cache for the same query run again; null when they are not kept
 * @param lines skips JSON lines that no record of can pass {@code rows}' filter; null for none
 */
public record ScanProgram(Function1<Object[], Object[]> rows, String outputKey, LineFilter lines) {
  /** Every row as read. */
  public static final ScanProgram NONE = new ScanProgram(null, null, null);
}
