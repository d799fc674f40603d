package dev.huntsql.bench;

import dev.huntsql.engine.generate.EventGenerator;
import dev.huntsql.engine.generate.GeneratedTable;
import dev.huntsql.engine.generate.GeneratorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Makes (or reuses) the benchmark's DeviceNetworkEvents file and its gzip copy. */
final class BenchData {
  static final String TABLE = "DeviceNetworkEvents";
  private static final long SEED = 1;

  private BenchData() {}

  /** A small file of the same kind, for warming the JVM up before measuring. */
  static DataSet warmUp(BenchOptions options) throws IOException {
    Path dir = options.data().resolve("warm-up");
    Path file = dir.resolve(TABLE + ".json");
    if (!Files.exists(file)) {
      EventGenerator.generate(GeneratorOptions.of(TABLE, 4000, dir, SEED + 1));
    }
    return new DataSet("warm-up", dir, file, Files.size(file), Files.size(file));
  }

  /** The plain file first, then (if asked) the gzip copy of the same bytes. */
  static List<DataSet> prepare(BenchOptions options, PrintStream log) throws IOException {
    Path plainDir = options.data().resolve("json");
    Path plain = plainDir.resolve(TABLE + ".json");
    long size = Files.exists(plain) ? Files.size(plain) : 0;
    if (size < options.bytes() * 0.95 || size > options.bytes() * 1.10) {
      log.printf(Locale.ROOT, "generating %s of %s under %s ...%n", Sizes.mb(options.bytes()), TABLE, plainDir);
      GeneratorOptions generate = GeneratorOptions.of(TABLE, 1, plainDir, SEED).withBytes(options.bytes());
      GeneratedTable table = EventGenerator.generate(generate).get(0);
      log.printf(Locale.ROOT, "  %,d rows, %s in %.1f s%n", table.rows(), Sizes.mb(table.bytes()), table.nanos() / 1e9);
      size = Files.size(plain);
    } else {
      log.printf(Locale.ROOT, "reusing %s (%s)%n", plain, Sizes.mb(size));
    }
    List<DataSet> sets = new ArrayList<>();
    sets.add(new DataSet("json", plainDir, plain, size, size));
    if (options.gzip()) {
      Path gzipDir = options.data().resolve("json.gz");
      Path gzip = gzipDir.resolve(TABLE + ".json.gz");
      if (!Files.exists(gzip) || Files.getLastModifiedTime(gzip).compareTo(Files.getLastModifiedTime(plain)) < 0) {
        log.printf(Locale.ROOT, "compressing it to %s ...%n", gzip);
        Files.createDirectories(gzipDir);
        long began = System.nanoTime();
        try (InputStream in = Files.newInputStream(plain);
            OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip), 1 << 16)) {
          in.transferTo(out);
        }
        log.printf(Locale.ROOT, "  %s in %.1f s%n", Sizes.mb(Files.size(gzip)), (System.nanoTime() - began) / 1e9);
      }
      sets.add(new DataSet("json.gz", gzipDir, gzip, size, Files.size(gzip)));
    }
    return sets;
  }
}
