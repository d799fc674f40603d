package dev.huntsql.engine;

import java.nio.file.Path;

/**
 * How a huntsql session is set up.
 *
 * @param data the folder of event files
 * @param geoip a MaxMind-format (MMDB) database for the geo functions, or null for the shipped one
 * @param strict true to fail on the first bad record instead of skipping it
 */
public record HuntOptions(Path data, Path geoip, boolean strict) {
  public HuntOptions withData(Path folder) {
    return new HuntOptions(folder, geoip, strict);
  }

  public HuntOptions withGeoip(Path database) {
    return new HuntOptions(data, database, strict);
  }
}
