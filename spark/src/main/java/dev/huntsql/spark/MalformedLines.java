package dev.huntsql.spark;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The lines of JSON-lines exports that are not JSON objects (a cut line, stray text), which
 * {@link DefenderTables#readExport} leaves out, counted file by file. Spark says which file, not
 * which line; counting them reads the files once more.
 */
final class MalformedLines {
  private MalformedLines() {}

  /** File URI to its number of malformed lines, for the files that have any. */
  static Map<String, Long> count(SparkSession spark, String table, String... paths) {
    StructType schema = DefenderTables.schema(table);
    Map<String, Long> counts = new TreeMap<>();
    for (Row row : DefenderTables.reader(spark, LenientValues.asRead(schema)).json(paths)
        .where(functions.col(DefenderTables.MALFORMED).isNotNull())
        .groupBy(functions.input_file_name())
        // Counting a column of the event too keeps Spark from refusing a scan of the
        // malformed-line column alone.
        .agg(functions.count(functions.lit(1)), functions.count(schema.fields()[0].name()))
        .collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  /** One line for a warning: how many lines of {@code table} were left out, and from which files. */
  static String describe(String table, Map<String, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return total + " malformed line" + (total == 1 ? "" : "s") + " (not a JSON object) left out of "
        + table + ": " + counts.entrySet().stream()
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", "));
  }
}
