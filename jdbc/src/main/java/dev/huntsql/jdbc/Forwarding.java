package dev.huntsql.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Implements JDBC interfaces by forwarding each call to a delegate, except the calls for which
 * the subclass declares a public method of the same name and parameters: those it answers itself.
 *
 * <p>JDBC's interfaces have hundreds of methods and huntsql changes a few; a dynamic proxy keeps
 * the wrappers to the methods that matter. {@code ForwardingTest} checks that every public method
 * of a subclass matches an interface method, so a misspelt override cannot go unnoticed.
 */
abstract class Forwarding implements InvocationHandler {
  private static final ClassValue<Map<String, Method>> OWN_METHODS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> own = new HashMap<>();
      for (Method method : type.getMethods()) {
        if (method.getDeclaringClass() != Object.class && !Modifier.isStatic(method.getModifiers())
            && !method.getName().equals("invoke")) {
          own.put(key(method), method);
        }
      }
      return own;
    }
  };

  /** The object calls go to; null when the subclass answers every call it supports itself. */
  protected final Object target;
  /** The proxy this handler serves. */
  protected Object self;

  protected Forwarding(Object target) {
    this.target = target;
  }

  /** Makes the proxy, of {@code type}, that this handler serves. */
  @SuppressWarnings("unchecked")
  protected final <T> T proxy(Class<T> type) {
    self = Proxy.newProxyInstance(Forwarding.class.getClassLoader(), new Class<?>[] {type}, this);
    return (T) self;
  }

  @Override
  public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(method, args);
    }
    Method own = OWN_METHODS.get(getClass()).get(key(method));
    try {
      return around(() -> {
        if (own != null) {
          return own.invoke(this, args);
        }
        if (target == null) {
          throw new SQLFeatureNotSupportedException(method.getName() + " is not supported here");
        }
        return method.invoke(target, args);
      });
    } catch (InvocationTargetException e) {
      throw translate(e.getCause());
    }
  }

  /** One forwarded or answered call. */
  protected interface Call {
    Object run() throws Throwable;
  }

  /** Runs each call; a subclass may set up what the call needs around it. */
  protected Object around(Call call) throws Throwable {
    return call.run();
  }

  /**
   * Lets a subclass turn a failure into a clearer one; the default gives an SQLException without
   * a SQLSTATE the one its causes call for ({@link SqlStates}).
   */
  protected Throwable translate(Throwable failure) {
    return SqlStates.stated(failure);
  }

  public boolean isWrapperFor(Class<?> type) throws SQLException {
    if (type.isInstance(self)) {
      return true;
    }
    return target instanceof java.sql.Wrapper && ((java.sql.Wrapper) target).isWrapperFor(type);
  }

  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(self)) {
      return type.cast(self);
    }
    if (target instanceof java.sql.Wrapper) {
      return ((java.sql.Wrapper) target).unwrap(type);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  private Object objectMethod(Method method, Object[] args) {
    switch (method.getName()) {
      case "equals":
        return self == args[0];
      case "hashCode":
        return System.identityHashCode(self);
      default:
        return "huntsql " + getClass().getSimpleName() + (target == null ? "" : " over " + target);
    }
  }

  private static String key(Method method) {
    return method.getName() + Arrays.toString(method.getParameterTypes());
  }
}
