package dev.huntsql.spark;

/** The one-argument function that turns each trailing argument of a varargs call into text. */
final class VarargText {
  private VarargText() {}

  /** The value as KQL's tostring prints it; null stays null. */
  public static String of(Object value) {
    return (String) JavaValues.as(String.class, value);
  }
}
