package dev.huntsql.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * Where the shell writes: results (the screen, standard output, or a file chosen with
 * {@code .output}) and messages (standard error, or the screen), and how wide results may be.
 */
final class Streams implements AutoCloseable {
  private final PrintWriter screen;
  private final PrintWriter messages;
  private final IntSupplier screenWidth;
  private PrintWriter file;
  private Path filePath;

  /**
   * @param screen where results go when no file is chosen
   * @param messages where notices, warnings and errors go
   * @param screenWidth the screen's width, or 0 when results are not read on a screen
   */
  Streams(PrintWriter screen, PrintWriter messages, IntSupplier screenWidth) {
    this.screen = screen;
    this.messages = messages;
    this.screenWidth = screenWidth;
  }

  PrintWriter results() {
    return file != null ? file : screen;
  }

  PrintWriter messages() {
    return messages;
  }

  /** True when results go to a screen (not a file or a pipe), so they should fit it. */
  boolean resultsOnScreen() {
    return file == null && screenWidth.getAsInt() > 0;
  }

  /** The width results must fit, or 0 for none. */
  int width() {
    return file == null ? screenWidth.getAsInt() : 0;
  }

  /**
   * Sends results to a file (replacing it), or back to the screen when {@code path} is null. A file
   * in the data folder is refused, also when reached through a symbolic link or as a hard link of
   * one of its files: event files are never written.
   */
  void output(Path path, Path dataFolder) throws IOException {
    if (path != null && dataFolder != null && (isInside(path, dataFolder) || isAFileOf(path, dataFolder))) {
      throw new dev.huntsql.engine.HuntException("will not write results into the data folder " + dataFolder
          + " (event files are never written); choose a file elsewhere");
    }
    PrintWriter next = path == null ? null : new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    closeFile();
    file = next;
    filePath = path;
  }

  /** Whether the file (or, for an existing link, the file it leads to) would be in the folder. */
  private static boolean isInside(Path file, Path folder) {
    try {
      Path realFolder = folder.toRealPath();
      if (Files.exists(file)) {
        return file.toRealPath().startsWith(realFolder);
      }
      Path parent = file.toAbsolutePath().normalize().getParent();
      Path realParent = parent != null && Files.exists(parent) ? parent.toRealPath() : parent;
      return realParent != null && realParent.startsWith(realFolder);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether an existing file is one of the folder's files under another name (a hard link). */
  private static boolean isAFileOf(Path file, Path folder) throws IOException {
    if (!Files.isRegularFile(file) || !Files.isDirectory(folder)) {
      return false;
    }
    Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    if (key == null) {
      return false;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).anyMatch(candidate -> {
        try {
          return key.equals(Files.readAttributes(candidate, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
          return false;
        }
      });
    }
  }

  /** The file results go to, or null for the screen. */
  Path outputFile() {
    return filePath;
  }

  private void closeFile() {
    if (file != null) {
      file.close();
      file = null;
      filePath = null;
    }
  }

  @Override
  public void close() {
    closeFile();
    screen.flush();
    messages.flush();
  }

  /** A UTF-8 writer over a stream that closing the writer leaves open. */
  static PrintWriter writer(OutputStream stream, boolean autoFlush) {
    return new PrintWriter(new OutputStreamWriter(new NonClosing(stream), StandardCharsets.UTF_8), autoFlush);
  }

  /** Lets a writer over standard output be closed without closing standard output. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
