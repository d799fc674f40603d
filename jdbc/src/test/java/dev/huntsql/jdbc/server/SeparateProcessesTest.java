package dev.huntsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.jdbc.ChildJvm;
import dev.huntsql.jdbc.TestData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huntsql serve} as its own process (with a small heap), and clients in other processes:
 * a JVM in another time zone, sqlline; then a query too big for the heap, then SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeparateProcessesTest {
  private static final Pattern URL = Pattern.compile("(jdbc:avatica:remote:url=\\S+)");

  private static Process server;
  private static String remoteUrl;
  private static Path serverErrors;

  @BeforeAll
  static void startServer() throws Exception {
    serverErrors = Files.createTempFile("huntsql-serve", ".err");
    server = ChildJvm.withTestClassPath().options("-Xmx192m").start(serverErrors,
        ServerLauncher.class.getName(), "--data", TestData.withEndlessTable().toString(), "--port", "0");
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher url = line == null ? null : URL.matcher(line);
    if (url == null || !url.find()) {
      throw new AssertionError("the server did not start: " + line + "\n" + Files.readString(serverErrors));
    }
    remoteUrl = url.group(1);
  }

  @AfterAll
  static void stopServer() throws java.io.IOException {
    if (server.isAlive()) {
      server.destroyForcibly();
    }
    Files.deleteIfExists(serverErrors);
  }

  private static String embeddedUrl() {
    return "jdbc:huntsql:" + TestData.sample();
  }

  @Test
  @Order(1)
  void aClientInAnotherTimeZoneReadsUtcWallClocks() throws Exception {
    String out = ChildJvm.withTestClassPath().options("-Duser.timezone=Europe/Berlin")
        .run(90, "dev.huntsql.jdbc.TimeZoneProbe", embeddedUrl(), remoteUrl);
    List<String> lines = out.lines().toList();
    assertEquals("zone=Europe/Berlin", lines.get(0));
    assertEquals("jdbc:huntsql string=2025-09-01 08:14:02.103 timestamp=2025-09-01 08:14:02.103"
        + " object=2025-09-01 08:14:02.103 utcInstant=2025-09-01T08:14:02.103Z"
        + " offsetDateTime=2025-09-01T08:14:02.103Z", lines.get(1));
    // Avatica's client answers getObject(column, type) for no type; the rest agrees.
    assertEquals("jdbc:avatica string=2025-09-01 08:14:02.103 timestamp=2025-09-01 08:14:02.103"
        + " object=2025-09-01 08:14:02.103 utcInstant=2025-09-01T08:14:02.103Z"
        + " offsetDateTime=unsupported", lines.get(2));
  }

  @Test
  @Order(2)
  void sqllineQueriesTheEmbeddedAndTheRemoteUrl(@TempDir Path temp) throws Exception {
    Path script = temp.resolve("count.sql");
    Files.writeString(script, "select count(*) as n, min(Timestamp) as first_seen from DeviceNetworkEvents;\n!quit\n");
    List<String> expected = List.of("'n','first_seen'", "'118','2025-09-01 08:14:02.103'");
    Path clients = Path.of("target", "clients");
    // The embedded driver on the module's class path; the remote one from Avatica's published client jar alone.
    assertEquals(expected, sqlline(ChildJvm.withExtraClassPath(clients.resolve("sqlline.jar")), embeddedUrl(), script));
    assertEquals(expected, sqlline(ChildJvm.withClassPath(clients.resolve("sqlline.jar"),
        clients.resolve("avatica-client.jar"), clients.resolve("slf4j-api.jar")), remoteUrl, script));
  }

  private static List<String> sqlline(ChildJvm jvm, String url, Path script) throws Exception {
    String out = jvm.options("-Duser.timezone=America/New_York").run(90, "sqlline.SqlLine", "-u", url, "-n", "", "-p", "",
        "--silent=true", "--outputformat=csv", "-f", script.toString());
    return out.lines().filter(line -> line.startsWith("'")).toList();
  }

  @Test
  @Order(3)
  void aQueryTooBigForTheHeapFailsAndTheServerKeepsServing() throws SQLException {
    String hungry = "select make_list(strcat(a.DeviceName, b.DeviceName, c.DeviceName, a.RemoteIP)) as everything "
        + "from DeviceNetworkEvents a, DeviceNetworkEvents b, DeviceNetworkEvents c";
    try (Connection connection = DriverManager.getConnection(remoteUrl); Statement statement = connection.createStatement()) {
      SQLException failed = assertThrows(SQLException.class, () -> TestData.rows(statement.executeQuery(hungry)));
      assertTrue(failed.getMessage().contains("memory"), failed.getMessage());
    }
    try (Connection connection = DriverManager.getConnection(remoteUrl); Statement statement = connection.createStatement()) {
      assertEquals(List.of("EXPR$0=118"), TestData.rows(statement.executeQuery("select count(*) from DeviceNetworkEvents")));
    }
  }

  @Test
  @Order(4)
  void sigtermStopsGracefully() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Connection connection = DriverManager.getConnection(remoteUrl);
    Thread running = new Thread(() -> {
      try (Statement statement = connection.createStatement()) {
        TestData.rows(statement.executeQuery(TestData.ENDLESS_QUERY));
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    running.start();
    Thread.sleep(1_500);
    server.destroy();
    assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the server stopped");
    running.join(10_000);
    assertEquals(143, server.exitValue(), "ended by SIGTERM, after its shutdown hook");
    String errors = Files.readString(serverErrors);
    assertTrue(errors.contains("huntsql: stopping (1 queries running"), errors);
    assertTrue(errors.contains("huntsql: stopped"), errors);
    assertTrue(failure.get() != null && failure.get().getMessage().contains("the server is shutting down"),
        String.valueOf(failure.get()));
  }
}
