package dev.huntsql.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** make_set gives one answer whatever the input order and however partial results are merged. */
class MakeSetPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Property(tries = 300)
  void sameResultWhateverOrderAndSplit(@ForAll("mixed") List<Object> values, @ForAll Random random) {
    String expected = sequential(values, null);
    List<Object> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    assertEquals(expected, sequential(shuffled, null));
    assertEquals(expected, splitAndMerge(shuffled, null, random));
  }

  @Property(tries = 200)
  void maxKeepsAPrefixOfTheFullSetWhateverTheSplit(
      @ForAll("mixed") List<Object> values, @ForAll @IntRange(max = 8) int max,
      @ForAll Random random) {
    JsonNode full = parse(sequential(values, null));
    List<JsonNode> prefix = new ArrayList<>();
    full.forEach(e -> {
      if (prefix.size() < max) {
        prefix.add(e);
      }
    });
    String expected = JSON.valueToTree(prefix).toString();
    List<Object> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    assertEquals(expected, sequential(shuffled, max));
    assertEquals(expected, splitAndMerge(shuffled, max, random));
  }

  @Property(tries = 300)
  void distinctNumbersAscendingThenDistinctStrings(@ForAll("plain") List<Object> values) {
    TreeSet<Long> numbers = new TreeSet<>();
    TreeSet<String> strings = new TreeSet<>();
    for (Object v : values) {
      if (v instanceof Number n) {
        numbers.add(n.longValue());
      } else if (v instanceof String s) {
        strings.add(s);
      }
    }
    List<Object> expected = new ArrayList<>(numbers);
    expected.addAll(strings);
    assertEquals(JSON.valueToTree(expected).toString(), sequential(values, null));
  }

  @Provide
  Arbitrary<List<Object>> mixed() {
    Arbitrary<Object> value = Arbitraries.oneOf(
        Arbitraries.integers().between(-20, 20).map(i -> i),
        Arbitraries.longs().between(-20, 20).map(l -> l),
        Arbitraries.of(0.5, -0.0, 0.0, 2.0, Double.NaN, Double.NEGATIVE_INFINITY).map(d -> d),
        Arbitraries.strings().withChars("aAb[]1 \"").ofMaxLength(3).map(s -> s),
        Arbitraries.of(true, false).map(b -> b),
        Arbitraries.integers().between(-5, 5).list().ofMaxSize(3).map(List::toString),
        Arbitraries.of("[\"a\", [1], {\"k\": null}]", "{\"k\":2}", "[true, null]"));
    return value.injectNull(0.1).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Object>> plain() {
    Arbitrary<Object> value = Arbitraries.oneOf(
        Arbitraries.integers().between(-1000, 1000).map(i -> i),
        Arbitraries.longs().between(-1000, 1000).map(l -> l),
        Arbitraries.strings().alpha().numeric().ofMaxLength(4).map(s -> s));
    return value.injectNull(0.05).list().ofMaxSize(60);
  }

  private static String sequential(List<Object> values, Integer max) {
    SetAccumulator acc = fold(values, max);
    return max == null ? new MakeSet().result(acc) : new MakeSetWithMax().result(acc);
  }

  private static SetAccumulator fold(List<Object> values, Integer max) {
    if (max == null) {
      MakeSet f = new MakeSet();
      SetAccumulator acc = f.init();
      for (Object v : values) {
        acc = f.add(acc, v);
      }
      return acc;
    }
    MakeSetWithMax f = new MakeSetWithMax();
    SetAccumulator acc = f.init();
    for (Object v : values) {
      acc = f.add(acc, v, max);
    }
    return acc;
  }

  /** Folds random chunks separately (some empty), then merges them pairwise in random order. */
  private static String splitAndMerge(List<Object> values, Integer max, Random random) {
    int parts = 1 + random.nextInt(6);
    List<List<Object>> chunks = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      chunks.add(new ArrayList<>());
    }
    for (Object v : values) {
      chunks.get(random.nextInt(parts)).add(v);
    }
    List<SetAccumulator> pool = new ArrayList<>();
    for (List<Object> chunk : chunks) {
      pool.add(fold(chunk, max));
    }
    MakeSet f = new MakeSet();
    while (pool.size() > 1) {
      SetAccumulator a = pool.remove(random.nextInt(pool.size()));
      SetAccumulator b = pool.remove(random.nextInt(pool.size()));
      pool.add(f.merge(a, b));
    }
    return f.result(pool.get(0));
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
