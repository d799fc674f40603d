package dev.huntsql.functions.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** make_set(x) and make_set(x, max), driven through init/add/merge/result. */
class MakeSetTest {
  private static String makeSet(Object... values) {
    MakeSet f = new MakeSet();
    SetAccumulator acc = f.init();
    for (Object v : values) {
      acc = f.add(acc, v);
    }
    return f.result(acc);
  }

  private static String makeSetWithMax(Integer max, Object... values) {
    MakeSetWithMax f = new MakeSetWithMax();
    SetAccumulator acc = f.init();
    for (Object v : values) {
      acc = f.add(acc, v, max);
    }
    return f.result(acc);
  }

  @Test
  void theDocumentedExample() {
    assertEquals("[139,445]", makeSet(445, 139, 445, null));
  }

  @Test
  void emptyAndAllNullInputGiveAnEmptyArray() {
    assertEquals("[]", makeSet());
    assertEquals("[]", makeSet(null, null));
    assertEquals("[]", makeSet("[]", "[null]"));
  }

  @Test
  void integralBoxingsAreOneValue() {
    assertEquals("[445]", makeSet(
        445, 445L, (short) 445, BigInteger.valueOf(445), new BigDecimal("445.00")));
  }

  @Test
  void integersAndRealsStayDistinctKqlTypes() {
    assertEquals("[445,445.0]", makeSet(445.0, 445));
    assertEquals("[0.0]", makeSet(-0.0, 0.0));
    assertEquals("[0.1]", makeSet(0.1f, 0.1));
    assertEquals("[1.5,2.25]", makeSet(new BigDecimal("1.50"), new BigDecimal("2.25"), 1.5));
  }

  @Test
  void numbersThenStringsThenBooleans() {
    assertEquals("[-3,2.5,10,\"A\",\"a\",\"b\",false,true]",
        makeSet("b", true, 10, "A", false, 2.5, -3L, "a"));
  }

  @Test
  void hugeAndNonFiniteNumbersSortAtTheEnd() {
    BigInteger huge = BigInteger.TWO.pow(70);
    assertEquals("[" + Long.MAX_VALUE + ",1180591620717411303424,\"NaN\"]",
        makeSet(Double.NaN, huge, Long.MAX_VALUE));
    assertEquals("[\"-Infinity\",-1,\"Infinity\"]",
        makeSet(Double.POSITIVE_INFINITY, -1, Double.NEGATIVE_INFINITY));
  }

  @Test
  void jsonArrayTextIsFlattened() {
    assertEquals("[139,445,\"x\",[1,2],{\"k\":1}]",
        makeSet("[445, 139]", 139, "[\"x\", null, [1,2], {\"k\":1}]"));
  }

  @Test
  void javaListsAreFlattenedToo() {
    assertEquals("[1,2,\"a\"]", makeSet(List.of(2, 1), List.of("a")));
  }

  @Test
  void jsonObjectTextIsOneObjectElement() {
    assertEquals("[{\"a\":1}]", makeSet("{\"a\":1}", "{\"a\": 1}"));
  }

  @Test
  void textThatIsNotAJsonArrayStaysAString() {
    assertEquals("[\" [1]\",\"123\",\"[1] trailing\",\"[not json\"]",
        makeSet("[not json", "[1] trailing", " [1]", "123"));
  }

  @Test
  void stringsAreCaseSensitiveAndJsonEscaped() {
    assertEquals("[\"SMB\",\"say \\\"hi\\\"\\n\",\"smb\"]", makeSet("smb", "say \"hi\"\n", "SMB"));
  }

  @Test
  void dateTimesAreUtcTextWhateverTheJvmZone() {
    Timestamp ts = Timestamp.from(Instant.parse("2024-01-02T03:04:05Z"));
    assertEquals("[\"2024-01-02T03:04:05Z\"]", makeSet(ts, Instant.parse("2024-01-02T03:04:05Z")));
  }

  @Test
  void bytesAreBase64TextAsInJson() {
    assertEquals("[\"AQI=\"]", makeSet(new byte[] {1, 2}, new byte[] {1, 2}));
  }

  @Test
  void mergeUnitesTheParts() {
    MakeSet f = new MakeSet();
    SetAccumulator a = f.add(f.init(), 445);
    SetAccumulator b = f.add(f.add(f.init(), 139), 445);
    assertEquals("[139,445]", f.result(f.merge(a, b)));
    assertEquals("[139]", f.result(f.merge(f.add(f.init(), 139), f.init())));
  }

  @Test
  void maxKeepsTheFirstValuesInSortOrder() {
    assertEquals("[139,445]", makeSetWithMax(2, 3389, 445, 139, 445));
    assertEquals("[139,445,3389]", makeSetWithMax(null, 3389, 445, 139));
    assertEquals("[]", makeSetWithMax(0, 3389, 445));
    assertEquals("[]", makeSetWithMax(-5, 3389, 445));
    assertEquals("[1,2]", makeSetWithMax(2, "[3, 2, 1]"));
  }

  @Test
  void aVaryingMaxTakesTheSmallestWhateverTheOrder() {
    MakeSetWithMax f = new MakeSetWithMax();
    SetAccumulator forward = f.add(f.add(f.add(f.init(), 5, 3), 1, 3), 3, 1);
    SetAccumulator backward = f.add(f.add(f.add(f.init(), 3, 1), 1, 3), 5, 3);
    assertEquals("[1]", f.result(forward));
    assertEquals("[1]", f.result(backward));
  }

  @Test
  void mergeRespectsMax() {
    MakeSetWithMax f = new MakeSetWithMax();
    SetAccumulator a = f.add(f.add(f.init(), 30, 2), 20, 2);
    SetAccumulator b = f.add(f.add(f.init(), 10, 2), 40, 2);
    assertEquals("[10,20]", f.result(f.merge(a, b)));
  }

  @Test
  void makeSetIfKeepsRowsWhosePredicateIsTrue() {
    MakeSetIf f = new MakeSetIf();
    SetAccumulator acc = f.init();
    acc = f.add(acc, 445, true);
    acc = f.add(acc, 53, false);
    acc = f.add(acc, 8080, null);
    acc = f.add(acc, 139, true);
    acc = f.add(acc, null, true);
    assertEquals("[139,445]", f.result(acc));
  }

  @Test
  void makeSetIfWithMax() {
    MakeSetIfWithMax f = new MakeSetIfWithMax();
    SetAccumulator acc = f.init();
    acc = f.add(acc, 445, true, 1);
    acc = f.add(acc, 3389, true, 1);
    acc = f.add(acc, 139, false, 1);
    assertEquals("[445]", f.result(acc));
  }
}
