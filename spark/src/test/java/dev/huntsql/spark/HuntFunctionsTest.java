package dev.huntsql.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import dev.huntsql.functions.geo.GeoDatabases;
import dev.huntsql.queries.SparkSql;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What registration promises beyond the examples: names, arities, clock, geo, aggregates. */
class HuntFunctionsTest {
  private static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();

  @Test
  void everyLibraryNameIsASparkFunctionWithItsDescription() {
    SparkSession spark = LocalSpark.session();
    List<String> names = HuntFunctions.names();
    assertTrue(names.size() > 60, names.toString());
    for (String name : names) {
      assertTrue(spark.catalog().functionExists(name), name);
    }
    String usage = spark.sql("DESCRIBE FUNCTION ipv4_is_private").collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.joining("\n"));
    assertTrue(usage.contains("ipv4_is_private"), usage);
    assertTrue(usage.contains("private"), usage);
  }

  @Test
  void registeringExplicitlyReplacesTheExtensionsPlaceholders() {
    SparkSession fresh = LocalSpark.session().newSession();
    HuntFunctions.register(fresh);
    Row row = fresh.sql("SELECT has_any('net.exe localgroup', 'whoami', 'localgroup'),"
        + " bin(TIMESTAMP '2025-09-01 13:47:12', '1h'), bin(7, 5),"
        + " ipv4_is_match('10.0.0.1', '10.0.0.9', 24)").first();
    assertEquals(true, row.getBoolean(0));
    assertEquals("2025-09-01T13:00:00Z", row.getTimestamp(1).toInstant().toString());
    assertEquals(5L, row.getLong(2));
    assertEquals(true, row.getBoolean(3));
  }

  @Test
  void strcatTakesUpTo64ArgumentsLikeKusto() {
    String args64 = IntStream.range(0, 64).mapToObj(i -> "'" + (i % 10) + "'")
        .collect(Collectors.joining(", "));
    Row row = LocalSpark.session().sql("SELECT strcat(" + args64 + "), strcat(" + args64
        + ", 'x'), strcat_delim('-', 1, 2.5, true, NULL)").first();
    assertEquals(64, row.getString(0).length());
    assertNull(row.get(1));
    assertEquals("1-2.5-true-", row.getString(2));
  }

  @Test
  void anArgumentCountNoOverloadTakesIsAnAnalysisError() {
    Exception e = assertThrows(Exception.class,
        () -> LocalSpark.session().sql("SELECT ipv4_is_private('1.1.1.1', 2, 3)").collect());
    assertTrue(String.valueOf(e.getMessage()).contains("ipv4_is_private"), e.getMessage());
  }

  @Test
  void nowAndAgoReadOneInstantPerQuery() {
    Row row = LocalSpark.session().sql("SELECT count(DISTINCT now()), count(DISTINCT ago('1h')),"
        + " max(datetime_diff('second', now(), current_timestamp())) FROM range(0, 200000, 1, 4)")
        .first();
    assertEquals(1L, row.getLong(0));
    assertEquals(1L, row.getLong(1));
    assertEquals(0L, row.getLong(2));
  }

  @Test
  void aggregatesOverTheSampleAsInHuntsql() throws Exception {
    String sql = "SELECT DeviceName, make_set(RemoteIP) AS ips, make_set(RemotePort) AS ports,"
        + " make_list(LocalPort) AS local_ports, dcount(RemoteIP) AS d, dcount(RemoteIP, 4) AS d4,"
        + " countif(RemotePort = 445) AS smb, dcountif(RemoteIP, RemotePort = 445) AS smb_ips,"
        + " make_set_if(ActionType, LocalPort > 1000) AS actions,"
        + " make_list_if(Protocol, RemotePort = 445) AS protocols,"
        + " make_set(LocalPort > 1000) AS flags,"
        + " make_set(InitiatingProcessFileName, 100) AS names"
        + " FROM DeviceNetworkEvents GROUP BY DeviceName";
    List<List<String>> expected;
    try (HuntSession session = HuntSession.open(new HuntOptions(SAMPLE, null, false));
        Statement statement = session.connection().createStatement();
        ResultSet rows = session.executeQuery(statement, sql)) {
      expected = ComparableRows.of(rows);
    }
    SparkSession spark = LocalSpark.session();
    String file = SAMPLE.resolve("DeviceNetworkEvents.json").toString();
    DefenderTables.readExport(spark, "DeviceNetworkEvents", file)
        .createOrReplaceTempView("DeviceNetworkEvents");
    List<List<String>> actual = ComparableRows.of(spark.sql(SparkSql.render(sql)));
    assertTrue(expected.size() > 3, expected.toString());
    assertEquals(expected, actual);
  }

  /**
   * Datetimes in a set print as Kusto prints them in dynamic values. (huntsql's engine hands an
   * aggregate a TIMESTAMP as epoch milliseconds today, so it answers [1756684800000] here.)
   */
  @Test
  void aSetOfDatetimesHoldsIsoText() {
    Row row = LocalSpark.session().sql("SELECT make_set(startofday(t)) FROM VALUES"
        + " (TIMESTAMP '2025-09-01 08:00:00'), (TIMESTAMP '2025-09-01 09:30:00') AS v(t)").first();
    assertEquals("[\"2025-09-01T00:00:00Z\"]", row.getString(0));
  }

  @Test
  void aGeoDatabaseFileIsShippedToTheExecutors(@TempDir Path dir) throws Exception {
    Path mmdb = dir.resolve("countries.mmdb");
    try (InputStream in = GeoDatabases.class.getResourceAsStream(GeoDatabases.DEFAULT_RESOURCE)) {
      Files.copy(in, mmdb);
    }
    SparkSession spark = LocalSpark.session();
    HuntFunctions.register(spark, mmdb.toUri().toString());
    try {
      Row row = spark.sql("SELECT geo_country_code('8.8.8.8'), geo_country('8.8.8.8')"
          + " FROM range(0, 10, 1, 2) GROUP BY 1, 2").first();
      assertEquals("US", row.getString(0));
      assertEquals("United States", row.getString(1));
    } finally {
      GeoDatabases.use(GeoDatabases.openDefault());
      HuntFunctions.register(spark);
    }
  }

  @Test
  void aBadGeoDatabaseFailsAtRegistration(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.mmdb"), "not a database");
    assertThrows(IllegalArgumentException.class,
        () -> HuntFunctions.register(LocalSpark.session(), bad.toString()));
  }
}
