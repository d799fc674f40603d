package dev.huntsql.functions.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoDatabaseTest {
  @TempDir
  Path dir;

  private static Map<String, Object> names(String english) {
    return Map.of("names", Map.of("en", english, "de", english + "-de"));
  }

  private static byte[] cityDatabase() {
    return new TinyMmdb("GeoLite2-City")
        .add("81.2.69.0/24", Map.of(
            "country", Map.of("iso_code", "GB", "names", Map.of("en", "United Kingdom")),
            "registered_country", Map.of("iso_code", "GB"),
            "subdivisions", List.of(names("England"), names("Greater London")),
            "city", names("London"),
            "location", Map.of("latitude", 51.5142, "longitude", -0.0931)))
        .add("67.43.156.0/24", Map.of(
            "registered_country", Map.of("iso_code", "RO", "names", Map.of("en", "Romania")),
            "traits", Map.of("is_anonymous_proxy", true)))
        .add("2.3.3.0/24", Map.of("continent", Map.of("code", "EU")))
        .add("5.5.5.0/24", Map.of("country", Map.of("iso_code", "DE")))
        .build();
  }

  private GeoDatabase write(byte[] mmdb) throws IOException {
    Path file = dir.resolve("test.mmdb");
    Files.write(file, mmdb);
    return GeoDatabase.open(file);
  }

  @Test
  void maxmindCityRecords() throws IOException {
    try (GeoDatabase db = write(cityDatabase())) {
      assertEquals(GeoLayout.MAXMIND, db.layout());
      assertEquals("GeoLite2-City", db.databaseType());
      GeoInfo london = db.lookup("81.2.69.160");
      assertEquals("United Kingdom", london.country());
      assertEquals("GB", london.countryCode());
      assertEquals("England", london.state());
      assertEquals("London", london.city());
      assertEquals(51.5142, london.latitude());
      assertEquals(-0.0931, london.longitude());
      assertEquals("{\"country\":\"United Kingdom\",\"state\":\"England\",\"city\":\"London\","
          + "\"latitude\":51.5142,\"longitude\":-0.0931}", london.toJson());
    }
  }

  @Test
  void partialRecordsGiveOnlyWhatIsKnown() throws IOException {
    try (GeoDatabase db = write(cityDatabase())) {
      GeoInfo proxy = db.lookup("67.43.156.1");
      assertEquals("Romania", proxy.country(), "registered_country stands in for country");
      assertEquals("{\"country\":\"Romania\"}", proxy.toJson());
      assertEquals("{}", db.lookup("2.3.3.3").toJson());
      GeoInfo codeOnly = db.lookup("5.5.5.5");
      assertEquals("Germany", codeOnly.country(), "name from the ISO code when names are absent");
      assertNull(codeOnly.city());
    }
  }

  @Test
  void flatCountryCodeRecords() {
    byte[] mmdb = new TinyMmdb("country ipv4")
        .add("8.8.8.0/24", Map.of("country_code", "US"))
        .add("9.9.9.0/24", Map.of("country_code", "HK"))
        .add("20.53.203.0/24", Map.of("country_code", "AU", "state1", "New South Wales",
            "city", "Sydney", "latitude", -33.8715, "longitude", 151.2006))
        .build();
    try (GeoDatabase db = GeoDatabase.read(new ByteArrayInputStream(mmdb), "memory")) {
      assertEquals(GeoLayout.FLAT, db.layout());
      assertEquals("United States", db.lookup("8.8.8.8").country());
      assertEquals("US", db.lookup("8.8.8.8").countryCode());
      assertEquals("{\"country\":\"United States\"}", db.lookup("8.8.8.8").toJson());
      assertEquals("Hong Kong", db.lookup("9.9.9.9").country());
      assertEquals("{\"country\":\"Australia\",\"state\":\"New South Wales\",\"city\":\"Sydney\","
          + "\"latitude\":-33.8715,\"longitude\":151.2006}", db.lookup("20.53.203.50").toJson());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void unknownUnparseableAndWrongFamilyAddressesAreEmpty() throws IOException {
    try (GeoDatabase db = write(cityDatabase())) {
      for (String ip : Arrays.asList("10.1.2.3", "192.0.2.1", "2001:db8::1", "::1", "",
          "81.2.69.160:443", "81.2.69.160/24", "london", "999.1.1.1", null)) {
        assertSame(GeoInfo.EMPTY, db.lookup(ip), String.valueOf(ip));
      }
    }
  }

  @Test
  void neverGlobalAddressesStayUnknownWhateverTheDatabaseSays() {
    byte[] mmdb = new TinyMmdb("country ipv4")
        .add("192.168.0.0/16", Map.of("country_code", "AU"))
        .add("198.51.100.0/24", Map.of("country_code", "AU"))
        .add("192.169.0.0/16", Map.of("country_code", "US"))
        .build();
    try (GeoDatabase db = GeoDatabase.read(new ByteArrayInputStream(mmdb), "memory")) {
      assertSame(GeoInfo.EMPTY, db.lookup("192.168.1.1"));
      assertSame(GeoInfo.EMPTY, db.lookup("::ffff:192.168.1.1"));
      assertSame(GeoInfo.EMPTY, db.lookup("198.51.100.7"));
      assertEquals("US", db.lookup("192.169.1.1").countryCode());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void missingFileFailsAtOpenNamingIt() {
    Path missing = dir.resolve("nope.mmdb");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeoDatabase.open(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GeoDatabase.open(dir));
  }

  @Test
  void notAnMmdbFileFailsAtOpen() throws IOException {
    Path text = dir.resolve("GeoLite2-City.mmdb");
    Files.writeString(text, "this is not a database");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeoDatabase.open(text));
    assertTrue(e.getMessage().contains(text.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("Not a valid MaxMind DB"), e.getMessage());
  }

  @Test
  void corruptDataSectionFailsAtOpen() throws IOException {
    byte[] mmdb = new TinyMmdb("GeoLite2-Country")
        .add("1.0.0.0/8", Map.of("country", Map.of("iso_code", "AU")))
        .addAtOffset("8.0.0.0/8", 1_000_000)
        .build();
    Path file = dir.resolve("corrupt.mmdb");
    Files.write(file, mmdb);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeoDatabase.open(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void databaseWithoutCountryDataIsRejected() throws IOException {
    byte[] asn = new TinyMmdb("GeoLite2-ASN")
        .add("1.0.0.0/24", Map.of("autonomous_system_number", 15169,
            "autonomous_system_organization", "Google Inc."))
        .build();
    Path file = dir.resolve("asn.mmdb");
    Files.write(file, asn);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeoDatabase.open(file));
    assertTrue(e.getMessage().contains("holds no country data"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }
}
