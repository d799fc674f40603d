package dev.huntsql.engine.calcite;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;

/**
 * The plans of the queries a session has prepared, by their text, so that running a statement
 * again skips parsing, validating, optimising and generating code. Plans are kept only for
 * queries whose plan cannot go stale within the session: tables do not change under a session,
 * and a plan computes clock calls ({@code now()}, {@code ago('1d')}, {@code current_timestamp})
 * each time it runs (see {@link ClockCalls}).
 */
public final class SessionPlans {
  /** Enough for an analyst's working set of hunts; the oldest plan goes first. */
  private static final int MOST_PLANS = 64;

  /**
   * What a plan depends on besides the session; the geo database's version too, since Calcite
   * computes {@code geo_country('8.8.8.8')} while planning.
   */
  record Key(String sql, List<String> defaultSchema, Type elementType, long maxRowCount, long geoVersion) {}

  private final Map<Key, CalciteSignature<?>> plans = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, CalciteSignature<?>> eldest) {
      return size() > MOST_PLANS;
    }
  };

  /** Whether a statement's plan may be kept: a query (not EXPLAIN, whose text is the answer). */
  static boolean keeps(String sql) {
    return sql != null && isQuery(sql);
  }

  /** Whether the first word, after spaces, comments and parentheses, is SELECT, WITH or VALUES. */
  static boolean isQuery(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        break;
      }
    }
    int end = i;
    while (end < n && Character.isLetter(sql.charAt(end))) {
      end++;
    }
    String word = sql.substring(i, end).toLowerCase(java.util.Locale.ROOT);
    return word.equals("select") || word.equals("with") || word.equals("values");
  }

  synchronized CalciteSignature<?> get(Key key) {
    return plans.get(key);
  }

  synchronized void put(Key key, CalciteSignature<?> plan) {
    plans.put(key, plan);
  }
}
