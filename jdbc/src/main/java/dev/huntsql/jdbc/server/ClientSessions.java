package dev.huntsql.jdbc.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Which login opened each client connection, and which connection each statement belongs to.
 *
 * <p>Avatica's ids travel in every request and its JDBC bridge trusts them: statement ids count up
 * from 0, and a request naming any statement ran on it, whatever connection it named. With this
 * record a connection answers only the login that opened it, and a statement only requests that
 * name its own connection ({@link CheckedService} asks).
 */
final class ClientSessions {
  /** How a statement was made, which decides the requests it can take. */
  enum Kind {
    /** By createStatement: takes prepareAndExecute. */
    PLAIN,
    /** By prepare: takes execute. */
    PREPARED,
    /** For a metadata answer (tables, columns, ...): only read on and closed. */
    METADATA
  }

  /** A statement's connection and kind. */
  record Statement(String connectionId, Kind kind) {}

  private final Map<String, String> owners = new ConcurrentHashMap<>();
  private final Map<Integer, Statement> statements = new ConcurrentHashMap<>();
  private final Predicate<String> connectionOpen;
  private final Predicate<Integer> statementOpen;

  /** The predicates say whether Avatica still holds a connection or statement (they expire when idle). */
  ClientSessions(Predicate<String> connectionOpen, Predicate<Integer> statementOpen) {
    this.connectionOpen = connectionOpen;
    this.statementOpen = statementOpen;
  }

  void opened(String connectionId) {
    // Forget what Avatica closed for idling, so the record does not grow with the server's age.
    owners.keySet().removeIf(connectionOpen.negate());
    statements.keySet().removeIf(statementOpen.negate());
    owners.put(connectionId, RequestUser.current());
  }

  /** Whether the connection was opened by the login of the current request. */
  boolean isMine(String connectionId) {
    return connectionId != null && RequestUser.current().equals(owners.get(connectionId));
  }

  void closed(String connectionId) {
    owners.remove(connectionId);
    statements.values().removeIf(statement -> statement.connectionId().equals(connectionId));
  }

  void created(int statementId, String connectionId, Kind kind) {
    statements.put(statementId, new Statement(connectionId, kind));
  }

  /**
   * The statement's kind when it belongs to the named connection and that connection to the
   * current login; null when it does not (or is not open).
   */
  Kind kindIfMine(int statementId, String connectionId) {
    Statement statement = statements.get(statementId);
    return statement != null && statement.connectionId().equals(connectionId) && isMine(connectionId)
        ? statement.kind() : null;
  }

  void closed(int statementId) {
    statements.remove(statementId);
  }
}
