package dev.huntsql.shell.output;

/**
 * Where a result is shown: the width it must fit (0 when there is no limit, as in a file or a
 * pipe) and whether the table shows each column's SQL type under its name.
 *
 * @param width the columns available, or 0 for no limit
 * @param showTypes true to show column types in the header
 */
public record Layout(int width, boolean showTypes) {
  /** No width limit, no types: files, pipes and batch runs. */
  public static final Layout UNLIMITED = new Layout(0, false);

  public boolean limited() {
    return width > 0;
  }
}
