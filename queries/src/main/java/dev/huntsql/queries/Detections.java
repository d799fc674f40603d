package dev.huntsql.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The detections that ship with huntsql, read from the classpath ({@code detections/INDEX}). */
public final class Detections {
  private static final String FOLDER = "/detections/";

  private Detections() {}

  /** Every shipped detection, in the order of the index. */
  public static List<Detection> all() {
    List<Detection> detections = new ArrayList<>();
    for (String name : read("INDEX").split("\n")) {
      if (!name.isBlank()) {
        detections.add(Detection.parse(name.trim(), read(name.trim() + ".sql")));
      }
    }
    return detections;
  }

  /** The detection with this name, in any letter case. */
  public static Optional<Detection> find(String name) {
    return all().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
  }

  private static String read(String resource) {
    try (InputStream in = Detections.class.getResourceAsStream(FOLDER + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FOLDER + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
