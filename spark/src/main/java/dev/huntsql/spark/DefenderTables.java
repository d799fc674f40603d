package dev.huntsql.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads Defender tables into Spark with the column types Microsoft documents (the table huntsql
 * itself uses): plain exports, one event per line, and Streaming-API storage-account folders.
 */
public final class DefenderTables {
  private static final String RESOURCE = "/dev/huntsql/engine/schema/defender-tables.tsv";
  private static volatile Map<String, Table> tables;

  /** A documented table: its name as Microsoft spells it, and its columns. */
  private record Table(String name, StructType schema) {}

  private DefenderTables() {}

  /**
   * The documented schema of {@code table} (any letter case): ports INT, ids BIGINT, datetimes
   * TIMESTAMP, and dynamic columns such as AdditionalFields as JSON text.
   *
   * @throws IllegalArgumentException for a table Microsoft does not document
   */
  public static StructType schema(String table) {
    return table(table).schema();
  }

  private static Table table(String name) {
    Table table = all().get(name.toLowerCase(Locale.ROOT));
    if (table == null) {
      throw new IllegalArgumentException("not a documented Defender table: " + name);
    }
    return table;
  }

  /** The documented table names. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    all().values().forEach(t -> names.add(t.name()));
    return names;
  }

  /** Events of {@code table} from JSON-lines exports (one event object per line). */
  public static Dataset<Row> readExport(SparkSession spark, String table, String... paths) {
    return spark.read().schema(schema(table)).json(paths);
  }

  /**
   * Events of {@code table} from a Streaming-API storage account, or a copy of one: the records
   * under {@code <root>/insights-logs-advancedhunting-<table>/.../PT1H.json}.
   */
  public static Dataset<Row> readStreaming(SparkSession spark, String table, String root) {
    String container = table(table).name().toLowerCase(Locale.ROOT);
    return readStreamingRecords(spark, table,
        root.replaceAll("/+$", "") + "/insights-logs-advancedhunting-" + container);
  }

  /**
   * Events of {@code table} from Streaming-API records ({@code {"time", "tenantId", "category",
   * "properties": {...}}}, one per line) in these files or folders, read recursively so that the
   * {@code y=/m=/d=/h=/m=} folder names are not taken as partitions. Only records whose
   * {@code category} names the table are kept.
   */
  public static Dataset<Row> readStreamingRecords(SparkSession spark, String table,
      String... paths) {
    Table documented = table(table);
    StructType records = new StructType()
        .add("time", DataTypes.StringType)
        .add("tenantId", DataTypes.StringType)
        .add("category", DataTypes.StringType)
        .add("properties", documented.schema());
    return spark.read().schema(records)
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.json")
        .json(paths)
        .where(functions.lower(functions.col("category"))
            .equalTo("advancedhunting-" + documented.name().toLowerCase(Locale.ROOT)))
        .select("properties.*");
  }

  private static Map<String, Table> all() {
    Map<String, Table> loaded = tables;
    if (loaded == null) {
      loaded = load();
      tables = loaded;
    }
    return loaded;
  }

  private static Map<String, Table> load() {
    Map<String, List<StructField>> fields = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    try (InputStream in = DefenderTables.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String[] cells = line.split("\t");
        if (line.startsWith("#") || cells.length < 3) {
          continue;
        }
        String key = cells[0].toLowerCase(Locale.ROOT);
        names.putIfAbsent(key, cells[0]);
        fields.computeIfAbsent(key, k -> new ArrayList<>())
            .add(DataTypes.createStructField(cells[1], type(cells[2]), true));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Table> out = new LinkedHashMap<>();
    fields.forEach((key, list) ->
        out.put(key, new Table(names.get(key), DataTypes.createStructType(list))));
    return out;
  }

  private static DataType type(String kusto) {
    return switch (kusto.toLowerCase(Locale.ROOT)) {
      case "int" -> DataTypes.IntegerType;
      case "long" -> DataTypes.LongType;
      case "real", "double", "decimal" -> DataTypes.DoubleType;
      case "bool", "boolean" -> DataTypes.BooleanType;
      case "datetime" -> DataTypes.TimestampType;
      default -> DataTypes.StringType;
    };
  }
}
