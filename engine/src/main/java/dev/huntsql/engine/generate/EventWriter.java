package dev.huntsql.engine.generate;

import java.io.Closeable;
import java.io.IOException;

/** Writes generated events to one file in one format. */
interface EventWriter extends Closeable {
  void write(EventRow row) throws IOException;

  /** Uncompressed bytes written so far (approximately, while buffers are unflushed). */
  long bytes();
}
