package dev.huntsql.functions.geo;

import dev.huntsql.functions.HuntFunction;

/**
 * KQL's IP geolocation: country, city and the {@code geo_info_from_ip_address} bag.
 *
 * <p>Lookups use the database active in {@link GeoDatabases} (the shipped country database
 * unless one was configured). NULL input gives NULL; an address the database does not know,
 * private and documentation ranges included, or text that is not an IP address gives
 * {@code ""} (or {@code {}} for the bag), as KQL's missing strings are empty. No DNS.
 */
public final class GeoFunctions {
  private GeoFunctions() {}

  @HuntFunction(name = "geo_info_from_ip_address",
      description = "Geolocation of an IPv4 or IPv6 address as a JSON bag with the known keys of"
          + " country, state, city, latitude, longitude; {} when the address is unknown.",
      example = "geo_info_from_ip_address('8.8.8.8')",
      result = "{\"country\":\"United States\"}",
      dynamic = true)
  public static String geoInfoFromIpAddress(String ip) {
    return ip == null ? null : GeoDatabases.active().lookup(ip).toJson();
  }

  @HuntFunction(name = "geo_country",
      description = "English country name of an IPv4 or IPv6 address; '' when unknown.",
      example = "geo_country('8.8.8.8')",
      result = "United States")
  public static String geoCountry(String ip) {
    return ip == null ? null : orEmpty(GeoDatabases.active().lookup(ip).country());
  }

  @HuntFunction(name = "geo_country_code",
      description = "ISO 3166-1 alpha-2 country code of an IPv4 or IPv6 address; '' when unknown.",
      example = "geo_country_code('8.8.8.8')",
      result = "US")
  public static String geoCountryCode(String ip) {
    return ip == null ? null : orEmpty(GeoDatabases.active().lookup(ip).countryCode());
  }

  @HuntFunction(name = "geo_city",
      description = "English city name of an IPv4 or IPv6 address; '' when unknown, and always ''"
          + " with the shipped country-only database.",
      example = "geo_city('8.8.8.8')",
      result = "")
  public static String geoCity(String ip) {
    return ip == null ? null : orEmpty(GeoDatabases.active().lookup(ip).city());
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
