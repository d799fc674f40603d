package dev.huntsql.engine.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/** Opens event files for reading only, decompressing gzip transparently. */
public final class EventFiles {
  private static final int BUFFER = 1 << 16;

  private EventFiles() {}

  /** A read-only stream of the file's (decompressed) bytes. */
  public static InputStream open(Path path) throws IOException {
    InputStream raw = Files.newInputStream(path, StandardOpenOption.READ);
    try {
      if (path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
        return new GZIPInputStream(raw, BUFFER);
      }
      return new BufferedInputStream(raw, BUFFER);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}
