package dev.huntsql.functions.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks MaxMind's test databases from the shared test folder; skipped without it.
 *
 * <p>The folder is {@code -Dhuntsql.shared=DIR}, by default {@code ../../shared} from the
 * module directory.
 */
class SharedGeoTest {
  /** The addresses of shared/geo/README.md: address, country (names.en), city ("" if none). */
  private static final String[][] KNOWN = {
      {"81.2.69.160", "United Kingdom", "London"},
      {"2.125.160.216", "United Kingdom", "Boxford"},
      {"89.160.20.112", "Sweden", "Linköping"},
      {"175.16.199.7", "China", "Changchun"},
      {"216.160.83.57", "United States", "Milton"},
      {"67.43.156.1", "Bhutan", ""},
      {"202.196.224.9", "Philippines", ""},
  };

  private static Path geoDir() {
    Path dir = Path.of(System.getProperty("huntsql.shared", "../../shared")).resolve("geo");
    assumeTrue(Files.isDirectory(dir), "no shared geo databases at " + dir.toAbsolutePath());
    return dir;
  }

  @ParameterizedTest
  @ValueSource(strings = {"GeoIP2-City-Test", "GeoIP2-Country-Test", "GeoLite2-City-Test",
      "GeoLite2-Country-Test"})
  void knownAddresses(String name) throws IOException {
    boolean city = name.contains("City");
    List<String> failures = new ArrayList<>();
    try (GeoDatabase db = GeoDatabase.open(geoDir().resolve(name + ".mmdb"))) {
      assertEquals(GeoLayout.MAXMIND, db.layout());
      for (String[] known : KNOWN) {
        GeoInfo info = db.lookup(known[0]);
        String expectedCountry = known[1];
        String expectedCity = city ? known[2] : "";
        if (name.equals("GeoLite2-Country-Test") && known[0].equals("175.16.199.7")) {
          // MaxMind's GeoLite2-Country-Test has no entry for it (mmdblookup agrees).
          expectedCountry = null;
        }
        String actualCity = info.city() == null ? "" : info.city();
        if (!java.util.Objects.equals(expectedCountry, info.country())
            || !expectedCity.equals(actualCity)) {
          failures.add(known[0] + " -> " + info);
        }
        if (city && !known[2].isEmpty() && (info.latitude() == null || info.longitude() == null)) {
          failures.add(known[0] + " has no location: " + info);
        }
      }
      assertEquals("", orEmpty(db.lookup("10.1.2.3").country()));
      assertEquals("{}", db.lookup("192.0.2.1").toJson());
    }
    assertEquals(List.of(), failures, name);
  }

  @Test
  void corruptDatabaseFailsAtOpenWithItsPath() {
    Path bad = geoDir().resolve("bad-invalid-data-record-offset.mmdb");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeoDatabase.open(bad));
    assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("Not a valid MaxMind DB"), e.getMessage());
  }

  @Test
  void asnDatabaseIsRejectedAtOpen() {
    Path asn = geoDir().resolve("GeoLite2-ASN-Test.mmdb");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeoDatabase.open(asn));
    assertTrue(e.getMessage().contains("holds no country data"), e.getMessage());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
