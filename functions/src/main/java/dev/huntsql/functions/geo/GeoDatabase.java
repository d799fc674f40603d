package dev.huntsql.functions.geo;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.InvalidNetworkException;
import com.maxmind.db.Networks;
import com.maxmind.db.Reader;
import dev.huntsql.functions.ip.IpAddresses;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One opened MMDB geo database (GeoIP2/GeoLite2 City or Country, or flat {@code country_code}).
 *
 * <p>Opening checks the file thoroughly (metadata, the first records, a few lookups) and fails
 * with an {@link IllegalArgumentException} naming the file, so a bad database is reported once,
 * at start-up; {@link #lookup} then never throws: an address the database does not know, any
 * lookup error give {@link GeoInfo#EMPTY}. A database read from a stream (the shipped default)
 * also answers EMPTY for every private, loopback, link-local, documentation or other never-global
 * address ({@link SpecialAddresses}), because the shipped data wrongly places some of them in
 * Australia; a user's own file is taken at its word, so a custom MMDB can name internal ranges.
 * Thread-safe.
 */
public final class GeoDatabase implements Closeable {
  /** Records examined at open to learn the layout. */
  private static final int PROBE_RECORDS = 1000;
  private static final String[] PROBE_V4 = {"1.1.1.1", "8.8.8.8", "81.2.69.160", "10.1.2.3"};
  private static final String[] PROBE_V6 = {"2001:4860:4860::8888", "2a02:d500::1", "::1"};

  private final Reader reader;
  private final GeoLayout layout;
  private final String source;
  private final boolean hidesSpecialAddresses;

  private GeoDatabase(Reader reader, GeoLayout layout, String source, boolean hidesSpecialAddresses) {
    this.reader = reader;
    this.layout = layout;
    this.source = source;
    this.hidesSpecialAddresses = hidesSpecialAddresses;
  }

  /**
   * Opens an MMDB file, memory-mapped.
   *
   * @throws IllegalArgumentException when the file is missing, unreadable, not an MMDB file,
   *     corrupt, or holds no country data
   */
  public static GeoDatabase open(Path path) {
    if (Files.isDirectory(path)) {
      throw new IllegalArgumentException("GeoIP database is a directory, not an .mmdb file: "
          + path);
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("GeoIP database not found: " + path);
    }
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException("GeoIP database is not readable: " + path);
    }
    Reader reader;
    try {
      reader = new Reader(path.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache());
    } catch (IOException | RuntimeException e) {
      throw invalid(path.toString(), e);
    }
    return probe(reader, path.toString(), false);
  }

  /**
   * Reads a whole MMDB stream into memory ({@code name} says where it came from, for messages).
   *
   * @throws IllegalArgumentException as {@link #open(Path)}
   */
  public static GeoDatabase read(InputStream in, String name) {
    Reader reader;
    try {
      reader = new Reader(in, new CHMCache());
    } catch (IOException | RuntimeException e) {
      throw invalid(name, e);
    }
    return probe(reader, name, true);
  }

  /** What {@code ip} (IPv4 or IPv6 text) is known as; {@link GeoInfo#EMPTY} when unknown. */
  public GeoInfo lookup(String ip) {
    if (ip == null) {
      return GeoInfo.EMPTY;
    }
    try {
      byte[] address = IpAddresses.toBytes(ip);
      if (address == null || (hidesSpecialAddresses && SpecialAddresses.isSpecial(address))) {
        return GeoInfo.EMPTY;
      }
      Map<?, ?> record = reader.get(InetAddress.getByAddress(address), Map.class);
      return record == null ? GeoInfo.EMPTY : layout.read(record);
    } catch (IOException | RuntimeException e) {
      // A record the reader cannot decode is, for one row, an unknown address.
      return GeoInfo.EMPTY;
    }
  }

  /** The record layout found at open. */
  public GeoLayout layout() {
    return layout;
  }

  /** Where the database came from: a file path or a classpath name. */
  public String source() {
    return source;
  }

  /** The database type from its metadata, e.g. {@code GeoLite2-City}. */
  public String databaseType() {
    return reader.getMetadata().getDatabaseType();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  @Override
  public String toString() {
    return source + " (" + databaseType() + ", " + layout + ")";
  }

  private static GeoDatabase probe(Reader reader, String source, boolean hidesSpecialAddresses) {
    String type = String.valueOf(reader.getMetadata().getDatabaseType());
    try {
      GeoLayout layout = detectLayout(reader, type);
      if (layout != null) {
        GeoDatabase database = new GeoDatabase(reader, layout, source, hidesSpecialAddresses);
        probeLookups(database, reader.getMetadata().getIpVersion() == 6);
        return database;
      }
    } catch (IOException | InvalidNetworkException | RuntimeException e) {
      closeQuietly(reader);
      throw invalid(source, e);
    }
    closeQuietly(reader);
    throw new IllegalArgumentException("GeoIP database " + source + " (type " + type
        + ") holds no country data: expected a GeoIP2/GeoLite2 City or Country database,"
        + " or records with a country_code");
  }

  /** The layout of the first record that shows one, or null when none does. */
  @SuppressWarnings("rawtypes")
  private static GeoLayout detectLayout(Reader reader, String type)
      throws IOException, InvalidNetworkException {
    Networks<Map> networks = reader.networks(false, Map.class);
    int seen = 0;
    while (seen < PROBE_RECORDS && networks.hasNext()) {
      DatabaseRecord<Map> record = networks.next();
      seen++;
      GeoLayout layout = record.getData() == null ? null : GeoLayout.of(record.getData());
      if (layout != null) {
        return layout;
      }
    }
    // An empty City or Country database is valid; it just knows no address.
    return seen == 0 && (type.contains("City") || type.contains("Country")) ? GeoLayout.MAXMIND
        : null;
  }

  /** Looks up a few addresses the way rows will, so decoding errors show now, not per row. */
  private static void probeLookups(GeoDatabase database, boolean ipv6) throws IOException {
    for (String ip : PROBE_V4) {
      lookupStrictly(database, ip);
    }
    if (ipv6) {
      for (String ip : PROBE_V6) {
        lookupStrictly(database, ip);
      }
    }
  }

  private static void lookupStrictly(GeoDatabase database, String ip) throws IOException {
    byte[] address = IpAddresses.toBytes(ip);
    if (address == null) {
      throw new IllegalStateException("probe address does not parse: " + ip);
    }
    Map<?, ?> record = database.reader.get(InetAddress.getByAddress(address), Map.class);
    if (record != null) {
      database.layout.read(record);
    }
  }

  private static IllegalArgumentException invalid(String source, Exception cause) {
    String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return new IllegalArgumentException("Not a valid MaxMind DB (.mmdb) GeoIP database: " + source
        + " (" + reason + ")", cause);
  }

  private static void closeQuietly(Reader reader) {
    try {
      reader.close();
    } catch (IOException ignored) {
      // Already failing with a clearer message.
    }
  }
}
