package dev.huntsql.engine.files;

import java.nio.file.Path;

/**
 * One event file as a source of one table's records.
 *
 * @param path the file
 * @param envelopes true when the file holds Streaming-API envelopes, routed to tables by their
 *     {@code category}; false when every record in it belongs to the table
 * @param lineDelimited true for one JSON value per line (a bad line costs that line only); false
 *     for a document (a pretty-printed array or object) parsed as a whole
 */
public record FileSlice(Path path, boolean envelopes, boolean lineDelimited) {
  public boolean gzip() {
    return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }
}
