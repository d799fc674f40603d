package dev.huntsql.engine.generate;

import dev.huntsql.engine.schema.DefenderSchemas;
import dev.huntsql.engine.schema.TableSchema;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes realistic synthetic Defender events of any size, streaming in constant memory, the same
 * files for the same seed; {@code huntsql generate} runs {@link #main}.
 */
public final class EventGenerator {
  private static final int BUFFER = 1 << 16;

  private EventGenerator() {}

  /** The command line: {@code --table T --rows N --out DIR [--gzip] [--seed S]} and more (see usage). */
  public static void main(String[] args) {
    int code = run(args, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command line, reporting on {@code err}; returns the exit code (0, 1 I/O error, 2 usage). */
  public static int run(String[] args, PrintStream err) {
    GeneratorOptions options;
    try {
      options = GeneratorOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("huntsql generate: " + e.getMessage());
      err.println(GeneratorOptions.USAGE);
      return 2;
    }
    try {
      for (GeneratedTable table : generate(options)) {
        double seconds = table.nanos() / 1e9;
        err.printf(Locale.ROOT, "%s: %,d rows, %.1f MB in %.1f s (%.0f MB/s) -> %s%n", table.table(), table.rows(),
            table.bytes() / 1e6, seconds, table.bytes() / 1e6 / Math.max(seconds, 1e-9),
            table.files().size() == 1 ? table.files().get(0) : table.files().get(0).getParent());
      }
      return 0;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      err.println("huntsql generate: " + e.getFile() + " already exists; it is left alone (choose an empty --out folder)");
      return 1;
    } catch (IOException e) {
      err.println("huntsql generate: " + e);
      return 1;
    }
  }

  /** Generates every table the options name. */
  public static List<GeneratedTable> generate(GeneratorOptions options) throws IOException {
    Files.createDirectories(options.out());
    List<GeneratedTable> tables = new ArrayList<>();
    for (String table : options.tables()) {
      tables.add(generate(options, table));
    }
    return tables;
  }

  private static GeneratedTable generate(GeneratorOptions options, String table) throws IOException {
    long began = System.nanoTime();
    TableSchema schema = DefenderSchemas.find(table).orElseThrow();
    EventRow row = new EventRow(schema);
    TableGenerator generator = create(options, table, row);
    List<Path> files = new ArrayList<>();
    long written = 0;
    long bytes = 0;
    for (int part = 0; part < options.files(); part++) {
      Path path = path(options, table, part);
      Files.createDirectories(path.getParent());
      files.add(path);
      long rowsEnd = options.rows() * (part + 1) / options.files();
      long bytesEnd = options.bytes() * (part + 1) / options.files();
      EventWriter writer;
      try (OutputStream file = open(path, options.gzip())) {
        writer = options.csv() ? new CsvWriter(file, schema.columns()) : new JsonLinesWriter(file, schema.columns());
        try (EventWriter w = writer) {
          while (options.rows() > 0 ? written < rowsEnd : bytes + w.bytes() < bytesEnd) {
            row.clear();
            generator.next(row);
            w.write(row);
            written++;
          }
        }
      }
      bytes += writer.bytes();
    }
    return new GeneratedTable(table, files, written, bytes, System.nanoTime() - began);
  }

  private static TableGenerator create(GeneratorOptions options, String table, EventRow row) {
    long seed = options.seed();
    long startSecond = options.start().getEpochSecond();
    // Each part of the world has its own stream, so every table sees the same fleet for a seed.
    Fleet fleet = Fleet.create(options.devices(), startSecond, new SplittableRandom(seed));
    Addresses addresses = new Addresses(new SplittableRandom(seed ^ 0x5DEECE66DL));
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + table.hashCode());
    long expected = options.rows() > 0 ? options.rows() : options.bytes() / averageRowBytes(table);
    EventClock clock = new EventClock(startSecond, options.hours() * 3600L, expected);
    switch (table) {
      case "DeviceNetworkEvents":
        Inspections inspections = Inspections.build(new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL));
        return new NetworkEvents(row, fleet, addresses, inspections, clock, random);
      case "DeviceProcessEvents":
        return new ProcessEvents(row, fleet, clock, random);
      case "DeviceLogonEvents":
        return new LogonEvents(row, fleet, addresses, clock, random);
      default:
        throw new IllegalArgumentException("cannot generate table " + table);
    }
  }

  /** Roughly how large a JSON line of each table is, to spread a --size run over the time range. */
  private static long averageRowBytes(String table) {
    return table.equals("DeviceNetworkEvents") ? 2400 : 2300;
  }

  /** {@code DIR/Table.json}, or {@code DIR/Table/Table-00001.json} when a table has many files. */
  static Path path(GeneratorOptions options, String table, int part) {
    String extension = (options.csv() ? ".csv" : ".json") + (options.gzip() ? ".gz" : "");
    if (options.files() == 1) {
      return options.out().resolve(table + extension);
    }
    return options.out().resolve(table).resolve(String.format(Locale.ROOT, "%s-%05d%s", table, part, extension));
  }

  private static OutputStream open(Path path, boolean gzip) throws IOException {
    // CREATE_NEW: an existing file (perhaps a real export) is never overwritten.
    OutputStream file = Files.newOutputStream(path, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE);
    return gzip ? new GZIPOutputStream(file, BUFFER) : new BufferedOutputStream(file, BUFFER);
  }
}
