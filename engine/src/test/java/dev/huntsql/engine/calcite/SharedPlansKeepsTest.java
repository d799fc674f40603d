package dev.huntsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which statements' plans a session keeps. */
class SharedPlansKeepsTest {
  @Test
  void queriesAreKeptWhateverComesBeforeTheirFirstWord() {
    assertTrue(SharedPlans.keeps("select 1"));
    assertTrue(SharedPlans.keeps("  -- title: a hunt\n-- more\nWITH a AS (select 1) select * from a"));
    assertTrue(SharedPlans.keeps("/* note */ ( (VALUES (1)) )"));
    assertFalse(SharedPlans.keeps("explain plan for select 1"));
    assertFalse(SharedPlans.keeps("selected"));
    assertFalse(SharedPlans.keeps("-- only a comment"));
    assertFalse(SharedPlans.keeps("/* unclosed select 1"));
    assertFalse(SharedPlans.keeps(null));
  }

  @Test
  void longTextIsQuick() {
    // Spaces of any length are skipped in linear time (no regular expression to backtrack).
    assertFalse(SharedPlans.keeps(" ".repeat(100_000) + "explain"));
  }
}
