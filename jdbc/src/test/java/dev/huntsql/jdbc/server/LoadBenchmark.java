package dev.huntsql.jdbc.server;

import dev.huntsql.jdbc.TestData;
import dev.huntsql.queries.Detections;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Load benchmark (not a test): N clients, each on its own connection to one loopback server,
 * run the shipped detection and ad hoc queries for a bounded time; prints throughput, p50/p99
 * latency, errors, and threads and file handles before and after.
 *
 * <p>Run with {@code jdbc/bench/load.sh [--clients 16] [--seconds 30] [--data DIR]}.
 */
public final class LoadBenchmark {
  private static final String DETECTION = Detections.find("smb-ntlm-unknown-remote").orElseThrow().sql();
  private static final List<String> AD_HOC = List.of(
      "select DeviceName, count(*) as n, dcount(RemoteIP) as ips from DeviceNetworkEvents group by DeviceName order by n desc",
      "select RemoteIP, geo_country(RemoteIP) as country from DeviceNetworkEvents where not ipv4_is_private(RemoteIP) limit 20",
      "select ActionType, make_set(RemotePort) as ports from DeviceNetworkEvents group by ActionType");

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int clients = 16;
    int seconds = 30;
    Path data = TestData.sample();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients":
          clients = Integer.parseInt(args[++i]);
          break;
        case "--seconds":
          seconds = Integer.parseInt(args[++i]);
          break;
        case "--data":
          data = Path.of(args[++i]);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    warmUp(data);
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
    List<String> filesBefore = openFiles();
    HuntServer server = HuntServer.start(ServeOptions.parse(List.of("--data", data.toString(), "--port", "0"), null),
        new PrintWriter(System.err, true));
    String url = server.jdbcUrl();
    System.out.printf("%d clients for %d s against %s (data %s)%n", clients, seconds, url, data);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<Long> firsts = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    AtomicLong rows = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      running.add(pool.submit(() -> {
        try (Connection connection = DriverManager.getConnection(url)) {
          for (int n = client; System.nanoTime() < deadline; n++) {
            long began = System.nanoTime();
            try {
              rows.addAndGet(run(connection, n));
              (n == client ? firsts : latencies).add(System.nanoTime() - began);
            } catch (SQLException e) {
              if (errors.incrementAndGet() <= 3) {
                System.err.println("error: " + e.getMessage());
              }
            }
          }
        } catch (SQLException e) {
          errors.incrementAndGet();
          System.err.println("cannot connect: " + e.getMessage());
        }
        return null;
      }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    server.stop();
    Thread.sleep(1_000);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    List<Long> first = new ArrayList<>(firsts);
    Collections.sort(first);
    int queries = sorted.size() + first.size();
    System.out.printf("queries %d in %.1f s: %.1f queries/s, %d rows%n", queries, elapsed, queries / elapsed, rows.get());
    System.out.printf("latency p50 %.0f ms, p99 %.0f ms, max %.0f ms (each client's first query, on a new session,"
        + " apart: p50 %.0f ms, max %.0f ms)%n", percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100),
        percentile(first, 50), percentile(first, 100));
    System.out.printf("errors %d%n", errors.get());
    List<String> filesAfter = openFiles();
    System.out.printf("threads %d before, %d after; open files %d before, %d after%n", threadsBefore,
        ManagementFactory.getThreadMXBean().getThreadCount(), filesBefore.size(), filesAfter.size());
    filesAfter.removeAll(filesBefore);
    long eventFiles = filesAfter.stream().filter(target -> target.startsWith("/")).count();
    long sockets = filesAfter.stream().filter(target -> target.startsWith("socket:")).count();
    // Avatica's client keeps a static pool of HTTP connections per URL; those sockets are the client's.
    System.out.printf("opened and not closed: %d files, %d sockets (Avatica's client pool), %d other%n", eventFiles,
        sockets, filesAfter.size() - eventFiles - sockets);
    System.exit(errors.get() == 0 ? 0 : 1);
  }

  /** Runs each kind of query once on a server of its own, so that class loading is not counted as a leak. */
  private static void warmUp(Path data) throws SQLException {
    HuntServer server = HuntServer.start(ServeOptions.parse(List.of("--data", data.toString(), "--port", "0"), null),
        new PrintWriter(System.err, true));
    try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
      for (int n = 0; n < 4 + AD_HOC.size(); n++) {
        run(connection, n);
      }
    } finally {
      server.stop();
    }
  }

  /** Query {@code n} of a client: every fourth the detection, the others ad hoc (one with parameters). */
  private static long run(Connection connection, int n) throws SQLException {
    if (n % 4 == 0) {
      return count(connection, DETECTION);
    }
    if (n % 4 == 1) {
      try (PreparedStatement statement = connection.prepareStatement(
          "select count(*) from DeviceNetworkEvents where RemotePort = ? and DeviceName like ?")) {
        statement.setInt(1, n % 2 == 0 ? 445 : 139);
        statement.setString(2, "%contoso%");
        return drain(statement.executeQuery());
      }
    }
    return count(connection, AD_HOC.get(n % AD_HOC.size()));
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return drain(statement.executeQuery(sql));
    }
  }

  private static long drain(ResultSet rows) throws SQLException {
    long n = 0;
    int columns = rows.getMetaData().getColumnCount();
    while (rows.next()) {
      for (int i = 1; i <= columns; i++) {
        rows.getObject(i);
      }
      n++;
    }
    rows.close();
    return n;
  }

  private static double percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  /** What this process's file descriptors point at (Linux); empty elsewhere. */
  private static List<String> openFiles() {
    List<String> targets = new ArrayList<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      fds.forEach(fd -> {
        try {
          targets.add(Files.readSymbolicLink(fd).toString());
        } catch (IOException e) {
          // Closed while listing.
        }
      });
    } catch (IOException e) {
      return targets;
    }
    return targets;
  }
}
