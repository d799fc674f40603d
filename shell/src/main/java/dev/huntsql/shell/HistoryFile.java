package dev.huntsql.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the history file before JLine loads it (JLine silently drops lines it cannot read, and
 * empties the history when the file is not UTF-8), keeping what can be read and moving the rest
 * aside.
 */
final class HistoryFile {
  private static final Pattern ENTRY = Pattern.compile("^\\d{1,18}:.*", Pattern.DOTALL);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /**
   * What to do with the history this session.
   *
   * @param path the file for JLine to load and append to, or null to keep no history file
   * @param message what to tell the user, or null when there is nothing to say
   */
  record Checked(Path path, String message) {}

  private HistoryFile() {}

  /** Checks the history file, repairing it if needed; never loses a byte of it. */
  static Checked check(Path file) {
    if (!Files.exists(file)) {
      return new Checked(file, null);
    }
    byte[] bytes;
    try {
      if (!Files.isRegularFile(file)) {
        throw new IOException("not a regular file");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Checked(null, "history: cannot read " + file + " (" + e.getMessage()
          + "); this session's history is not saved");
    }
    long modified = modified(file);
    List<String> kept = new ArrayList<>();
    ByteArrayOutputStream unreadable = new ByteArrayOutputStream();
    int bad = 0;
    int converted = 0;
    int blank = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      int length = end - start;
      if (length > 0 && bytes[end - 1] == '\r') {
        length--;
      }
      String line = decode(bytes, start, length);
      if (line == null || !readable(line)) {
        unreadable.write(bytes, start, end - start);
        unreadable.write('\n');
        bad++;
      } else if (line.isBlank()) {
        blank++;
      } else {
        if (ENTRY.matcher(line).matches() && validTime(line)) {
          kept.add(line);
        } else {
          kept.add(modified + ":" + line);
          converted++;
        }
      }
      start = end + 1;
    }
    if (bad == 0 && converted == 0 && blank == 0) {
      return new Checked(file, null);
    }
    return repair(file, kept, unreadable.toByteArray(), bad, converted);
  }

  private static Checked repair(Path file, List<String> kept, byte[] unreadable, int bad, int converted) {
    Path aside = null;
    try {
      if (bad > 0) {
        aside = asidePath(file);
        Files.write(aside, unreadable);
      }
      Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
      Files.write(temp, (String.join("\n", kept) + (kept.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8));
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      return new Checked(null, "history: " + file + " has " + bad + " unreadable line(s) that could not be moved aside ("
          + e.getMessage() + "); it is left as it is and this session's history is not saved");
    }
    if (bad == 0 && converted == 0) {
      return new Checked(file, null);
    }
    StringBuilder message = new StringBuilder("history: ");
    if (bad > 0) {
      message.append(bad).append(" unreadable line").append(bad == 1 ? "" : "s").append(" of ").append(file)
          .append(" moved to ").append(aside).append("; ");
    }
    if (converted > 0) {
      message.append(converted).append(" older entr").append(converted == 1 ? "y" : "ies").append(" converted; ");
    }
    message.append(kept.size()).append(" entr").append(kept.size() == 1 ? "y" : "ies").append(" kept");
    return new Checked(file, message.toString());
  }

  private static Path asidePath(Path file) {
    String base = file.getFileName() + ".unreadable-" + STAMP.format(Instant.now());
    Path aside = file.resolveSibling(base);
    for (int n = 2; Files.exists(aside); n++) {
      aside = file.resolveSibling(base + "-" + n);
    }
    return aside;
  }

  /** The line as strict UTF-8, or null when it is not. */
  private static String decode(byte[] bytes, int start, int length) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** No control characters (JLine would split or choke on them) and no dangling escape at the end. */
  private static boolean readable(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return false;
      }
    }
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 0;
  }

  private static boolean validTime(String line) {
    try {
      Instant.ofEpochMilli(Long.parseLong(line.substring(0, line.indexOf(':'))));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return System.currentTimeMillis();
    }
  }
}
