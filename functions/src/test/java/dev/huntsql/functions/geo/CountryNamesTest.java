package dev.huntsql.functions.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountryNamesTest {
  @Test
  void englishNamesFromIsoCodes() {
    assertEquals("United States", CountryNames.english("US"));
    assertEquals("United Kingdom", CountryNames.english("gb"));
    assertEquals("Russia", CountryNames.english("RU"));
    assertEquals("China", CountryNames.english("CN"));
    assertEquals("Bosnia and Herzegovina", CountryNames.english("BA"));
    assertEquals("Hong Kong", CountryNames.english("HK"));
    assertEquals("Ivory Coast", CountryNames.english("CI"));
  }

  @Test
  void oddInput() {
    assertNull(CountryNames.english(null));
    assertNull(CountryNames.english(" "));
    assertEquals("Q1", CountryNames.english("Q1"));
  }
}
