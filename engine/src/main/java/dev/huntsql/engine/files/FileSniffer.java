package dev.huntsql.engine.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides by content what an event file holds: JSON records (one per line or a whole document),
 * Streaming-API envelopes (and for which tables), CSV or TSV with a header row, or something that
 * is not event data.
 */
public final class FileSniffer {
  /** How much of a file is read to find the tables its envelopes belong to. */
  static final int SAMPLE_BYTES = 16 << 20;
  private static final byte[] CATEGORY = "\"AdvancedHunting-".getBytes(StandardCharsets.US_ASCII);

  private FileSniffer() {}

  /** What a file looks like. */
  public record Sniffed(Kind kind, FileFormat format, Set<String> envelopeTables) {}

  /** The shapes a file can have. */
  public enum Kind { RECORDS, ENVELOPES, NOT_EVENT_DATA, EMPTY }

  public static Sniffed sniff(Path path) throws IOException {
    byte[] sample = readSample(path);
    int first = firstSignificant(sample);
    if (first < 0) {
      return new Sniffed(Kind.EMPTY, FileFormat.JSON_LINES, Set.of());
    }
    if (sample[first] != '{' && sample[first] != '[') {
      FileFormat delimited = delimitedFormat(path, sample, first);
      if (delimited != null) {
        return new Sniffed(Kind.RECORDS, delimited, Set.of());
      }
      if (!laterLinesAreJsonObjects(sample, first)) {
        return new Sniffed(Kind.NOT_EVENT_DATA, null, Set.of());
      }
      // JSON lines whose first line is damaged: the scan reports that line and reads the rest.
      return new Sniffed(envelopeTables(sample).isEmpty() ? Kind.RECORDS : Kind.ENVELOPES, FileFormat.JSON_LINES,
          envelopeTables(sample));
    }
    // JSON lines when the first line is a whole object, or (if it is damaged) most lines after it
    // start one; a pretty-printed document otherwise.
    boolean lineDelimited = sample[first] == '{'
        && (firstLineIsWholeObject(sample, first) || laterLinesAreJsonObjects(sample, first));
    FileFormat format = lineDelimited ? FileFormat.JSON_LINES : FileFormat.JSON_DOCUMENT;
    Set<String> tables = envelopeTables(sample);
    return new Sniffed(tables.isEmpty() ? Kind.RECORDS : Kind.ENVELOPES, format, tables);
  }

  /**
   * CSV or TSV when the first line is a header: printable text naming two or more columns, split
   * by commas (or tabs); null otherwise (a PNG, a log line).
   */
  private static FileFormat delimitedFormat(Path path, byte[] sample, int first) {
    int end = first;
    while (end < sample.length && sample[end] != '\n') {
      byte b = sample[end];
      if ((b < 0x20 && b != '\t' && b != '\r') || b == 0x7F) {
        return null;
      }
      end++;
    }
    String header = new String(sample, first, end - first, StandardCharsets.UTF_8).strip();
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    char delimiter = name.contains(".tsv") || (header.indexOf('\t') >= 0 && header.indexOf(',') < 0) ? '\t' : ',';
    String[] columns = header.split(delimiter == '\t' ? "\t" : ",", -1);
    if (columns.length < 2) {
      return null;
    }
    for (String column : columns) {
      if (!column.strip().replace("\"", "").matches("[\\p{L}_][\\p{L}\\p{N}_ .\\-]*")) {
        return null;
      }
    }
    return delimiter == '\t' ? FileFormat.TSV : FileFormat.CSV;
  }

  /** The first bytes of the file; of a damaged gzip, the bytes before the damage. */
  private static byte[] readSample(Path path) throws IOException {
    java.io.ByteArrayOutputStream sample = new java.io.ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    try (InputStream in = EventFiles.open(path)) {
      for (int n; sample.size() < SAMPLE_BYTES && (n = in.read(chunk, 0, Math.min(chunk.length,
          SAMPLE_BYTES - sample.size()))) > 0; ) {
        sample.write(chunk, 0, n);
      }
    } catch (java.io.EOFException e) {
      // A truncated gzip: what came before the break is still worth reading; the scan reports it.
    }
    return sample.toByteArray();
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

  /** True when most of the next few lines after the first start a JSON object. */
  private static boolean laterLinesAreJsonObjects(byte[] bytes, int first) {
    int lines = 0;
    int objects = 0;
    for (int i = first; i < bytes.length && lines < 20; i++) {
      if (bytes[i] == '\n') {
        int start = i + 1;
        while (start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\r')) {
          start++;
        }
        if (start < bytes.length && bytes[start] != '\n') {
          lines++;
          objects += bytes[start] == '{' ? 1 : 0;
        }
      }
    }
    return lines > 0 && objects * 2 > lines;
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
