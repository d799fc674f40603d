package dev.huntsql.engine.files;

/** How the records of an event file are written. */
public enum FileFormat {
  /** One JSON value per line: a bad line costs that line only. */
  JSON_LINES,
  /** A whole JSON document (a pretty-printed array or object), parsed as one. */
  JSON_DOCUMENT,
  /** Comma-separated values with a header row (an Advanced Hunting export). */
  CSV,
  /** Tab-separated values with a header row. */
  TSV
}
