package dev.huntsql.engine.schema;

import java.util.Locale;

/** The value types of event columns, named after the Kusto types Microsoft documents. */
public enum ColumnType {
  STRING, INT, LONG, DOUBLE, BOOL, DATETIME, DYNAMIC;

  /** Maps a documented Kusto type name ({@code string}, {@code int}, {@code boolean}, ...). */
  public static ColumnType fromKusto(String kustoType) {
    switch (kustoType.toLowerCase(Locale.ROOT)) {
      case "string":
      case "guid":
        return STRING;
      case "int":
        return INT;
      case "long":
        return LONG;
      case "real":
      case "double":
      case "decimal":
        return DOUBLE;
      case "bool":
      case "boolean":
        return BOOL;
      case "datetime":
        return DATETIME;
      case "dynamic":
        return DYNAMIC;
      default:
        throw new IllegalArgumentException("unknown Kusto type: " + kustoType);
    }
  }

  /** The narrowest type holding values of both {@code this} and {@code other}. */
  public ColumnType widen(ColumnType other) {
    if (this == other) {
      return this;
    }
    if (isNumeric() && other.isNumeric()) {
      return this == DOUBLE || other == DOUBLE ? DOUBLE : LONG;
    }
    return this == DYNAMIC || other == DYNAMIC ? DYNAMIC : STRING;
  }

  private boolean isNumeric() {
    return this == INT || this == LONG || this == DOUBLE;
  }
}
