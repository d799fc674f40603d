package dev.huntsql.engine.calcite;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;

/**
 * Calcite's default types but for one rule: the branches of a CASE (so of an iff) or a UNION that
 * are texts of different lengths make a VARCHAR, not a CHAR padded with spaces to the longest.
 * {@code CASE WHEN x THEN 'a' ELSE 'bbb' END} is {@code 'a'}, as in PostgreSQL, DuckDB and KQL,
 * not {@code 'a  '} (which would also fail {@code = 'a'} in a filter on the result).
 */
public final class HuntTypeSystem extends RelDataTypeSystemImpl {
  /** The instance Calcite's {@code typeSystem} connection property points at. */
  public static final HuntTypeSystem INSTANCE = new HuntTypeSystem();

  private HuntTypeSystem() {}

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}
