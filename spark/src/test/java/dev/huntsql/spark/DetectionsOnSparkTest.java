package dev.huntsql.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.engine.HuntOptions;
import dev.huntsql.engine.HuntSession;
import dev.huntsql.queries.Detection;
import dev.huntsql.queries.Detections;
import dev.huntsql.queries.SparkSql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped detection, run by huntsql and, rendered as Spark SQL, by Spark over the same
 * sample files, answers the same rows.
 */
class DetectionsOnSparkTest {
  private static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();

  @TestFactory
  Stream<DynamicTest> sameRowsOnSparkAsInHuntsql() {
    return Detections.all().stream()
        .map(d -> DynamicTest.dynamicTest(d.name(), () -> assertSameRows(d)));
  }

  private static void assertSameRows(Detection detection) throws Exception {
    List<List<String>> expected;
    try (HuntSession session = HuntSession.open(new HuntOptions(SAMPLE, null, false));
        Statement statement = session.connection().createStatement();
        ResultSet rows = session.executeQuery(statement, detection.sql())) {
      expected = ComparableRows.of(rows);
    }
    SparkSession spark = LocalSpark.session();
    for (String table : detection.header().getOrDefault("tables", "").split("[,\\s]+")) {
      if (!table.isBlank()) {
        Path file = SAMPLE.resolve(table + ".json");
        (Files.exists(file)
            ? DefenderTables.readExport(spark, table, file.toString())
            : spark.createDataFrame(List.of(), DefenderTables.schema(table)))
            .createOrReplaceTempView(table);
      }
    }
    List<List<String>> actual = ComparableRows.of(spark.sql(SparkSql.detection(detection.name())));
    assertTrue(expected.size() > 1, detection.name() + " finds nothing in the sample");
    assertEquals(expected.get(0), actual.get(0), "columns");
    assertEquals(expected.size(), actual.size(), "row count");
    for (int i = 1; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "row " + i);
    }
  }
}
