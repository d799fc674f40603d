package dev.huntsql.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Below its exact threshold dcount is the true distinct count, however the input is split. */
class DCountPropertiesTest {
  @Property(tries = 60)
  void exactBelowTheThreshold(
      @ForAll("values") List<Object> values, @ForAll @IntRange(max = 4) int accuracy,
      @ForAll Random random) {
    Set<Object> distinct = new HashSet<>();
    for (Object v : values) {
      if (v != null) {
        distinct.add(v instanceof Integer i ? Long.valueOf(i) : v);
      }
    }
    List<Object> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    assertEquals(distinct.size(), splitAndMerge(shuffled, accuracy, random));
  }

  /** At most 1002 distinct values: within the smallest threshold (1024, accuracy 0). */
  @Provide
  Arbitrary<List<Object>> values() {
    Arbitrary<Object> value = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 250).map(i -> i),
        Arbitraries.longs().between(200, 500).map(l -> l),
        Arbitraries.integers().between(0, 500).map(i -> "10.0." + (i >> 8) + "." + (i & 255)));
    return value.injectNull(0.05).list().ofMaxSize(3000);
  }

  private static long splitAndMerge(List<Object> values, int accuracy, Random random) {
    DCountWithAccuracy f = new DCountWithAccuracy();
    int parts = 1 + random.nextInt(5);
    List<DistinctCounter> pool = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      pool.add(f.init());
    }
    for (Object v : values) {
      int part = random.nextInt(parts);
      pool.set(part, f.add(pool.get(part), v, accuracy));
    }
    while (pool.size() > 1) {
      DistinctCounter a = pool.remove(random.nextInt(pool.size()));
      DistinctCounter b = pool.remove(random.nextInt(pool.size()));
      pool.add(f.merge(a, b));
    }
    return f.result(pool.get(0));
  }
}
