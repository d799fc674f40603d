package dev.huntsql.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** dcount, dcountif and countif, driven through init/add/merge/result. */
class DCountTest {
  private static final DCount DCOUNT = new DCount();

  private static long dcount(Object... values) {
    DistinctCounter acc = DCOUNT.init();
    for (Object v : values) {
      acc = DCOUNT.add(acc, v);
    }
    return DCOUNT.result(acc);
  }

  private static DistinctCounter range(long from, long to, LongFunction<Object> value) {
    DistinctCounter acc = DCOUNT.init();
    for (long i = from; i < to; i++) {
      acc = DCOUNT.add(acc, value.apply(i));
    }
    return acc;
  }

  @Test
  void theDocumentedExample() {
    assertEquals(2L, dcount(445, 139, 445, null));
  }

  @Test
  void emptyAndAllNullInputCountZero() {
    assertEquals(0L, dcount());
    assertEquals(0L, dcount(null, null));
  }

  @Test
  void integralBoxingsAreOneValue() {
    assertEquals(1L, dcount(
        445, 445L, (short) 445, BigInteger.valueOf(445), new BigDecimal("445.000")));
  }

  @Test
  void kindsAndCaseMatter() {
    assertEquals(2L, dcount(445, 445.0));
    assertEquals(2L, dcount(445, "445"));
    assertEquals(2L, dcount("SMB", "smb"));
    assertEquals(2L, dcount(true, "true"));
    assertEquals(1L, dcount(0.0, -0.0));
    assertEquals(1L, dcount(new byte[] {1, 2}, new byte[] {1, 2}));
  }

  @Test
  void arrayTextIsOneValueNotFlattened() {
    assertEquals(1L, dcount("[1,2]", "[1,2]"));
    assertEquals(2L, dcount("[1,2]", "[1, 2]"));
  }

  @Test
  void exactUpToTheThresholdThenEstimated() {
    DistinctCounter acc = range(0, 4096, i -> i);
    acc = DCOUNT.add(acc, 17L); // a repeat does not push it over
    assertTrue(acc.isExact());
    assertEquals(4096L, DCOUNT.result(acc));
    acc = DCOUNT.add(acc, 4096L);
    assertFalse(acc.isExact());
    assertEquals(4097, DCOUNT.result(acc), 4097 * 0.03);
  }

  @Test
  void everyAccuracyLevelIsExactUpToItsThreshold() {
    DCountWithAccuracy f = new DCountWithAccuracy();
    int[] thresholds = {1024, 4096, 16384, 32768, 65536};
    for (int level = 0; level <= 4; level++) {
      DistinctCounter acc = f.init();
      for (int i = 0; i < thresholds[level]; i++) {
        acc = f.add(acc, "host-" + i, level);
      }
      assertEquals(thresholds[level], f.result(acc));
      assertTrue(acc.isExact());
      acc = f.add(acc, "one more", level);
      assertFalse(acc.isExact(), "level " + level);
    }
  }

  @Test
  void accuracyMustBeAKustoLevelAndConstant() {
    DCountWithAccuracy f = new DCountWithAccuracy();
    assertThrows(IllegalArgumentException.class, () -> f.add(f.init(), 1, 5));
    assertThrows(IllegalArgumentException.class, () -> f.add(f.init(), 1, -1));
    DistinctCounter acc = f.add(f.init(), 1, 2);
    assertThrows(IllegalArgumentException.class, () -> f.add(acc, 2, 3));
    assertEquals(2L, f.result(f.add(f.add(f.init(), 1, null), 2, null)));
  }

  @Test
  void mergeGivesTheSameCountAsOnePassInEveryMode() {
    // HyperLogLog registers depend only on the set of hashes, so every path agrees exactly.
    long oneExact = DCOUNT.result(range(0, 3000, i -> "ip-" + i));
    long oneEstimated = DCOUNT.result(range(0, 30_000, i -> "ip-" + i));
    assertEquals(3000L, oneExact);
    assertEquals(3000L, DCOUNT.result(DCOUNT.merge(
        range(0, 2000, i -> "ip-" + i), range(1000, 3000, i -> "ip-" + i))));
    assertEquals(oneEstimated, DCOUNT.result(DCOUNT.merge(
        range(0, 3000, i -> "ip-" + i), range(3000, 30_000, i -> "ip-" + i))));
    assertEquals(oneEstimated, DCOUNT.result(DCOUNT.merge(
        range(0, 27_000, i -> "ip-" + i), range(27_000, 30_000, i -> "ip-" + i))));
    assertEquals(oneEstimated, DCOUNT.result(DCOUNT.merge(
        range(0, 20_000, i -> "ip-" + i), range(10_000, 30_000, i -> "ip-" + i))));
    assertEquals(oneEstimated, DCOUNT.result(DCOUNT.merge(
        range(0, 2500, i -> "ip-" + i), range(2500, 30_000, i -> "ip-" + i))));
    DistinctCounter twoExactOverflow = DCOUNT.merge(
        range(0, 15_000, i -> "ip-" + i), range(15_000, 30_000, i -> "ip-" + i));
    assertEquals(oneEstimated, DCOUNT.result(twoExactOverflow));
  }

  @Test
  void relativeErrorAtDefaultAccuracy() {
    List<String> report = new ArrayList<>();
    for (long n : new long[] {100_000, 1_000_000}) {
      long strings = DCOUNT.result(range(0, n, i -> "10.1." + (i >> 8) + "." + (i & 255) + "#" + i));
      long longs = DCOUNT.result(range(0, n, i -> i * 7919));
      for (long estimate : new long[] {strings, longs}) {
        double error = (estimate - n) / (double) n;
        report.add(String.format("n=%d estimate=%d error=%+.3f%%", n, estimate, 100 * error));
        assertTrue(Math.abs(error) < 0.03, report.get(report.size() - 1));
      }
    }
    System.out.println("dcount relative error at accuracy 1: " + report);
  }

  @Test
  void dcountIfCountsRowsWhosePredicateIsTrue() {
    DCountIf f = new DCountIf();
    DistinctCounter acc = f.init();
    acc = f.add(acc, "alice", true);
    acc = f.add(acc, "bob", false);
    acc = f.add(acc, "carol", null);
    acc = f.add(acc, "alice", true);
    acc = f.add(acc, null, true);
    assertEquals(1L, f.result(acc));
  }

  @Test
  void dcountIfWithAccuracy() {
    DCountIfWithAccuracy f = new DCountIfWithAccuracy();
    DistinctCounter acc = f.init();
    acc = f.add(acc, "10.0.0.1", true, 4);
    acc = f.add(acc, "10.0.0.2", true, 4);
    acc = f.add(acc, "10.0.0.3", false, 4);
    assertEquals(2L, f.result(acc));
  }

  @Test
  void countIfCountsTrueOnly() {
    CountIf f = new CountIf();
    Long acc = f.init();
    acc = f.add(acc, true);
    acc = f.add(acc, false);
    acc = f.add(acc, null);
    acc = f.add(acc, true);
    assertEquals(2L, f.result(acc));
    assertEquals(0L, f.result(f.init()));
    assertEquals(5L, f.result(f.merge(2L, 3L)));
  }
}
