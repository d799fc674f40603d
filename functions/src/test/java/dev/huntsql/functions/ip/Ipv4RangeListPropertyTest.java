package dev.huntsql.functions.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@code ipv4_is_in_any_range} against a plain loop over the ranges, computed here from the
 * numbers the ranges were written from (no parser of ours involved): a match wins, otherwise any
 * range that does not parse makes the answer unknown.
 */
class Ipv4RangeListPropertyTest {

  /** A range as written, and what it means; {@code prefix} -1 for text that is not a range. */
  record Range(String text, long address, int prefix) {
    boolean holds(long ip) {
      return prefix == 0 || (prefix > 0 && (ip >>> (32 - prefix)) == (address >>> (32 - prefix)));
    }
  }

  @Property(tries = 300)
  void agreesWithALoopOverTheRanges(@ForAll @Size(max = 40) List<@From("range") Range> ranges,
      @ForAll @IntRange(min = 0, max = 255) int first, @ForAll("addresses") long ip) {
    long address = ranges.isEmpty() || first % 3 == 0 ? ip : nearFirstRange(ranges, ip);
    Boolean expected = expected(ranges, address);
    String text = dotted(address);
    String[] arguments = ranges.stream().map(Range::text).toArray(String[]::new);
    assertEquals(expected, IpFunctions.ipv4IsInAnyRange(text, arguments), () -> text + " in " + ranges);
    String json = ranges.stream().map(r -> "\"" + r.text() + "\"").reduce((a, b) -> a + "," + b).orElse("");
    if (ranges.size() != 1) { // one argument is read as a JSON array only when it is one
      assertEquals(expected, IpFunctions.ipv4IsInAnyRange(text, "[" + json + "]"), () -> text + " in [" + json + "]");
    }
  }

  @Test
  void aDifferentListOnTheNextRowIsNotAnsweredFromTheLastOne() {
    assertEquals(Boolean.TRUE, IpFunctions.ipv4IsInAnyRange("10.1.2.3", "10.0.0.0/8"));
    assertEquals(Boolean.FALSE, IpFunctions.ipv4IsInAnyRange("10.1.2.3", "192.168.0.0/16"));
    assertEquals(Boolean.TRUE, IpFunctions.ipv4IsInAnyRange("10.1.2.3", new String("10.0.0.0/8")));
    assertEquals(null, IpFunctions.ipv4IsInAnyRange("10.1.2.3", "192.168.0.0/16", "banana"));
    assertEquals(Boolean.TRUE, IpFunctions.ipv4IsInAnyRange("10.1.2.3", "192.168.0.0/16", "banana", "10.1.2.0/24"));
  }

  @Test
  void adjacentAndNestedRangesMergeWithoutLosingTheirEdges() {
    String[] ranges = {"10.0.0.0/25", "10.0.0.128/25", "10.0.0.64/26", "10.0.1.0/32"};
    assertEquals(Boolean.TRUE, IpFunctions.ipv4IsInAnyRange("10.0.0.0", ranges));
    assertEquals(Boolean.TRUE, IpFunctions.ipv4IsInAnyRange("10.0.0.255", ranges));
    assertEquals(Boolean.TRUE, IpFunctions.ipv4IsInAnyRange("10.0.1.0", ranges));
    assertEquals(Boolean.FALSE, IpFunctions.ipv4IsInAnyRange("10.0.1.1", ranges));
    assertEquals(Boolean.FALSE, IpFunctions.ipv4IsInAnyRange("9.255.255.255", ranges));
    assertEquals(Boolean.TRUE, IpFunctions.ipv4IsInAnyRange("255.255.255.255", "0.0.0.0/0"));
  }

  @Provide
  Arbitrary<Range> range() {
    Arbitrary<Range> valid = Combinators.combine(Arbitraries.longs().between(0, 0xFFFF_FFFFL),
        Arbitraries.integers().between(0, 32)).as((a, p) -> new Range(dotted(a) + "/" + p, a, p));
    Arbitrary<Range> bare = Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(a -> new Range(dotted(a), a, 32));
    Arbitrary<Range> invalid = Arbitraries.of("banana", "1.2.3.4/33", "256.1.1.1", "", "1.2.3").map(
        t -> new Range(t, 0, -1));
    return Arbitraries.frequencyOf(
        Tuple.of(6, valid), Tuple.of(2, bare), Tuple.of(1, invalid));
  }

  @Provide
  Arbitrary<Long> addresses() {
    return Arbitraries.longs().between(0, 0xFFFF_FFFFL);
  }

  /** An address inside or just outside the first valid range, so that matches are common. */
  private static long nearFirstRange(List<Range> ranges, long ip) {
    for (Range range : ranges) {
      if (range.prefix() >= 0) {
        long hostBits = range.prefix() == 0 ? 0xFFFF_FFFFL : (1L << (32 - range.prefix())) - 1;
        long start = range.address() & ~hostBits & 0xFFFF_FFFFL;
        long candidate = ip % 2 == 0 ? start + (ip & hostBits) : start + hostBits + 1;
        return candidate & 0xFFFF_FFFFL;
      }
    }
    return ip;
  }

  private static Boolean expected(List<Range> ranges, long ip) {
    List<Range> invalid = new ArrayList<>();
    for (Range range : ranges) {
      if (range.prefix() < 0) {
        invalid.add(range);
      } else if (range.holds(ip)) {
        return Boolean.TRUE;
      }
    }
    return invalid.isEmpty() ? Boolean.FALSE : null;
  }

  private static String dotted(long a) {
    return String.format(Locale.ROOT, "%d.%d.%d.%d", a >>> 24 & 255, a >>> 16 & 255, a >>> 8 & 255, a & 255);
  }
}
