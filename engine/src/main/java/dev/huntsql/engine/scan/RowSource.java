package dev.huntsql.engine.scan;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/** The rows one file holds for one table, read a record at a time. */
interface RowSource extends Closeable {
  /**
   * Reads the next record (or batch of records) and gives its rows to {@code rows}; a malformed
   * record is reported and skipped. Returns false at the end of the file.
   */
  boolean readNext(Consumer<Object[]> rows) throws IOException;

  /** The line reached, for messages about damage that ends the file early. */
  long line();
}
