package dev.huntsql.jdbc.server;

/**
 * Who sent the request being served: the HTTP BASIC login, or {@code ""} when the server has no
 * logins. Avatica answers a request on the thread that received it, so {@link ProtocolRouter}
 * sets it for each request and {@link ClientSessions} reads it.
 */
final class RequestUser {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestUser() {}

  static String current() {
    String user = CURRENT.get();
    return user == null ? "" : user;
  }

  /** Sets the user of the request this thread serves (null: anonymous). */
  static void set(String user) {
    CURRENT.set(user);
  }

  static void clear() {
    CURRENT.remove();
  }
}
