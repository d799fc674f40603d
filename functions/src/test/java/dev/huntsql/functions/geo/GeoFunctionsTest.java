package dev.huntsql.functions.geo;

import static dev.huntsql.functions.geo.GeoFunctions.geoCity;
import static dev.huntsql.functions.geo.GeoFunctions.geoCountry;
import static dev.huntsql.functions.geo.GeoFunctions.geoCountryCode;
import static dev.huntsql.functions.geo.GeoFunctions.geoInfoFromIpAddress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.functions.HuntFunction;
import java.lang.reflect.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs against the shipped default database (the active one unless a test swapped it). */
class GeoFunctionsTest {
  @Test
  void wellKnownPublicAddresses() {
    // Checked by hand: mmdblookup --file default-country.mmdb --ip 8.8.8.8 -> country_code US.
    assertEquals("United States", geoCountry("8.8.8.8"));
    assertEquals("US", geoCountryCode("8.8.8.8"));
    assertEquals("Australia", geoCountry("1.1.1.1"));
    assertEquals("United States", geoCountry("2001:4860:4860::8888"));
    assertEquals("United States", geoCountry("::ffff:8.8.8.8"));
    assertEquals("{\"country\":\"United States\"}", geoInfoFromIpAddress("8.8.8.8"));
    assertEquals("", geoCity("8.8.8.8"), "the default database knows countries only");
  }

  @Test
  void privateDocumentationAndMalformedAddressesAreEmpty() {
    for (String ip : new String[] {"10.1.2.3", "192.168.0.1", "172.16.5.4", "127.0.0.1",
        "192.0.2.1", "198.51.100.7", "203.0.113.9", "2001:db8::1", "::1", "fe80::1", "",
        "8.8.8.8:53", "dns.google", "8.8.8", "1.2.3.4.5"}) {
      assertEquals("", geoCountry(ip), ip);
      assertEquals("", geoCountryCode(ip), ip);
      assertEquals("", geoCity(ip), ip);
      assertEquals("{}", geoInfoFromIpAddress(ip), ip);
    }
  }

  @Test
  void nullIsNull() {
    assertNull(geoCountry(null));
    assertNull(geoCountryCode(null));
    assertNull(geoCity(null));
    assertNull(geoInfoFromIpAddress(null));
  }

  @Test
  void examplesReturnTheirDocumentedResults() throws Exception {
    Pattern call = Pattern.compile("(\\w+)\\('([^']*)'\\)");
    int checked = 0;
    for (Method m : GeoFunctions.class.getDeclaredMethods()) {
      HuntFunction f = m.getAnnotation(HuntFunction.class);
      if (f == null) {
        continue;
      }
      Matcher match = call.matcher(f.example());
      assertTrue(match.matches(), f.example());
      assertEquals(f.name(), match.group(1));
      assertEquals(f.result(), m.invoke(null, match.group(2)), f.name());
      checked++;
    }
    assertEquals(4, checked);
  }
}
