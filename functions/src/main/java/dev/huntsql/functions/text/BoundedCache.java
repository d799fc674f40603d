package dev.huntsql.functions.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small thread-safe memo for values derived from query constants (regexes, JSON paths).
 *
 * <p>When full it is simply emptied: the keys are the handful of literals of running queries, so
 * an eviction order buys nothing, and lookups stay lock-free. A loader may answer null (for
 * "invalid"), which is remembered too.
 */
public final class BoundedCache<K, V> {
  private static final Object NULL = new Object();

  private final int capacity;
  private final Function<K, V> loader;
  private final ConcurrentHashMap<K, Object> map = new ConcurrentHashMap<>();

  /** A cache of at most {@code capacity} entries computing misses with {@code loader}. */
  public BoundedCache(int capacity, Function<K, V> loader) {
    this.capacity = capacity;
    this.loader = loader;
  }

  /** The value for {@code key} (non-null), computing and remembering it on a miss. */
  @SuppressWarnings("unchecked")
  public V get(K key) {
    Object v = map.get(key);
    if (v == null) {
      V computed = loader.apply(key);
      v = computed == null ? NULL : computed;
      if (map.size() >= capacity) {
        map.clear();
      }
      map.put(key, v);
    }
    return v == NULL ? null : (V) v;
  }
}
