package dev.huntsql.engine.files;

import dev.huntsql.engine.HuntException;
import dev.huntsql.engine.scan.Diagnostics;
import dev.huntsql.engine.schema.DefenderSchemas;
import dev.huntsql.engine.schema.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the event files in a data folder and says which table each belongs to.
 *
 * <p>Streaming-API envelopes go to the table their {@code category} names, whatever the file is
 * called. Other records go to the table named by the top-level folder they are in
 * ({@code DeviceNetworkEvents/...}, or the storage-account folder
 * {@code insights-logs-advancedhunting-devicenetworkevents/...}), or else by the file's name up
 * to its first dot ({@code DeviceNetworkEvents.json.gz}). Names match Defender's tables in any
 * letter case and take the documented spelling. Files are only ever opened for reading.
 */
public final class DataDirectory {
  private static final String STORAGE_PREFIX = "insights-logs-advancedhunting-";

  private final Path root;
  private final Map<String, TableFiles> tables;

  private DataDirectory(Path root, Map<String, TableFiles> tables) {
    this.root = root;
    this.tables = tables;
  }

  /** The files of one table. */
  public record TableFiles(String name, List<FileSlice> files) {}

  /** Scans a folder; unreadable or foreign files are reported to {@code diagnostics} and left out. */
  public static DataDirectory scan(Path root, Diagnostics diagnostics) {
    if (Files.isRegularFile(root)) {
      throw new HuntException("--data takes a folder, and " + root + " is a file; give the folder that holds it");
    }
    if (!Files.isDirectory(root)) {
      throw new HuntException("data folder not found: " + root);
    }
    Path realRoot;
    List<Path> files;
    try {
      realRoot = root.toRealPath();
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
      }
    } catch (IOException e) {
      throw new HuntException("cannot read data folder " + root + ": " + e.getMessage(), e);
    }
    Map<String, TableFiles> tables = new LinkedHashMap<>();
    for (Path file : files) {
      if (isHidden(root, file)) {
        continue;
      }
      if (!isInside(realRoot, file)) {
        diagnostics.badFile(file, "is a symbolic link to a file outside the data folder, left out");
        continue;
      }
      addFile(root, file, tables, diagnostics);
    }
    return new DataDirectory(root, tables);
  }

  private static void addFile(Path root, Path file, Map<String, TableFiles> tables, Diagnostics diagnostics) {
    FileSniffer.Sniffed sniffed;
    try {
      sniffed = FileSniffer.sniff(file);
    } catch (IOException e) {
      diagnostics.badFile(file, "cannot be read: " + e.getMessage());
      return;
    }
    switch (sniffed.kind()) {
      case EMPTY:
        // An empty file named after a table still makes that (empty) table exist.
        add(tables, tableNameFor(root, file), new FileSlice(file, FileFormat.JSON_LINES, false));
        return;
      case NOT_EVENT_DATA:
        diagnostics.badFile(file, "is not event data (expected JSON records or a CSV export with a header row), left out");
        return;
      case ENVELOPES:
        for (String table : sniffed.envelopeTables()) {
          add(tables, table, new FileSlice(file, sniffed.format(), true));
        }
        return;
      default:
        add(tables, tableNameFor(root, file), new FileSlice(file, sniffed.format(), false));
    }
  }

  private static void add(Map<String, TableFiles> tables, String name, FileSlice slice) {
    String canonical = DefenderSchemas.find(name).map(TableSchema::name).orElse(name);
    tables.computeIfAbsent(canonical.toLowerCase(Locale.ROOT), k -> new TableFiles(canonical, new ArrayList<>()))
        .files().add(slice);
  }

  private static String tableNameFor(Path root, Path file) {
    Path relative = root.relativize(file);
    String name = relative.getNameCount() > 1 ? relative.getName(0).toString() : file.getFileName().toString();
    if (relative.getNameCount() == 1) {
      int dot = name.indexOf('.');
      name = dot > 0 ? name.substring(0, dot) : name;
    }
    if (name.toLowerCase(Locale.ROOT).startsWith(STORAGE_PREFIX)) {
      name = name.substring(STORAGE_PREFIX.length());
    }
    return name;
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** False for a file reached through a symbolic link that leads outside the data folder. */
  private static boolean isInside(Path realRoot, Path file) {
    try {
      return file.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  public Path root() {
    return root;
  }

  /** Tables found, keyed by lower-case name. */
  public Map<String, TableFiles> tables() {
    return tables;
  }
}
