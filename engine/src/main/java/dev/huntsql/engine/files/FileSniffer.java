package dev.huntsql.engine.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides by content what an event file holds: JSON records (one per line or a whole document),
 * Streaming-API envelopes (and for which tables), or something that is not event data.
 */
public final class FileSniffer {
  /** How much of a file is read to find the tables its envelopes belong to. */
  static final int SAMPLE_BYTES = 16 << 20;
  private static final byte[] CATEGORY = "\"AdvancedHunting-".getBytes(StandardCharsets.US_ASCII);

  private FileSniffer() {}

  /** What a file looks like. */
  public record Sniffed(Kind kind, boolean lineDelimited, Set<String> envelopeTables) {}

  /** The shapes a file can have. */
  public enum Kind { JSON_RECORDS, ENVELOPES, NOT_EVENT_DATA, EMPTY }

  public static Sniffed sniff(Path path) throws IOException {
    byte[] sample;
    try (InputStream in = EventFiles.open(path)) {
      sample = in.readNBytes(SAMPLE_BYTES);
    }
    int first = firstSignificant(sample);
    if (first < 0) {
      return new Sniffed(Kind.EMPTY, true, Set.of());
    }
    if (sample[first] != '{' && sample[first] != '[') {
      return new Sniffed(Kind.NOT_EVENT_DATA, true, Set.of());
    }
    boolean lineDelimited = sample[first] == '{' && firstLineIsWholeObject(sample, first);
    Set<String> tables = envelopeTables(sample);
    return new Sniffed(tables.isEmpty() ? Kind.JSON_RECORDS : Kind.ENVELOPES, lineDelimited, tables);
  }

  private static int firstSignificant(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    for (; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return i;
      }
    }
    return -1;
  }

  /** True when the first line closes the object it opens (JSON lines rather than a pretty document). */
  private static boolean firstLineIsWholeObject(byte[] bytes, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        depth--;
        if (depth == 0) {
          return true;
        }
      } else if (b == '\n') {
        return false;
      }
    }
    return true;
  }

  /** The table names that follow {@code "AdvancedHunting-} in the sample. */
  private static Set<String> envelopeTables(byte[] bytes) {
    Set<String> tables = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    outer:
    for (int i = 0; i + CATEGORY.length < bytes.length; i++) {
      for (int j = 0; j < CATEGORY.length; j++) {
        if (bytes[i + j] != CATEGORY[j]) {
          continue outer;
        }
      }
      int start = i + CATEGORY.length;
      int end = start;
      while (end < bytes.length && (Character.isLetterOrDigit(bytes[end]) || bytes[end] == '_')) {
        end++;
      }
      if (end > start && end < bytes.length && bytes[end] == '"') {
        tables.add(new String(bytes, start, end - start, StandardCharsets.US_ASCII));
      }
      i = end;
    }
    return tables;
  }
}
