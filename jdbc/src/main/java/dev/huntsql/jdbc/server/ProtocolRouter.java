package dev.huntsql.jdbc.server;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.remote.Service.RpcMetadataResponse;
import org.apache.calcite.avatica.server.AvaticaHandler;
import org.apache.calcite.avatica.server.AvaticaJsonHandler;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * Avatica's two wire formats on one port, chosen by the request's path.
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

  private final AvaticaProtobufHandler protobuf;
  private final AvaticaJsonHandler json;

  ProtocolRouter(Service service) {
    this.protobuf = new AvaticaProtobufHandler(service);
    this.json = new AvaticaJsonHandler(service);
    // Started and stopped with this handler.
    addBean(protobuf);
    addBean(json);
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
      throws IOException, javax.servlet.ServletException {
    RequestUser.set(request.getRemoteUser());
    try {
      if (wantsJson(target)) {
        json.handle(target, baseRequest, request, response);
      } else {
        protobuf.handle(target, baseRequest, request, response);
      }
    } finally {
      RequestUser.clear();
    }
  }

  @Override
  public void setServerRpcMetadata(RpcMetadataResponse metadata) {
    protobuf.setServerRpcMetadata(metadata);
    json.setServerRpcMetadata(metadata);
  }
}
