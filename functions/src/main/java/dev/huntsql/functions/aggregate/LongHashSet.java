package dev.huntsql.functions.aggregate;

import java.io.Serializable;
import java.util.function.LongConsumer;

/** An open-addressing set of 64-bit hashes without boxing: the exact half of dcount. */
final class LongHashSet implements Serializable {
  private static final long serialVersionUID = 1L;

  private long[] slots = new long[8]; // 0 marks an empty slot; the hash 0 is kept in hasZero
  private boolean hasZero;
  private int size;

  int size() {
    return size;
  }

  boolean contains(long hash) {
    if (hash == 0) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = (int) hash & mask; slots[i] != 0; i = (i + 1) & mask) {
      if (slots[i] == hash) {
        return true;
      }
    }
    return false;
  }

  void add(long hash) {
    if (hash == 0) {
      if (!hasZero) {
        hasZero = true;
        size++;
      }
      return;
    }
    if (insert(slots, hash)) {
      size++;
      if (2 * size > slots.length) {
        grow();
      }
    }
  }

  void forEach(LongConsumer action) {
    if (hasZero) {
      action.accept(0);
    }
    for (long slot : slots) {
      if (slot != 0) {
        action.accept(slot);
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long slot : slots) {
      if (slot != 0) {
        insert(bigger, slot);
      }
    }
    slots = bigger;
  }

  private static boolean insert(long[] table, long hash) {
    int mask = table.length - 1;
    int i = (int) hash & mask;
    while (table[i] != 0) {
      if (table[i] == hash) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = hash;
    return true;
  }
}
