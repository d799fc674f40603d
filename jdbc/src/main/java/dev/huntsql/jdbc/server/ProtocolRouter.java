package dev.huntsql.jdbc.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.remote.Service.RpcMetadataResponse;
import org.apache.calcite.avatica.server.AvaticaHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * Avatica's protocol over HTTP POST, in the wire format the request's path asks for.
 *
 * <p>Protobuf everywhere (the documented URL has no path), JSON under {@link #JSON_PATHS}.
 * Metabase reaches Avatica servers only through its "Druid JDBC" connection, whose client posts
 * Avatica JSON to {@code /druid/v2/sql/avatica/}; answering that path lets Metabase use huntsql
 * with nothing installed. Both formats reach the same sessions, so limits and logins apply alike
 * (HTTP BASIC is checked by Jetty before a request gets here; the login is kept for
 * {@link ClientSessions} while the request is served).
 */
final class ProtocolRouter extends AbstractHandler implements AvaticaHandler {
  /** Path prefixes answered with Avatica JSON. */
  static final String[] JSON_PATHS = {"/json", "/druid/v2/sql/avatica"};

  /**
   * The largest request read, as in the reverse proxy docs/JDBC.md shows. A statement is parsed
   * in time that grows faster than its length (a 4 MB string literal takes seconds), so a bound
   * keeps one request from holding a worker for minutes.
   */
  static final int MAX_REQUEST_BYTES = 16 << 20;

  private final Service service;
  private final WireFormat<?> protobuf;
  private final WireFormat<?> json;

  ProtocolRouter(Service service) {
    this.service = service;
    this.protobuf = WireFormat.protobuf(service);
    this.json = WireFormat.json(service);
  }

  static boolean wantsJson(String target) {
    for (String path : JSON_PATHS) {
      if (target.equals(path) || target.startsWith(path + "/")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    if (!"POST".equals(request.getMethod())) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain;charset=utf-8");
      response.getWriter().println("huntsql serves Avatica's JDBC protocol over HTTP POST;"
          + " connect with jdbc:avatica:remote:url=http://HOST:PORT;serialization=protobuf"
          + " (Avatica JSON is served on /json; see docs/JDBC.md)");
      return;
    }
    WireFormat<?> format = wantsJson(target) ? json : protobuf;
    // Avatica's JSON clients may also send the request in a header.
    String header = format == json ? request.getHeader("request") : null;
    byte[] body = header != null ? header.getBytes(StandardCharsets.UTF_8)
        : request.getInputStream().readNBytes(MAX_REQUEST_BYTES + 1);
    WireFormat.Answer answer;
    if (format == protobuf && WireFormat.looksLikeJson(body)) {
      // Answered in JSON, which is what its sender reads.
      format = json;
      answer = json.error("malformed request: this path takes Avatica protobuf; post Avatica JSON to /json");
    } else if (body.length > MAX_REQUEST_BYTES) {
      answer = format.error("malformed request: it is larger than " + (MAX_REQUEST_BYTES >> 20)
          + " MB, the most this server reads; put long lists of values in a file in the data folder and join it");
    } else {
      RequestUser.set(request.getRemoteUser());
      try {
        answer = format.answer(body);
      } finally {
        RequestUser.clear();
      }
    }
    response.setStatus(answer.status());
    response.setContentType(format.contentType());
    response.getOutputStream().write(answer.body());
  }

  @Override
  public void setServerRpcMetadata(RpcMetadataResponse metadata) {
    service.setRpcMetadata(metadata);
    protobuf.setRpcMetadata(metadata);
    json.setRpcMetadata(metadata);
  }
}
