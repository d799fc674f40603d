package dev.huntsql.engine.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What the generator wrote for one table.
 *
 * @param bytes uncompressed bytes
 */
public record GeneratedTable(String table, List<Path> files, long rows, long bytes, long nanos) {
  public GeneratedTable {
    files = List.copyOf(files);
  }
}
