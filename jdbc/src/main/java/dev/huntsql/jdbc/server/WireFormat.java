package dev.huntsql.jdbc.server;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.metrics.noop.NoopMetricsSystem;
import org.apache.calcite.avatica.remote.AbstractHandler;
import org.apache.calcite.avatica.remote.JsonHandler;
import org.apache.calcite.avatica.remote.JsonService;
import org.apache.calcite.avatica.remote.ProtobufHandler;
import org.apache.calcite.avatica.remote.ProtobufTranslation;
import org.apache.calcite.avatica.remote.ProtobufTranslationImpl;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.remote.Service.ErrorResponse;
import org.apache.calcite.avatica.remote.Service.RpcMetadataResponse;

/**
 * One of Avatica's two encodings of requests and responses, bound to the service that answers.
 *
 * <p>Avatica's handler answers a request it cannot decode with the decoder's exception, stack
 * trace and all; so a body is decoded here first, and one that does not decode gets a
 * {@code malformed request} error of the format's own. Then Avatica's handler decodes it again
 * and runs it (a request is decoded in microseconds; a query runs for longer).
 */
abstract class WireFormat<T> {
  /** SQLSTATE of PostgreSQL's protocol_violation, the nearest for a message that is not one. */
  static final String MALFORMED = "08P01";

  /** Avatica's handler for this format, which decodes, runs and encodes. */
  private final AbstractHandler<T> handler;
  private volatile RpcMetadataResponse metadata;

  private WireFormat(AbstractHandler<T> handler) {
    this.handler = handler;
  }

  static WireFormat<?> json(Service service) {
    return new Json(service);
  }

  static WireFormat<?> protobuf(Service service) {
    return new Protobuf(service);
  }

  abstract String contentType();

  /** Whether a body looks like JSON (what a person with curl posts to the protobuf path). */
  static boolean looksLikeJson(byte[] body) {
    return new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).strip().startsWith("{");
  }

  /** The answer to a request body: the encoded response and its HTTP status. */
  final Answer answer(byte[] body) {
    try {
      check(body);
    } catch (IOException | RuntimeException e) {
      return error(malformed(e));
    }
    var response = handler.apply(fromBytes(body));
    return new Answer(toBytes(response.getResponse()), response.getStatusCode());
  }

  /** An error response in this format: its "exceptions" hold the message alone, as a {@link ClientError}'s do. */
  final Answer error(String message) {
    ErrorResponse error = new ErrorResponse(List.of(message), message, -1, MALFORMED, AvaticaSeverity.ERROR, metadata);
    try {
      return new Answer(encode(error), 500);
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode an error response", e);
    }
  }

  void setRpcMetadata(RpcMetadataResponse metadata) {
    this.metadata = metadata;
    handler.setRpcMetadata(metadata);
  }

  /** Throws when the body is not a request of this format. */
  abstract void check(byte[] body) throws IOException;

  /** The body as the handler takes it. */
  abstract T fromBytes(byte[] body);

  abstract byte[] toBytes(T response);

  abstract byte[] encode(ErrorResponse error) throws IOException;

  private static String malformed(Exception e) {
    return "malformed request: " + reasonOf(e);
  }

  /** Why a body did not decode, in the request's terms rather than the decoder's classes. */
  static String reasonOf(Exception e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = "field " + pathOf(mapping);
      if (e instanceof UnrecognizedPropertyException) {
        return field + " is not one this request has";
      }
      return field + (e instanceof MismatchedInputException ? " has the wrong type" : " is not valid");
    }
    String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    if (reason == null) {
      return "it does not decode";
    }
    // Drop package names, "(class ...)" and ", from `Constraints.method()`" asides, should a
    // decoder's text name its classes.
    return reason.lines().findFirst().orElse("").replaceAll("\\s*\\(class [\\w.$]+\\)", "")
        .replaceAll(", from `[^`]*`", "")
        .replaceAll("(?:[a-z_]\\w*\\.)+(?=[A-Z])", "").replaceAll("\\w+\\$(\\w+)", "$1");
  }

  /** A JSON field's place in the request: {@code parameterValues[0].type}. */
  private static String pathOf(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : mapping.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
      } else {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** An encoded response and its HTTP status. */
  record Answer(byte[] body, int status) {}

  private static final class Json extends WireFormat<String> {
    Json(Service service) {
      super(new JsonHandler(service, NoopMetricsSystem.getInstance()));
    }

    @Override
    String contentType() {
      return "application/json;charset=utf-8";
    }

    /** Avatica's request names; it reads any other name as getSchemas (its default), so they are checked here. */
    private static final Set<String> REQUESTS = Arrays.stream(Service.Request.class.getAnnotation(JsonSubTypes.class).value())
        .map(JsonSubTypes.Type::name).collect(Collectors.toUnmodifiableSet());

    @Override
    void check(byte[] body) throws IOException {
      JsonNode tree = JsonService.MAPPER.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw new IOException("the body must be one JSON object, an Avatica request");
      }
      String name = tree.path("request").asText("");
      if (!REQUESTS.contains(name)) {
        throw new IOException((name.isEmpty() ? "it has no \"request\" name" : "'" + name + "' is not an Avatica request")
            + "; Avatica's are " + String.join(", ", new TreeSet<>(REQUESTS)));
      }
      JsonService.MAPPER.treeToValue(tree, Service.Request.class);
    }

    @Override
    String fromBytes(byte[] body) {
      return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    byte[] toBytes(String response) {
      return response.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    byte[] encode(ErrorResponse error) throws IOException {
      return JsonService.MAPPER.writeValueAsBytes(error);
    }
  }

  private static final class Protobuf extends WireFormat<byte[]> {
    /** Shared by the checks here and Avatica's handler; it keeps no per-request state. */
    private static final ProtobufTranslation TRANSLATION = new ProtobufTranslationImpl();

    Protobuf(Service service) {
      super(new ProtobufHandler(service, TRANSLATION, NoopMetricsSystem.getInstance()));
    }

    @Override
    String contentType() {
      return "application/octet-stream;charset=utf-8";
    }

    @Override
    void check(byte[] body) throws IOException {
      TRANSLATION.parseRequest(body);
    }

    @Override
    byte[] fromBytes(byte[] body) {
      return body;
    }

    @Override
    byte[] toBytes(byte[] response) {
      return response;
    }

    @Override
    byte[] encode(ErrorResponse error) throws IOException {
      return TRANSLATION.serializeResponse(error);
    }
  }
}
