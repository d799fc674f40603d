package dev.huntsql.bench;

/**
 * One benchmark query, as huntsql and as DuckDB write it ({@code {src}} stands for DuckDB's
 * {@code read_json(...)} of the file), and how their answers are compared.
 */
record BenchQuery(String name, String description, String huntsql, String duckdb, Comparison comparison) {
  /** How the two answers must agree. */
  enum Comparison {
    /** The same rows, in any order. */
    SAME_ROWS,
    /** The shipped detection: see {@link AnswerCheck#detection}. */
    DETECTION
  }
}
