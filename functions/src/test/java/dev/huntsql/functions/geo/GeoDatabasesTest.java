package dev.huntsql.functions.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GeoDatabasesTest {
  @Test
  void theDefaultOpensOnceAndIsShared() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<GeoDatabase>> all = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        all.add(pool.submit(GeoDatabases::active));
      }
      GeoDatabase first = all.get(0).get();
      for (Future<GeoDatabase> f : all) {
        assertSame(first, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void useSwitchesTheDatabaseForEveryFunction() {
    GeoDatabase before = GeoDatabases.active();
    byte[] mmdb = new TinyMmdb("GeoLite2-City")
        .add("8.8.8.0/24", Map.of("country", Map.of("iso_code", "US", "names",
            Map.of("en", "United States")), "city", Map.of("names", Map.of("en", "Mountain View"))))
        .build();
    GeoDatabase city = GeoDatabase.read(new ByteArrayInputStream(mmdb), "memory");
    try {
      GeoDatabases.use(city);
      assertEquals("Mountain View", GeoFunctions.geoCity("8.8.8.8"));
      assertEquals("", GeoFunctions.geoCountry("1.1.1.1"));
    } finally {
      GeoDatabases.use(before);
    }
    assertEquals("Australia", GeoFunctions.geoCountry("1.1.1.1"));
    assertThrows(IllegalArgumentException.class, () -> GeoDatabases.use(null));
  }

  @Test
  void theDefaultNamesItsSource() {
    try (GeoDatabase fresh = GeoDatabases.openDefault()) {
      assertEquals(GeoLayout.FLAT, fresh.layout());
      assertEquals("classpath:" + GeoDatabases.DEFAULT_RESOURCE, fresh.source());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
