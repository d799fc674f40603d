package dev.huntsql.functions.ip;

import dev.huntsql.functions.text.JsonStringArray;
import java.util.Arrays;
import java.util.List;

/**
 * The ranges given to {@code ipv4_is_in_any_range}, parsed once into sorted, merged intervals so
 * that each row costs a binary search rather than parsing thousands of ranges again.
 */
final class Ipv4RangeList {
  /** The same ranges arrive on every row; each worker thread keeps the last list it parsed. */
  private static final ThreadLocal<Ipv4RangeList> LAST = new ThreadLocal<>();

  private final String[] arguments;
  private final long[] starts;
  private final long[] ends;
  /** A range that did not parse: a row that matches no other range is then unknown (NULL). */
  private final boolean anyInvalid;

  private Ipv4RangeList(String[] arguments, long[] starts, long[] ends, boolean anyInvalid) {
    this.arguments = arguments;
    this.starts = starts;
    this.ends = ends;
    this.anyInvalid = anyInvalid;
  }

  /** The list for the function's arguments: ranges, or one JSON array of ranges. */
  static Ipv4RangeList of(String[] arguments) {
    Ipv4RangeList last = LAST.get();
    if (last != null && sameArguments(last.arguments, arguments)) {
      return last;
    }
    Ipv4RangeList parsed = parse(arguments);
    LAST.set(parsed);
    return parsed;
  }

  /** TRUE when an interval holds the address, else NULL if a range was invalid, else FALSE. */
  Boolean contains(long address) {
    int i = Arrays.binarySearch(starts, address);
    int candidate = i >= 0 ? i : -i - 2; // the last interval starting at or before the address
    if (candidate >= 0 && address <= ends[candidate]) {
      return Boolean.TRUE;
    }
    return anyInvalid ? null : Boolean.FALSE;
  }

  private static Ipv4RangeList parse(String[] arguments) {
    String[] ranges = arguments;
    List<String> fromArray = arguments.length == 1 ? JsonStringArray.parse(arguments[0]) : null;
    if (fromArray != null) {
      ranges = fromArray.toArray(new String[0]);
    }
    long[][] intervals = new long[ranges.length][];
    int valid = 0;
    boolean anyInvalid = false;
    for (String range : ranges) {
      long packed = IpAddresses.parseIpv4Cidr(range);
      if (packed < 0) {
        anyInvalid = true;
        continue;
      }
      long mask = IpAddresses.ipv4Mask(IpAddresses.cidrPrefix(packed));
      long start = IpAddresses.cidrAddress(packed) & mask;
      intervals[valid++] = new long[] {start, start | (~mask & 0xFFFF_FFFFL)};
    }
    Arrays.sort(intervals, 0, valid, (x, y) -> Long.compare(x[0], y[0]));
    long[] starts = new long[valid];
    long[] ends = new long[valid];
    int merged = 0;
    for (int i = 0; i < valid; i++) {
      long[] interval = intervals[i];
      if (merged > 0 && interval[0] <= ends[merged - 1] + 1) {
        ends[merged - 1] = Math.max(ends[merged - 1], interval[1]);
      } else {
        starts[merged] = interval[0];
        ends[merged] = interval[1];
        merged++;
      }
    }
    return new Ipv4RangeList(arguments.clone(), Arrays.copyOf(starts, merged), Arrays.copyOf(ends, merged),
        anyInvalid);
  }

  private static boolean sameArguments(String[] known, String[] arguments) {
    if (known.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < known.length; i++) {
      // Literals are the same object on every row; equals covers values built per row.
      if (known[i] != arguments[i] && (known[i] == null || !known[i].equals(arguments[i]))) {
        return false;
      }
    }
    return true;
  }
}
