package dev.huntsql.engine.calcite;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;

/**
 * The plans of the queries prepared in this JVM, by their text, so that running a statement
 * again skips parsing, validating, optimising and generating code, in the session that planned
 * it or in any other (each connection to {@code huntsql serve} or the JDBC driver is a session).
 *
 * <p>A plan reads its tables by name from the session that runs it, so it serves every session
 * whose tables of those names have the columns it was planned with; a plan computes clock calls
 * ({@code now()}, {@code ago('1d')}, {@code current_timestamp}) each time it runs (see
 * {@link ClockCalls}).
 */
public final class SharedPlans {
  public static final SharedPlans JVM = new SharedPlans();

  /** Enough for the working sets of hunts of a few analysts; the oldest plan goes first. */
  private static final int MOST_PLANS = 128;

  /**
   * What a plan depends on besides the tables; the geo database's version too, since Calcite
   * computes {@code geo_country('8.8.8.8')} while planning.
   */
  record Key(String sql, List<String> defaultSchema, Type elementType, long maxRowCount, long geoVersion) {}

  /**
   * A plan and the columns (as {@code TableSchema} text) of the tables its session had worked
   * out when it was planned: those it reads among them.
   */
  record Plan(CalciteSignature<?> signature, Map<String, String> tables) {}

  private final Map<Key, Plan> plans = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Plan> eldest) {
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

  synchronized Plan get(Key key) {
    return plans.get(key);
  }

  synchronized void put(Key key, Plan plan) {
    plans.put(key, plan);
  }

  /** Forgets the plan kept for {@code key} if it is still {@code plan}. */
  synchronized void forget(Key key, Plan plan) {
    plans.remove(key, plan);
  }

  /** Forgets every plan (for tests that count planning). */
  public synchronized void clear() {
    plans.clear();
  }
}
