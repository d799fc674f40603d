package dev.huntsql.engine.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Arrays;

/**
 * The field names of the last object read at one level, in their order, with what each fills.
 *
 * <p>Exports write every record's fields in the same order, so the next record's field at a
 * position is almost always the one the last record had there. Jackson can check that by
 * comparing the bytes ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}),
 * which is much cheaper than reading the name, hashing it and looking it up.
 */
final class FieldOrder {
  /** Past this many fields an object's names are read and looked up as usual. */
  private static final int MOST_FIELDS = 512;

  private SerializedString[] names = new SerializedString[64];
  private int[] bindings = new int[64];

  /**
   * Moves the parser to the next token of an object, expecting the field the last object had at
   * {@code position}; true when it was that field (its binding is {@link #binding}), false for any
   * other token, which the parser's current token then is.
   */
  boolean nextIsExpected(JsonParser p, int position) throws IOException {
    SerializedString expected = position < names.length ? names[position] : null;
    if (expected != null) {
      return p.nextFieldName(expected);
    }
    p.nextToken();
    return false;
  }

  int binding(int position) {
    return bindings[position];
  }

  /** Remembers the field found at {@code position} for the next object. */
  void remember(int position, String name, int binding) {
    if (position >= MOST_FIELDS) {
      return;
    }
    if (position >= names.length) {
      names = Arrays.copyOf(names, Math.min(MOST_FIELDS, names.length * 2));
      bindings = Arrays.copyOf(bindings, names.length);
    }
    names[position] = new SerializedString(name);
    bindings[position] = binding;
  }
}
