package dev.huntsql.functions.geo;

import java.util.List;
import java.util.Map;

/**
 * The record layouts huntsql reads from an MMDB file, and how each becomes a {@link GeoInfo}.
 */
public enum GeoLayout {
  /**
   * MaxMind GeoIP2/GeoLite2 City or Country: {@code country.names.en}, {@code country.iso_code},
   * {@code subdivisions[0].names.en} as state, {@code city.names.en},
   * {@code location.latitude/longitude}. A record without {@code country} (MaxMind leaves it out
   * for some anonymous-proxy and satellite networks) takes its country from
   * {@code registered_country}, the country where the network is registered: that is also what a
   * whois-based database such as the shipped default answers.
   */
  MAXMIND {
    @Override
    GeoInfo read(Map<?, ?> record) {
      Object country = record.get("country");
      if (!(country instanceof Map)) {
        country = record.get("registered_country");
      }
      String code = text(at(country, "iso_code"));
      String name = text(at(at(country, "names"), "en"));
      if (name == null) {
        name = CountryNames.english(code);
      }
      Object subdivisions = record.get("subdivisions");
      Object firstSubdivision = subdivisions instanceof List && !((List<?>) subdivisions).isEmpty()
          ? ((List<?>) subdivisions).get(0) : null;
      Object location = record.get("location");
      return new GeoInfo(name, code,
          text(at(at(firstSubdivision, "names"), "en")),
          text(at(at(record.get("city"), "names"), "en")),
          number(at(location, "latitude")),
          number(at(location, "longitude")));
    }
  },

  /**
   * A flat record with {@code country_code} (ip-location-db style). The English country name
   * comes from the code via {@link CountryNames}, that is the JDK's English locale names.
   * ip-location-db's city databases add {@code state1}, {@code city}, {@code latitude} and
   * {@code longitude}, read when present.
   */
  FLAT {
    @Override
    GeoInfo read(Map<?, ?> record) {
      String code = text(record.get("country_code"));
      return new GeoInfo(CountryNames.english(code), code,
          text(record.get("state1")),
          text(record.get("city")),
          number(record.get("latitude")),
          number(record.get("longitude")));
    }
  };

  /** Turns one decoded record into what huntsql reports; never throws on odd records. */
  abstract GeoInfo read(Map<?, ?> record);

  /** The layout a record shows, or null when it shows none (e.g. only a continent). */
  static GeoLayout of(Map<?, ?> record) {
    if (record.get("country") instanceof Map || record.get("registered_country") instanceof Map
        || record.get("city") instanceof Map || record.get("location") instanceof Map) {
      return MAXMIND;
    }
    if (record.get("country_code") instanceof String) {
      return FLAT;
    }
    return null;
  }

  private static Object at(Object map, String key) {
    return map instanceof Map ? ((Map<?, ?>) map).get(key) : null;
  }

  private static String text(Object value) {
    return value instanceof String && !((String) value).isEmpty() ? (String) value : null;
  }

  private static Double number(Object value) {
    return value instanceof Number ? ((Number) value).doubleValue() : null;
  }
}
