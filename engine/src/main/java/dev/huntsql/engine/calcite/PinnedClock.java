package dev.huntsql.engine.calcite;

import dev.huntsql.functions.time.QueryClock;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Runs queries with one instant for KQL's {@code now()} and {@code ago()}: pinned while a query
 * is planned, and again whenever its result set computes rows.
 *
 * <p>Calcite computes rows lazily, during {@code ResultSet.next()}, so pinning around
 * {@code executeQuery} alone would let later rows read a later clock.
 */
public final class PinnedClock {
  private PinnedClock() {}

  /** Executes the query on the statement; the result set answers as the statement's would. */
  public static ResultSet executeQuery(Statement statement, String sql) throws SQLException {
    Instant instant = Instant.now();
    Instant outer = QueryClock.pinned();
    QueryClock.pin(instant);
    try {
      ResultSet rows = statement.executeQuery(sql);
      return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(),
          new Class<?>[] {ResultSet.class}, new Pinning(rows, instant));
    } finally {
      restore(outer);
    }
  }

  private static void restore(Instant outer) {
    if (outer == null) {
      QueryClock.unpin();
    } else {
      QueryClock.pin(outer);
    }
  }

  /** Forwards every call to the real result set with the query's instant pinned. */
  private static final class Pinning implements InvocationHandler {
    private final ResultSet rows;
    private final Instant instant;

    Pinning(ResultSet rows, Instant instant) {
      this.rows = rows;
      this.instant = instant;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class && !method.getName().equals("toString")) {
        return method.getName().equals("equals") ? proxy == args[0] : System.identityHashCode(proxy);
      }
      Instant outer = QueryClock.pinned();
      QueryClock.pin(instant);
      try {
        return method.invoke(rows, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        restore(outer);
      }
    }
  }
}
