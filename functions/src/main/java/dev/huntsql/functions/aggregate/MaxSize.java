package dev.huntsql.functions.aggregate;

/** KQL's {@code maxSize} argument of make_set and make_list: default and ceiling 1048576. */
final class MaxSize {
  static final int DEFAULT = 1_048_576;

  private MaxSize() {}

  /** Null means the default; values are clamped to 0..1048576 (0 gives an empty array). */
  static int of(Integer max) {
    return max == null ? DEFAULT : Math.max(0, Math.min(DEFAULT, max));
  }
}
