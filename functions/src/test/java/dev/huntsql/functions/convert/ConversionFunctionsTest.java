package dev.huntsql.functions.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** KQL's conversions: the value, or NULL when it does not convert; fractions truncated toward zero. */
class ConversionFunctionsTest {

  @Test
  void toIntTruncatesAndAnswersNullForWhatIsNotANumber() {
    assertEquals(123, ConversionFunctions.toInt("123"));
    assertEquals(2, ConversionFunctions.toInt(2.3)); // KQL's own example: toint(2.3) is 2
    assertEquals(2, ConversionFunctions.toInt("2.7"));
    assertEquals(-2, ConversionFunctions.toInt(-2.7));
    assertEquals(42, ConversionFunctions.toInt(" 42 "));
    assertEquals(1000, ConversionFunctions.toInt("1e3"));
    assertEquals(1, ConversionFunctions.toInt(true));
    assertEquals(0, ConversionFunctions.toInt(false));
    assertEquals(7, ConversionFunctions.toInt(7L));
    assertEquals(Integer.MAX_VALUE, ConversionFunctions.toInt("2147483647"));
    assertEquals(Integer.MIN_VALUE, ConversionFunctions.toInt("-2147483648"));
    assertNull(ConversionFunctions.toInt("2147483648"), "out of the 32-bit range");
    assertNull(ConversionFunctions.toInt(3_000_000_000L));
    for (Object notANumber : new Object[] {null, "", "  ", "abc", "0x10", "NaN", "Infinity", "1,5", "12abc",
        Double.NaN, Double.POSITIVE_INFINITY, "1e999999999", Instant.EPOCH}) {
      assertNull(ConversionFunctions.toInt(notANumber), String.valueOf(notANumber));
    }
  }

  @Test
  void toLongKeepsEveryDigit() {
    // 2^53 + 1: a double would round it to 9007199254740992.
    assertEquals(9_007_199_254_740_993L, ConversionFunctions.toLong("9007199254740993"));
    assertEquals(Long.MAX_VALUE, ConversionFunctions.toLong("9223372036854775807"));
    assertNull(ConversionFunctions.toLong("9223372036854775808"));
    assertEquals(3_000_000_000L, ConversionFunctions.toLong(3_000_000_000L));
    assertEquals(-1L, ConversionFunctions.toLong("-1.99"));
    assertEquals(12L, ConversionFunctions.toLong(new BigDecimal("12.5")));
    assertNull(ConversionFunctions.toLong("abc"));
  }

  @Test
  void toDoubleReadsDecimalText() {
    assertEquals(25.0, ConversionFunctions.toDouble(" 2.5e1 "));
    assertEquals(0.1, ConversionFunctions.toDouble("0.1"));
    assertEquals(-3.0, ConversionFunctions.toDouble(-3L));
    assertEquals(1.0, ConversionFunctions.toDouble(true));
    assertEquals(0.5, ConversionFunctions.toReal("0.5"));
    assertEquals(Double.NaN, ConversionFunctions.toDouble(Double.NaN), "a real stays itself");
    assertNull(ConversionFunctions.toDouble("1e400"), "beyond the largest double");
    assertNull(ConversionFunctions.toDouble("NaN"));
    assertNull(ConversionFunctions.toDouble("1.5d"), "Java's suffixes are not numbers here");
    assertNull(ConversionFunctions.toDouble(null));
  }

  @Test
  void toDatetimeReadsIsoTextAsUtc() {
    assertEquals(Instant.parse("2025-09-01T00:00:00Z"), ConversionFunctions.toDatetime("2025-09-01"));
    assertEquals(Instant.parse("2025-09-01T08:14:00Z"), ConversionFunctions.toDatetime("2025-09-01 08:14"));
    assertEquals(Instant.parse("2025-09-01T08:14:02Z"), ConversionFunctions.toDatetime("2025-09-01T08:14:02"));
    assertEquals(Instant.parse("2025-09-01T08:14:02.1234567Z"),
        ConversionFunctions.toDatetime("2025-09-01T08:14:02.1234567Z"));
    assertEquals(Instant.parse("2025-09-01T06:14:02Z"), ConversionFunctions.toDatetime("2025-09-01T08:14:02+02:00"));
    assertEquals(Instant.parse("2025-09-01T08:14:02Z"), ConversionFunctions.toDatetime(" 2025-09-01 08:14:02Z "));
    Instant now = Instant.now();
    assertEquals(now, ConversionFunctions.toDatetime(now));
    for (Object notADatetime : new Object[] {null, "", "yesterday", "2025-02-30", "2025-09-01 25:00", "01/09/2025",
        "2025-09-01T08:14:02+0200", 20250901L}) {
      assertNull(ConversionFunctions.toDatetime(notADatetime), String.valueOf(notADatetime));
    }
  }
}
