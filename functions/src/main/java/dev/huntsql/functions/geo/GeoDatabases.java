package dev.huntsql.functions.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Holds the one geo database the geo functions use in this JVM.
 *
 * <p>One database is active per JVM (SQL functions are static, so they cannot carry a per-query
 * database): {@link #use} replaces it for every later lookup, in every thread. Until something
 * is set, the first lookup opens the shipped default.
 *
 * <p>The shipped default, {@value #DEFAULT_RESOURCE}, is {@code geo-whois-asn-country.mmdb}
 * from the npm package {@code @ip-location-db/geo-whois-asn-country-mmdb} (by sapics, CC0-1.0;
 * its data comes from RIR whois and ASN data published by the NRO under CC BY 4.0, and from
 * public geofeeds); see the NOTICE file. It has only a {@code country_code} per network, so with
 * it {@code geo_city} is always {@code ""} and the bag holds only the country. It is read from
 * the classpath into memory (about 8 MB) on first use.
 */
public final class GeoDatabases {
  /** Classpath location of the shipped country database. */
  public static final String DEFAULT_RESOURCE = "/dev/huntsql/functions/geo/default-country.mmdb";

  private static final Object LOCK = new Object();
  private static volatile GeoDatabase active;
  /** Counts {@link #use} calls, so that answers kept from an earlier database can be told apart. */
  private static volatile long version;

  private GeoDatabases() {}

  /**
   * Makes {@code database} the one every geo function uses from now on. The previous database
   * is not closed, because queries running in other threads may still be reading it.
   */
  public static void use(GeoDatabase database) {
    if (database == null) {
      throw new IllegalArgumentException("geo database must not be null");
    }
    synchronized (LOCK) {
      active = database;
      version++;
    }
  }

  /** Changes whenever another database is put in use. */
  public static long version() {
    return version;
  }

  /** The active database, opening the shipped default when none was set. */
  public static GeoDatabase active() {
    GeoDatabase current = active;
    if (current != null) {
      return current;
    }
    synchronized (LOCK) {
      if (active == null) {
        active = openDefault();
      }
      return active;
    }
  }

  /**
   * Opens a fresh copy of the shipped default database.
   *
   * @throws IllegalStateException when the resource is missing from the classpath (a packaging
   *     error, so it is loud rather than an empty answer on every row)
   */
  public static GeoDatabase openDefault() {
    try (InputStream in = GeoDatabases.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default geo database is missing from the classpath: "
            + DEFAULT_RESOURCE);
      }
      return GeoDatabase.read(in, "classpath:" + DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }
}
