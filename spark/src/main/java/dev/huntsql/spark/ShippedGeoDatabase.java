package dev.huntsql.spark;

import dev.huntsql.functions.geo.GeoDatabase;
import dev.huntsql.functions.geo.GeoDatabases;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;

/**
 * The geo database a job shipped with {@code SparkContext.addFile}, opened once per executor JVM
 * on first use (a database cannot be serialised into a UDF, its file name can).
 */
final class ShippedGeoDatabase {
  private static final Object LOCK = new Object();
  private static volatile String opened;

  private ShippedGeoDatabase() {}

  /** Makes the shipped file {@code fileName} this JVM's geo database, unless it already is. */
  static void open(String fileName) {
    if (fileName.equals(opened)) {
      return;
    }
    synchronized (LOCK) {
      if (!fileName.equals(opened)) {
        GeoDatabases.use(GeoDatabase.open(Path.of(SparkFiles.get(fileName))));
        opened = fileName;
      }
    }
  }
}
