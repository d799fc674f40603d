package dev.huntsql.engine.files;

import java.nio.file.Path;

/**
 * One event file as a source of one table's records.
 *
 * @param path the file
 * @param format how its records are written
 * @param envelopes true when the file holds Streaming-API envelopes, routed to tables by their
 *     {@code category}; false when every record in it belongs to the table
 */
public record FileSlice(Path path, FileFormat format, boolean envelopes) {}
