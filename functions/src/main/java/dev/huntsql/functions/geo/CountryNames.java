package dev.huntsql.functions.geo;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English country names for ISO 3166-1 alpha-2 codes, for databases that store only the code.
 *
 * <p>Names are the JDK's English display names ({@link Locale#getDisplayCountry(Locale)}, from
 * CLDR) with {@code &} spelled {@code and}, and a few CLDR forms replaced by the short names that
 * GeoNames, and hence GeoLite2, use ("Hong Kong", not "Hong Kong SAR China"). A few territories
 * may still be spelled differently from a MaxMind database, and CLDR renames reach us with JDK
 * upgrades. An unknown code gives the JDK's name for it, or the code itself.
 */
final class CountryNames {
  private static final Map<String, String> SHORT_NAMES = Map.of(
      "HK", "Hong Kong",
      "MO", "Macao",
      "MM", "Myanmar",
      "PS", "Palestine",
      "CD", "DR Congo",
      "CG", "Congo Republic",
      "CI", "Ivory Coast");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private CountryNames() {}

  /** The English name of {@code code} (any letter case); null for null or blank. */
  static String english(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return CACHE.computeIfAbsent(code, CountryNames::lookUp);
  }

  private static String lookUp(String code) {
    String upper = code.trim().toUpperCase(Locale.ROOT);
    String name = SHORT_NAMES.get(upper);
    if (name != null) {
      return name;
    }
    name = new Locale("", upper).getDisplayCountry(Locale.ENGLISH);
    if (name.isEmpty()) {
      return upper;
    }
    return name.replace(" & ", " and ");
  }
}
