package dev.huntsql.engine.scan;

import dev.huntsql.engine.HuntException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what went wrong while reading event files, so a bad record costs that record only.
 *
 * <p>By default a malformed record is skipped and counted; the first few problems are kept in
 * full, with file and line, for the user. In strict mode the first one stops the query instead.
 */
public final class Diagnostics {
  /** How many problems are kept word for word; the rest are only counted. */
  public static final int KEPT_IN_FULL = 5;

  private final boolean strict;
  private final List<String> kept = new ArrayList<>();
  private long count;
  /** Every problem reported, never reset: a scan compares it to know a piece had none. */
  private long reported;

  public Diagnostics(boolean strict) {
    this.strict = strict;
  }

  public boolean strict() {
    return strict;
  }

  /** A record that could not be read and was skipped. {@code line} is 1-based, 0 if unknown. */
  public void badRecord(Path file, long line, String problem) {
    report((strict ? "bad record at " : "skipped a record at ") + where(file, line) + ": " + problem);
  }

  /** Values that did not fit their columns and were read as null; the record was kept. */
  public void badValue(Path file, long line, String problem) {
    report(where(file, line) + ": " + problem);
  }

  /** A problem with a whole file, or with the rest of it. */
  public void badFile(Path file, String problem) {
    report(file + ": " + problem);
  }

  private synchronized void report(String message) {
    if (strict) {
      throw new HuntException(message + " (strict mode stops at the first problem in the data)");
    }
    count++;
    reported++;
    if (kept.size() < KEPT_IN_FULL) {
      kept.add(message);
    }
  }

  private static String where(Path file, long line) {
    return line > 0 ? file + ":" + line : file.toString();
  }

  /** How many problems were ever reported here (by any thread). */
  public synchronized long reported() {
    return reported;
  }

  /** How many problems were reported since the last {@link #drain}. */
  public synchronized long count() {
    return count;
  }

  /** The messages for the user (the first few in full, then a count), and forgets them. */
  public synchronized List<String> drain() {
    List<String> messages = new ArrayList<>(kept);
    if (count > kept.size()) {
      messages.add("... and " + (count - kept.size()) + " more problems like these");
    }
    kept.clear();
    count = 0;
    return messages;
  }
}
