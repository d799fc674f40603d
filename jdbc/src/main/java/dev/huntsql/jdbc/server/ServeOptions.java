package dev.huntsql.jdbc.server;

import dev.huntsql.jdbc.DriverSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * How {@code huntsql serve} is set up.
 *
 * @param data the folder of event files served
 * @param geoip an MMDB geo database, or null for the shipped one
 * @param strict stop a query at the first malformed record
 * @param port the TCP port (0: any free one)
 * @param bind the address listened on
 * @param users a Jetty users file ({@code name: password}) for HTTP BASIC, or null for none
 * @param queryTimeout seconds a query may run (0: no limit)
 * @param maxRows most rows a query returns (0: no limit)
 */
public record ServeOptions(Path data, Path geoip, boolean strict, int port, BindAddress bind, Path users,
    int queryTimeout, long maxRows) {
  public static final int DEFAULT_PORT = 8765;
  public static final int DEFAULT_QUERY_TIMEOUT = 300;
  public static final long DEFAULT_MAX_ROWS = 1_000_000;

  public static final String USAGE = String.join("\n",
      "Usage: huntsql serve [--data DIR] [--port 8765] [--bind 127.0.0.1] [--users FILE]",
      "                     [--query-timeout SECONDS] [--max-rows N] [--geoip FILE] [--strict]",
      "",
      "Serves the folder's event tables to JDBC clients (Avatica, protobuf over HTTP) at",
      "  jdbc:avatica:remote:url=http://HOST:PORT;serialization=protobuf",
      "and Avatica JSON on the paths /json and /druid/v2/sql/avatica/ (Metabase's Druid JDBC).",
      "",
      "  --data DIR             folder of event files (default: $HUNTSQL_DATA, else the shipped sample)",
      "  --port N               TCP port (default 8765; 0 picks a free one)",
      "  --bind ADDRESS         IP address to listen on (default 127.0.0.1, this machine only);",
      "                         any other address needs --users",
      "  --users FILE           HTTP BASIC users, one 'name: password' per line (Jetty's format;",
      "                         passwords may be OBF:, MD5: or CRYPT: hashed)",
      "  --query-timeout S      seconds a query may run (default 300; 0: no limit)",
      "  --max-rows N           most rows a query returns; a longer result is an error (default 1000000; 0: no limit)",
      "  --geoip FILE           MMDB geo database instead of the shipped one",
      "  --strict               stop a query at the first malformed record",
      "",
      "Put TLS in front with a reverse proxy (see docs/JDBC.md). Ctrl-C stops the server.",
      "");

  /** Reads the arguments after {@code serve}; a bad one is an {@link IllegalArgumentException}. */
  public static ServeOptions parse(List<String> args, Path defaultData) {
    Path data = defaultData;
    Path geoip = null;
    boolean strict = false;
    int port = DEFAULT_PORT;
    BindAddress bind = BindAddress.parse("127.0.0.1");
    Path users = null;
    int queryTimeout = DEFAULT_QUERY_TIMEOUT;
    long maxRows = DEFAULT_MAX_ROWS;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      switch (option) {
        case "--data":
        case "-d":
          data = Path.of(value(args, ++i, option));
          break;
        case "--geoip":
          geoip = Path.of(value(args, ++i, option));
          break;
        case "--strict":
          strict = true;
          break;
        case "--port":
          port = (int) number(value(args, ++i, option), option, 65535);
          break;
        case "--bind":
          bind = BindAddress.parse(value(args, ++i, option));
          break;
        case "--users":
          users = Path.of(value(args, ++i, option));
          break;
        case "--query-timeout":
          queryTimeout = (int) number(value(args, ++i, option), option, Integer.MAX_VALUE);
          break;
        case "--max-rows":
          maxRows = number(value(args, ++i, option), option, Long.MAX_VALUE);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + option + " for serve (see huntsql serve --help)");
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("serve needs --data DIR");
    }
    if (users != null) {
      checkUsersFile(users);
    } else if (!bind.loopback()) {
      throw new IllegalArgumentException("--bind " + bind.host() + " would let other machines read the event files;"
          + " give --users FILE so they must log in (and put TLS in front, see docs/JDBC.md)");
    }
    return new ServeOptions(data.toAbsolutePath().normalize(), geoip, strict, port, bind, users, queryTimeout, maxRows);
  }

  /** The settings each client connection's session gets: the server's, never the client's. */
  public DriverSettings driverSettings() {
    return new DriverSettings(data, geoip, strict, queryTimeout, maxRows, true);
  }

  /** True when group or others may read the users file (only where the file system says). */
  public boolean usersFileIsShared() {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(users);
      return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static void checkUsersFile(Path users) {
    try {
      boolean anyUser = Files.readAllLines(users).stream()
          .map(String::strip)
          .anyMatch(line -> !line.isEmpty() && !line.startsWith("#") && line.indexOf(':') > 0);
      if (!anyUser) {
        throw new IllegalArgumentException("--users " + users + " has no 'name: password' line");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --users " + users + ": " + e.getMessage(), e);
    }
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static long number(String text, String option, long max) {
    try {
      long value = Long.parseLong(text.trim());
      if (value < 0 || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a whole number from 0 to " + max + ", not '" + text + "'");
    }
  }
}
