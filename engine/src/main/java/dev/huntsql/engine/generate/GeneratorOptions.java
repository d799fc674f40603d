package dev.huntsql.engine.generate;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to generate: tables, how much (rows, or uncompressed bytes), where, in which shape.
 *
 * @param tables the tables, by their documented names
 * @param rows rows per table, or 0 when {@code bytes} decides
 * @param bytes uncompressed bytes per table (at least), or 0 when {@code rows} decides
 * @param out the folder the files go to
 * @param gzip true to gzip each file
 * @param seed the same seed gives the same files
 * @param csv true for Advanced Hunting CSV, false for JSON lines
 * @param files how many files each table is split into (consecutive time slices)
 * @param devices how many devices the organisation has
 * @param start the time of the first event
 * @param hours how many hours the events span
 */
public record GeneratorOptions(List<String> tables, long rows, long bytes, Path out, boolean gzip, long seed,
    boolean csv, int files, int devices, Instant start, int hours) {

  /** The tables the generator knows. */
  public static final List<String> TABLES = List.of("DeviceNetworkEvents", "DeviceProcessEvents", "DeviceLogonEvents");

  static final String USAGE = "usage: generate --table T|all --rows N|--size BYTES[k|m|g] --out DIR [--gzip] "
      + "[--seed S] [--format json|csv] [--files K] [--devices D] [--start ISO-INSTANT] [--hours H]\n"
      + "  tables: " + String.join(", ", TABLES);

  public GeneratorOptions {
    tables = List.copyOf(tables);
  }

  /** Options for one table of {@code rows} JSON lines with the defaults for the rest. */
  public static GeneratorOptions of(String table, long rows, Path out, long seed) {
    return new GeneratorOptions(List.of(canonical(table)), rows, 0, out, false, seed, false, 1, 500,
        Instant.parse("2025-09-01T00:00:00Z"), 24);
  }

  public GeneratorOptions withGzip(boolean on) {
    return new GeneratorOptions(tables, rows, bytes, out, on, seed, csv, files, devices, start, hours);
  }

  public GeneratorOptions withOut(Path folder) {
    return new GeneratorOptions(tables, rows, bytes, folder, gzip, seed, csv, files, devices, start, hours);
  }

  public GeneratorOptions withBytes(long size) {
    return new GeneratorOptions(tables, 0, size, out, gzip, seed, csv, files, devices, start, hours);
  }

  public GeneratorOptions withCsv(boolean on) {
    return new GeneratorOptions(tables, rows, bytes, out, gzip, seed, on, files, devices, start, hours);
  }

  public GeneratorOptions withFiles(int count) {
    return new GeneratorOptions(tables, rows, bytes, out, gzip, seed, csv, count, devices, start, hours);
  }

  /** Parses the command line; a usage error is an {@link IllegalArgumentException} with a message. */
  public static GeneratorOptions parse(String... args) {
    List<String> tables = new ArrayList<>();
    long rows = 0;
    long bytes = 0;
    Path out = null;
    boolean gzip = false;
    long seed = 1;
    boolean csv = false;
    int files = 1;
    int devices = 500;
    Instant start = Instant.parse("2025-09-01T00:00:00Z");
    int hours = 24;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--gzip":
          gzip = true;
          break;
        case "--table":
          String value = value(args, ++i, arg);
          if (value.equalsIgnoreCase("all")) {
            tables.addAll(TABLES);
          } else {
            for (String name : value.split(",")) {
              tables.add(canonical(name.trim()));
            }
          }
          break;
        case "--rows":
          rows = positive(value(args, ++i, arg), arg);
          break;
        case "--size":
          bytes = size(value(args, ++i, arg));
          break;
        case "--out":
          out = Path.of(value(args, ++i, arg));
          break;
        case "--seed":
          seed = number(value(args, ++i, arg), arg);
          break;
        case "--format":
          String format = value(args, ++i, arg).toLowerCase(Locale.ROOT);
          if (!format.equals("json") && !format.equals("jsonl") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format must be json or csv, not " + format);
          }
          csv = format.equals("csv");
          break;
        case "--files":
          files = (int) Math.min(100_000, positive(value(args, ++i, arg), arg));
          break;
        case "--devices":
          devices = (int) Math.min(1_000_000, positive(value(args, ++i, arg), arg));
          break;
        case "--start":
          try {
            start = Instant.parse(value(args, ++i, arg));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--start must be an ISO instant such as 2025-09-01T00:00:00Z");
          }
          break;
        case "--hours":
          hours = (int) Math.min(24 * 366, positive(value(args, ++i, arg), arg));
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("--table is required");
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required");
    }
    if ((rows == 0) == (bytes == 0)) {
      throw new IllegalArgumentException("give one of --rows and --size");
    }
    return new GeneratorOptions(tables, rows, bytes, out, gzip, seed, csv, files, devices, start, hours);
  }

  /** The documented spelling of a table name given in any letter case. */
  static String canonical(String name) {
    for (String table : TABLES) {
      if (table.equalsIgnoreCase(name)) {
        return table;
      }
    }
    throw new IllegalArgumentException("cannot generate table " + name + "; tables: " + String.join(", ", TABLES));
  }

  /** A size such as {@code 1g}, {@code 500m}, {@code 64k} or {@code 1048576} (bytes). */
  static long size(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("b")) {
      t = t.substring(0, t.length() - 1);
    }
    long unit = 1;
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    if (last == 'k' || last == 'm' || last == 'g') {
      unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
      t = t.substring(0, t.length() - 1);
    }
    try {
      double amount = Double.parseDouble(t);
      if (!(amount > 0)) {
        throw new NumberFormatException();
      }
      return (long) (amount * unit);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--size must be a size such as 1g, 500m or 64k, not " + text);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static long number(String text, String option) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number, not " + text);
    }
  }

  private static long positive(String text, String option) {
    long n = number(text, option);
    if (n <= 0) {
      throw new IllegalArgumentException(option + " must be positive, not " + text);
    }
    return n;
  }
}
