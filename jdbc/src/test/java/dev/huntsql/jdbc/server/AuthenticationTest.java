package dev.huntsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huntsql.jdbc.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP BASIC logins from a users file, and the rule that only loopback may go without them. */
class AuthenticationTest {
  @Test
  void usersLogInAndAWrongPasswordIsToldSo(@TempDir Path temp) throws Exception {
    Path users = temp.resolve("users.properties");
    Files.writeString(users, "# name: password\nalice: s3cret\n");
    StringWriter log = new StringWriter();
    try (HuntServer server = HuntServer.start(ServeOptions.parse(
        List.of("--data", TestData.sample().toString(), "--port", "0", "--users", users.toString()), null),
        new PrintWriter(log, true))) {
      String url = server.jdbcUrl() + ";authentication=BASIC;avatica_user=alice;avatica_password=";
      try (Connection connection = DriverManager.getConnection(url + "s3cret"); Statement statement = connection.createStatement()) {
        assertEquals(List.of("EXPR$0=118"), TestData.rows(statement.executeQuery("select count(*) from DeviceNetworkEvents")));
      }
      Exception wrong = assertThrows(Exception.class, () -> DriverManager.getConnection(url + "guess").close());
      assertTrue(wrong.getMessage().contains("HTTP/401"), wrong.getMessage());
      Exception anonymous = assertThrows(Exception.class, () -> DriverManager.getConnection(server.jdbcUrl()).close());
      assertTrue(anonymous.getMessage().contains("HTTP/401"), anonymous.getMessage());
    }
    assertTrue(log.toString().contains("readable by other users") == isShared(users), log.toString());
  }

  private static boolean isShared(Path file) {
    return new ServeOptions(null, null, false, 0, BindAddress.parse("127.0.0.1"), file, 0, 0).usersFileIsShared();
  }

  @Test
  void onlyLoopbackMayGoWithoutLogins(@TempDir Path temp) throws Exception {
    IllegalArgumentException open = assertThrows(IllegalArgumentException.class,
        () -> ServeOptions.parse(List.of("--data", ".", "--bind", "0.0.0.0"), null));
    assertTrue(open.getMessage().contains("give --users FILE"), open.getMessage());
    Path users = temp.resolve("users");
    Files.writeString(users, "bob: OBF:1v2j1uum1xtv1zej1zer1xtn1uvk1v1v\n");
    assertEquals("0.0.0.0", ServeOptions.parse(List.of("--data", ".", "--bind", "0.0.0.0", "--users", users.toString()), null)
        .bind().host());
    assertTrue(ServeOptions.parse(List.of("--data", ".", "--bind", "localhost"), null).bind().loopback());
    assertTrue(ServeOptions.parse(List.of("--data", ".", "--bind", "127.0.0.2"), null).bind().loopback());
    assertTrue(ServeOptions.parse(List.of("--data", ".", "--bind", "[::1]"), null).bind().loopback());
    IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
        () -> ServeOptions.parse(List.of("--data", ".", "--bind", "example.org"), null));
    assertTrue(name.getMessage().contains("never looks up host names"), name.getMessage());
    Path empty = temp.resolve("empty");
    Files.writeString(empty, "# nobody\n");
    assertThrows(IllegalArgumentException.class,
        () -> ServeOptions.parse(List.of("--data", ".", "--users", empty.toString()), null));
  }

  @Test
  void badOptionsAreUsageErrors() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(2, ServerLauncher.run(List.of("--port", "http"), Path.of("."), new PrintWriter(out), new PrintWriter(err)));
    assertTrue(err.toString().contains("--port takes a whole number"), err.toString());
    assertEquals(2, ServerLauncher.run(List.of("--colour"), Path.of("."), new PrintWriter(out), new PrintWriter(err)));
    assertEquals(1, ServerLauncher.run(List.of("--data", "/no/such/folder", "--port", "0"), null,
        new PrintWriter(out), new PrintWriter(err, true)));
    assertTrue(err.toString().contains("data folder not found"), err.toString());
    assertEquals(0, ServerLauncher.run(List.of("--help"), null, new PrintWriter(out), new PrintWriter(err)));
    assertTrue(out.toString().startsWith("Usage: huntsql serve"), out.toString());
  }
}
