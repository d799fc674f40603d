package dev.huntsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which statements' plans a session keeps. */
class SessionPlansKeepsTest {
  @Test
  void queriesAreKeptWhateverComesBeforeTheirFirstWord() {
    assertTrue(SessionPlans.keeps("select 1"));
    assertTrue(SessionPlans.keeps("  -- title: a hunt\n-- more\nWITH a AS (select 1) select * from a"));
    assertTrue(SessionPlans.keeps("/* note */ ( (VALUES (1)) )"));
    assertFalse(SessionPlans.keeps("explain plan for select 1"));
    assertFalse(SessionPlans.keeps("selected"));
    assertFalse(SessionPlans.keeps("-- only a comment"));
    assertFalse(SessionPlans.keeps("/* unclosed select 1"));
    assertFalse(SessionPlans.keeps(null));
  }

  @Test
  void longTextIsQuick() {
    // Spaces of any length are skipped in linear time (no regular expression to backtrack).
    assertFalse(SessionPlans.keeps(" ".repeat(100_000) + "explain"));
  }
}
