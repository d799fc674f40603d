package dev.huntsql.functions.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a geo database knows about one address; every part may be unknown (null).
 */
public final class GeoInfo {
  /** The answer for an address the database does not know. */
  public static final GeoInfo EMPTY = new GeoInfo(null, null, null, null, null, null);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String country;
  private final String countryCode;
  private final String state;
  private final String city;
  private final Double latitude;
  private final Double longitude;

  GeoInfo(String country, String countryCode, String state, String city, Double latitude,
      Double longitude) {
    this.country = country;
    this.countryCode = countryCode;
    this.state = state;
    this.city = city;
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /** English country name, or null. */
  public String country() {
    return country;
  }

  /** ISO 3166-1 alpha-2 country code, or null. */
  public String countryCode() {
    return countryCode;
  }

  /** English name of the first subdivision (state, province), or null. */
  public String state() {
    return state;
  }

  /** English city name, or null. */
  public String city() {
    return city;
  }

  /** Latitude in degrees, or null. */
  public Double latitude() {
    return latitude;
  }

  /** Longitude in degrees, or null. */
  public Double longitude() {
    return longitude;
  }

  /**
   * KQL's property bag: {@code {"country","state","city","latitude","longitude"}} in that order,
   * holding only the keys that are known; {@code {}} when nothing is.
   */
  public String toJson() {
    Map<String, Object> bag = new LinkedHashMap<>();
    putIfKnown(bag, "country", country);
    putIfKnown(bag, "state", state);
    putIfKnown(bag, "city", city);
    putIfKnown(bag, "latitude", latitude);
    putIfKnown(bag, "longitude", longitude);
    if (bag.isEmpty()) {
      return "{}";
    }
    try {
      return JSON.writeValueAsString(bag);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a map of strings and numbers", e);
    }
  }

  private static void putIfKnown(Map<String, Object> bag, String key, Object value) {
    if (value != null && !"".equals(value)) {
      bag.put(key, value);
    }
  }

  @Override
  public String toString() {
    return toJson();
  }
}
