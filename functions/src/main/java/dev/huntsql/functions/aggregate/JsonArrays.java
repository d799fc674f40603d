package dev.huntsql.functions.aggregate;

/** Writes canonical elements as one compact JSON array. */
final class JsonArrays {
  private JsonArrays() {}

  static String of(Iterable<DynamicValue> values) {
    StringBuilder out = new StringBuilder().append('[');
    for (DynamicValue v : values) {
      if (out.length() > 1) {
        out.append(',');
      }
      v.appendJson(out);
    }
    return out.append(']').toString();
  }
}
