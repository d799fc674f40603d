package dev.huntsql.jdbc;

import java.sql.Connection;

/** A connection of the huntsql driver, as {@code connection.unwrap(HuntsqlConnection.class)} gives it. */
public interface HuntsqlConnection extends Connection {
  /** Stops every query running on this connection; each fails saying {@code reason}. */
  void cancelRunning(String reason);

  /** How many of this connection's statements are running a query now. */
  int runningQueries();
}
