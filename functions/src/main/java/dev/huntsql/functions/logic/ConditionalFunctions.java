package dev.huntsql.functions.logic;

import dev.huntsql.functions.HuntFunction;
import java.time.Instant;

/**
 * KQL's {@code iff(condition, then, else)}: {@code then} when the condition is true, {@code else}
 * when it is false or NULL, as SQL's {@code CASE WHEN condition THEN then ELSE else END}.
 *
 * <p>One overload per result type (text, integers, reals, booleans, datetimes): SQL functions
 * have fixed types, and KQL too wants both branches of one type. The engine turns every call into
 * that CASE before it runs, so only the chosen branch is computed (as in KQL, where
 * {@code iff(x == 0, 0, 1 / x)} does not divide by zero); the bodies here say the same for
 * callers from Java.
 */
public final class ConditionalFunctions {
  /** One text for every overload: a reader looks up iff, not iff-for-integers. */
  private static final String DESCRIPTION = "Then when the condition is true, else when it is false or NULL;"
      + " then and else of one type (text, number, boolean or datetime), and only the chosen one is computed (a CASE WHEN)";

  private ConditionalFunctions() {}

  @HuntFunction(name = "iff",
      description = DESCRIPTION,
      example = "iff(445 IN (139, 445), 'smb', 'other')", result = "smb")
  public static String iff(Boolean condition, String then, String otherwise) {
    return Boolean.TRUE.equals(condition) ? then : otherwise;
  }

  @HuntFunction(name = "iff",
      description = DESCRIPTION,
      example = "iff(CAST(NULL AS BOOLEAN), 1, 0)", result = "0")
  public static Long iff(Boolean condition, Long then, Long otherwise) {
    return Boolean.TRUE.equals(condition) ? then : otherwise;
  }

  @HuntFunction(name = "iff",
      description = DESCRIPTION,
      example = "iff(1 < 2, 0.5, 1.5)", result = "0.5")
  public static Double iff(Boolean condition, Double then, Double otherwise) {
    return Boolean.TRUE.equals(condition) ? then : otherwise;
  }

  @HuntFunction(name = "iff",
      description = DESCRIPTION,
      example = "iff(1 > 2, true, false)", result = "false")
  public static Boolean iff(Boolean condition, Boolean then, Boolean otherwise) {
    return Boolean.TRUE.equals(condition) ? then : otherwise;
  }

  @HuntFunction(name = "iff",
      description = DESCRIPTION,
      example = "iff(true, TIMESTAMP '2025-09-01 08:00:00.000', TIMESTAMP '2025-01-01 00:00:00.000')",
      result = "2025-09-01 08:00:00.000")
  public static Instant iff(Boolean condition, Instant then, Instant otherwise) {
    return Boolean.TRUE.equals(condition) ? then : otherwise;
  }
}
