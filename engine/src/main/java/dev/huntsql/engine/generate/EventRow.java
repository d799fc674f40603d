package dev.huntsql.engine.generate;

import dev.huntsql.engine.schema.Column;
import dev.huntsql.engine.schema.TableSchema;
import java.util.Arrays;
import java.util.List;

/**
 * One event being generated: a typed slot per documented column, filled by column index and
 * written out in documented order; columns left unset are null.
 */
final class EventRow {
  static final byte NULL = 0;
  static final byte STRING = 1;
  static final byte NUMBER = 2;
  static final byte BOOL = 3;
  static final byte TIME = 4;

  private final List<Column> columns;
  private final byte[] kinds;
  private final String[] strings;
  private final long[] numbers;
  private final int[] fractions;

  EventRow(TableSchema schema) {
    this.columns = schema.columns();
    int n = columns.size();
    kinds = new byte[n];
    strings = new String[n];
    numbers = new long[n];
    fractions = new int[n];
  }

  /** The index of a documented column; an unknown name is a programming error. */
  int column(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no documented column " + name);
  }

  List<Column> columns() {
    return columns;
  }

  void clear() {
    Arrays.fill(kinds, NULL);
  }

  void string(int column, String value) {
    kinds[column] = value == null ? NULL : STRING;
    strings[column] = value;
  }

  void number(int column, long value) {
    kinds[column] = NUMBER;
    numbers[column] = value;
  }

  void bool(int column, boolean value) {
    kinds[column] = BOOL;
    numbers[column] = value ? 1 : 0;
  }

  /** A UTC instant as epoch seconds and 100-nanosecond ticks, Defender's 7-digit precision. */
  void time(int column, long epochSecond, int ticks) {
    kinds[column] = TIME;
    numbers[column] = epochSecond;
    fractions[column] = ticks;
  }

  void nul(int column) {
    kinds[column] = NULL;
  }

  byte kind(int column) {
    return kinds[column];
  }

  String stringAt(int column) {
    return strings[column];
  }

  long numberAt(int column) {
    return numbers[column];
  }

  int ticksAt(int column) {
    return fractions[column];
  }
}
