package dev.huntsql.jdbc.server;

import dev.huntsql.engine.scan.MemoryBudget;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.server.HttpServer;
import org.apache.calcite.avatica.server.ServerCustomizer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;

/**
 * The remote JDBC server: Avatica's protocol (protobuf over HTTP; JSON on the paths
 * {@link ProtocolRouter} names) in front of huntsql sessions on one data folder, listening on one
 * address, with the time, row and memory guards on.
 */
public final class HuntServer implements AutoCloseable {
  /** How long a stop waits for requests in flight. */
  private static final long STOP_GRACE_MILLIS = 5_000;

  private final ServeOptions options;
  private final GuardedMeta meta;
  private final HttpServer http;
  private final MemoryBudget.Registration memory;
  private final PrintWriter log;
  private boolean stopped;

  private HuntServer(ServeOptions options, GuardedMeta meta, HttpServer http, PrintWriter log) {
    this.options = options;
    this.meta = meta;
    this.http = http;
    this.log = log;
    this.memory = MemoryBudget.onLowMemory(this::lowMemory);
  }

  /** Starts serving; a missing data folder or a port in use is an error here, not at the first client. */
  public static HuntServer start(ServeOptions options, PrintWriter log) throws SQLException {
    if (!Files.isDirectory(options.data())) {
      throw new SQLException("data folder not found: " + options.data());
    }
    GuardedMeta meta = new GuardedMeta(options.driverSettings());
    HttpServer.Builder<Server> builder = new HttpServer.Builder<Server>()
        .withPort(options.port())
        .withHandler(new ProtocolRouter(new CheckedService(new LocalService(meta), meta.sessions())))
        .withServerCustomizers(List.of(listenOnly(options.bind().host())), Server.class);
    if (options.users() != null) {
      // "**": any user the file lists, whatever roles it gives them.
      builder.withBasicAuthentication(options.users().toString(), new String[] {"**"});
    }
    HttpServer http = builder.build();
    http.start();
    HuntServer server = new HuntServer(options, meta, http, log);
    if (options.users() != null && options.usersFileIsShared()) {
      log.println("huntsql: warning: " + options.users() + " is readable by other users; chmod 600 it");
    }
    return server;
  }

  /** Binds to the one address asked for (Avatica binds to all), and lets a stop finish requests in flight. */
  private static ServerCustomizer<Server> listenOnly(String host) {
    return server -> {
      for (Connector connector : server.getConnectors()) {
        ((ServerConnector) connector).setHost(host);
      }
      StatisticsHandler inFlight = new StatisticsHandler();
      inFlight.setHandler(server.getHandler());
      server.setHandler(inFlight);
      server.setStopTimeout(STOP_GRACE_MILLIS);
    };
  }

  public int port() {
    return http.getPort();
  }

  /** The JDBC URL clients use. */
  public String jdbcUrl() {
    String host = options.bind().host();
    String shown = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return "jdbc:avatica:remote:url=http://" + shown + ":" + port() + ";serialization=protobuf";
  }

  public int runningQueries() {
    return meta.runningQueries();
  }

  public int openConnections() {
    return meta.openConnections();
  }

  private void lowMemory() {
    int running = meta.runningQueries();
    if (running > 0) {
      log.println("huntsql: the heap is nearly full; stopping " + running + " running queries");
      log.flush();
      meta.cancelAll("the server was running out of memory; narrow the query (filters, fewer columns, LIMIT)");
    }
  }

  /** Stops serving: running queries fail saying so, requests in flight get their answers, connections close. */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    memory.close();
    meta.cancelAll("the server is shutting down");
    try {
      http.stop();
    } finally {
      meta.closeAll();
    }
  }

  /** Waits until the server has stopped. */
  public void join() throws InterruptedException {
    http.join();
  }

  @Override
  public void close() {
    stop();
  }
}
