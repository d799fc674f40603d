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
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
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
  private static final String CONTAINER_PREFIX = "insights-logs-advancedhunting-";
  /** The column that holds a line Spark's JSON reader could not parse. */
  static final String MALFORMED = "_corrupt_record";
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

  /**
   * Events of {@code table} from JSON-lines exports (one event object per line), values read as
   * huntsql reads them ({@link LenientValues}); a line that is not a JSON object is left out.
   */
  public static Dataset<Row> readExport(SparkSession spark, String table, String... paths) {
    StructType schema = schema(table);
    return wellFormed(reader(spark, LenientValues.asRead(schema)).json(paths), schema)
        .select(LenientValues.typed(schema, ""));
  }

  /**
   * Events of {@code table} from a Streaming-API storage account, or a copy of one: the records
   * under {@code <root>/insights-logs-advancedhunting-<table>/.../PT1H.json}.
   *
   * @throws IllegalArgumentException when there is no such folder (it names the folder expected)
   */
  public static Dataset<Row> readStreaming(SparkSession spark, String table, String root) {
    String name = table(table).name();
    String container = root.replaceAll("/+$", "") + "/" + CONTAINER_PREFIX
        + name.toLowerCase(Locale.ROOT);
    if (!exists(spark, container)) {
      throw new IllegalArgumentException("no folder " + container + ": readStreaming reads the"
          + " Streaming API's container for " + name + " there; to take " + name + " records from"
          + " every folder under " + root + " by their category, use readStreamingRecords(spark, \""
          + name + "\", \"" + root + "\")");
    }
    return readStreamingRecords(spark, table, container);
  }

  /**
   * Events of {@code table} from Streaming-API records in these files or folders, read
   * recursively so that the {@code y=/m=/d=/h=/m=} folder names are not taken as partitions.
   * A line is a record ({@code {"time", "tenantId", "category", "properties": {...}}}) or an Event
   * Hubs batch of them ({@code {"records": [...]}}); only the records whose {@code category}
   * names the table are kept, wherever they are.
   */
  public static Dataset<Row> readStreamingRecords(SparkSession spark, String table,
      String... paths) {
    Table documented = table(table);
    StructType record = new StructType()
        .add("category", DataTypes.StringType)
        .add("properties", LenientValues.asRead(documented.schema()));
    StructType line = record.add("records", DataTypes.createArrayType(record));
    Column records = functions.coalesce(functions.col("records"), functions.array(
        functions.struct(functions.col("category"), functions.col("properties"))));
    return reader(spark, line)
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.json")
        .json(paths)
        .select(functions.explode(records).as("record"))
        .where(functions.lower(functions.col("record.category"))
            .equalTo("advancedhunting-" + documented.name().toLowerCase(Locale.ROOT)))
        .select(LenientValues.typed(documented.schema(), "record.properties."));
  }

  /** Spark's JSON reader under {@code schema}, the text of a line it cannot parse in {@link #MALFORMED}. */
  static DataFrameReader reader(SparkSession spark, StructType schema) {
    return spark.read()
        .schema(schema.add(MALFORMED, DataTypes.StringType))
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", MALFORMED);
  }

  /**
   * The lines Spark could parse: with every column read as text only a line that is not a JSON
   * object sets {@link #MALFORMED}, and its columns are all NULL. Testing the first column too
   * says the same and keeps Spark from refusing a scan of the malformed-line column alone (as
   * it does for {@code count(*)}).
   */
  private static Dataset<Row> wellFormed(Dataset<Row> lines, StructType schema) {
    return lines.where(functions.col(MALFORMED).isNull()
        .or(functions.col(schema.fields()[0].name()).isNotNull()));
  }

  private static boolean exists(SparkSession spark, String location) {
    Path path = new Path(location);
    try {
      FileStatus[] found = path.getFileSystem(spark.sparkContext().hadoopConfiguration())
          .globStatus(path);
      return found != null && found.length > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for " + location + ": " + e.getMessage(), e);
    }
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
