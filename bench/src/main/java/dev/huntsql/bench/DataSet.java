package dev.huntsql.bench;

import java.nio.file.Path;

/**
 * One copy of the benchmark's events: the folder huntsql opens and the file DuckDB reads.
 *
 * @param label how the report names it ({@code json}, {@code json.gz})
 * @param uncompressed the bytes of JSON the file holds, which MB/s figures divide
 * @param onDisk the file's size
 */
record DataSet(String label, Path folder, Path file, long uncompressed, long onDisk) {}
