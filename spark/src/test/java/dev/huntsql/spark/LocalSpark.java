package dev.huntsql.spark;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session (two cores, UTC) the tests share, the library in its extensions. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("huntsql-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.sql.extensions", HuntSqlExtensions.class.getName())
          .getOrCreate();
    }
    return session;
  }
}
