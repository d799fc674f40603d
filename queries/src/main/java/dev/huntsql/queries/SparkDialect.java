package dev.huntsql.queries;

import org.apache.calcite.sql.dialect.SparkSqlDialect;

/**
 * Calcite's Spark dialect, with string literals written as Spark's parser reads them: Spark
 * treats a backslash in a literal as an escape, so {@code '(\d+)'} must be written
 * {@code '(\\d+)'} to mean what it means in huntsql.
 */
final class SparkDialect extends SparkSqlDialect {
  static final SparkDialect INSTANCE = new SparkDialect();

  private SparkDialect() {
    super(SparkSqlDialect.DEFAULT_CONTEXT);
  }

  @Override
  public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
    buf.append('\'').append(val.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
  }
}
