package dev.huntsql.bench;

import java.sql.SQLException;

/** A SQL engine under test, running the benchmark's queries over a data set. */
interface Engine extends AutoCloseable {
  String name();

  /** Starts afresh on a data set, as a new user's session would (no state from earlier queries). */
  void open(DataSet data) throws SQLException;

  /** Runs a query on the open data set and reads all of its rows. */
  Answer run(BenchQuery query) throws SQLException;

  @Override
  void close() throws SQLException;
}
