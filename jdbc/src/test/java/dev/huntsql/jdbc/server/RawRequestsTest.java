package dev.huntsql.jdbc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.huntsql.jdbc.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Avatica JSON posted by hand, as a script, a careless client or another user would: errors come
 * back as messages without the server's stack trace, and a request reaches only the connections
 * and statements of whoever opened them.
 */
class RawRequestsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String COUNT = "select count(*) from DeviceNetworkEvents";

  /** One login's requests to one server. */
  private record Client(String endpoint, String login) {
    JsonNode post(String body) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
          .POST(HttpRequest.BodyPublishers.ofString(body));
      if (login != null) {
        request.header("Authorization",
            "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
      }
      return JSON.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    JsonNode open(String connectionId) throws Exception {
      return post("{\"request\":\"openConnection\",\"connectionId\":\"" + connectionId + "\"}");
    }

    int createStatement(String connectionId) throws Exception {
      return post("{\"request\":\"createStatement\",\"connectionId\":\"" + connectionId + "\"}").get("statementId").asInt();
    }

    JsonNode run(String connectionId, int statementId, String sql) throws Exception {
      return post("{\"request\":\"prepareAndExecute\",\"connectionId\":\"" + connectionId + "\",\"statementId\":"
          + statementId + ",\"sql\":" + JSON.writeValueAsString(sql) + "}");
    }
  }

  private static HuntServer start(List<String> extra) throws Exception {
    List<String> arguments = new java.util.ArrayList<>(List.of("--data", TestData.sample().toString(), "--port", "0"));
    arguments.addAll(extra);
    return HuntServer.start(ServeOptions.parse(arguments, null), new PrintWriter(new StringWriter()));
  }

  private static String endpoint(HuntServer server) {
    return "http://127.0.0.1:" + server.port() + "/json";
  }

  /** An error response: its message and SQLSTATE, and nothing of the server's insides. */
  private static String assertCleanError(JsonNode response) {
    assertEquals("error", response.get("response").asText(), response.toString());
    for (JsonNode trace : response.get("exceptions")) {
      assertFalse(trace.asText().contains("\tat "), trace.asText());
      assertFalse(trace.asText().contains("Exception"), trace.asText());
    }
    return response.get("errorMessage").asText();
  }

  @Test
  void errorsAreMessagesWithoutStackTraces() throws Exception {
    try (HuntServer server = start(List.of())) {
      Client client = new Client(endpoint(server), null);
      client.open("c1");
      int statement = client.createStatement("c1");
      JsonNode syntax = client.run("c1", statement, "selec 1");
      assertTrue(assertCleanError(syntax).contains("Non-query expression"), syntax.toString());
      JsonNode drop = client.run("c1", statement, "drop table DeviceNetworkEvents");
      assertTrue(assertCleanError(drop).contains("read-only: DROP is refused because huntsql never changes event files"), drop.toString());
      assertEquals("25006", drop.get("sqlState").asText());
      JsonNode noConnection = client.post("{\"request\":\"createStatement\"}");
      assertEquals("malformed request: it names no connection (connectionId)", assertCleanError(noConnection));
      JsonNode unknown = client.post("{\"request\":\"createStatement\",\"connectionId\":\"nope\"}");
      assertEquals("connection nope is not open: closed, expired after idling, or never opened", assertCleanError(unknown));
      // Avatica's client reconnects on this code when asked to (transparent_reconnection).
      assertEquals(1, unknown.get("errorCode").asInt());
      // After all that, the connection still answers.
      assertEquals(118, client.run("c1", statement, COUNT).at("/results/0/firstFrame/rows/0/0").asInt());
    }
  }

  @Test
  void bodiesThatAreNotRequestsAreMalformedRequests() throws Exception {
    try (HuntServer server = start(List.of())) {
      Client client = new Client(endpoint(server), null);
      assertTrue(assertCleanError(client.post("{\"request\": \"openConn")).startsWith("malformed request: Unexpected end-of-input"));
      assertTrue(assertCleanError(client.post("")).startsWith("malformed request: "));
      // Avatica itself reads an unknown request name as getSchemas.
      assertTrue(assertCleanError(client.post("{\"request\":\"frobnicate\",\"connectionId\":\"c1\"}"))
          .startsWith("malformed request: 'frobnicate' is not an Avatica request; Avatica's are closeConnection, "));
      assertEquals("malformed request: the body must be one JSON object, an Avatica request", assertCleanError(client.post("[]")));
      // More than 16 MB is not read.
      String huge = "{\"request\":\"prepare\",\"connectionId\":\"c1\",\"sql\":\"select '" + "x".repeat(17 << 20) + "'\"}";
      assertTrue(assertCleanError(client.post(huge)).startsWith("malformed request: it is larger than 16 MB"));
      assertEquals("08P01", client.post("[1, 2").get("sqlState").asText());
      // JSON on the protobuf path is answered in JSON, which its sender reads.
      JsonNode jsonOnProtobuf = new Client("http://127.0.0.1:" + server.port() + "/", null).post("{\"request\":\"getCatalogs\"}");
      assertEquals("malformed request: this path takes Avatica protobuf; post Avatica JSON to /json",
          assertCleanError(jsonOnProtobuf));
      // Jackson's limits, without its class names.
      assertEquals("malformed request: Document nesting depth (1001) exceeds the maximum allowed (1000)",
          assertCleanError(client.post("{\"request\":\"getCatalogs\",\"x\":" + "[".repeat(1001) + "]".repeat(1001) + "}")));

      // Protobuf (the default path): garbage bytes get a protobuf error response, no stack trace.
      HttpResponse<byte[]> garbage = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
          .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 1, 2, 3, 4})).build(), HttpResponse.BodyHandlers.ofByteArray());
      String decoded = new String(garbage.body(), StandardCharsets.ISO_8859_1);
      assertEquals(500, garbage.statusCode());
      assertTrue(decoded.contains("malformed request: "), decoded);
      assertFalse(decoded.contains("\tat "), decoded);

      HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint(server))).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(400, get.statusCode());
      assertTrue(get.body().startsWith("huntsql serves Avatica's JDBC protocol over HTTP POST"), get.body());

      // The server goes on serving.
      client.open("c1");
      assertEquals(118, client.run("c1", client.createStatement("c1"), COUNT).at("/results/0/firstFrame/rows/0/0").asInt());
    }
  }

  @Test
  void requestsThatDecodeButDoNotFitAreMalformedRequests() throws Exception {
    try (HuntServer server = start(List.of())) {
      Client client = new Client(endpoint(server), null);
      client.open("c1");
      int plain = client.createStatement("c1");
      assertEquals("malformed request: it has no SQL (sql)",
          assertCleanError(client.post("{\"request\":\"prepareAndExecute\",\"connectionId\":\"c1\",\"statementId\":" + plain + "}")));
      assertEquals("malformed request: it has no SQL (sql)",
          assertCleanError(client.post("{\"request\":\"prepare\",\"connectionId\":\"c1\"}")));
      // Statement ids of metadata answers and of plain statements do not take SQL or parameters.
      int metadata = client.post("{\"request\":\"getSchemas\",\"connectionId\":\"c1\"}").get("statementId").asInt();
      assertTrue(assertCleanError(client.run("c1", metadata, COUNT))
          .startsWith("malformed request: statement " + metadata + " was not made by createStatement"));
      String execute = "{\"request\":\"execute\",\"statementHandle\":{\"connectionId\":\"c1\",\"id\":" + plain
          + "},\"parameterValues\":[],\"maxRowCount\":10}";
      assertTrue(assertCleanError(client.post(execute)).startsWith("malformed request: statement " + plain + " was not made by prepare"));
      assertEquals("malformed request: it has no query state (state)", assertCleanError(client.post(
          "{\"request\":\"syncResults\",\"connectionId\":\"c1\",\"statementId\":" + plain + "}")));
      assertEquals("malformed request: it has no connection properties (connProps)",
          assertCleanError(client.post("{\"request\":\"connectionSync\",\"connectionId\":\"c1\"}")));
      assertEquals("a connection with this id is open already; open one under a new id", assertCleanError(client.open("c1")));
      // Fields the request does not have, or of the wrong type, are named, not the decoder's classes.
      assertEquals("malformed request: field frameMaxSize is not one this request has", assertCleanError(client.post(
          "{\"request\":\"fetch\",\"connectionId\":\"c1\",\"statementId\":" + plain + ",\"frameMaxSize\":5}")));
      assertEquals("malformed request: field statementId has the wrong type", assertCleanError(client.post(
          "{\"request\":\"fetch\",\"connectionId\":\"c1\",\"statementId\":\"abc\"}")));
      JsonNode prepared = client.post("{\"request\":\"prepare\",\"connectionId\":\"c1\",\"sql\":"
          + "\"select count(*) from DeviceNetworkEvents where RemotePort = ?\",\"maxRowCount\":-1}");
      JsonNode handle = prepared.get("statement");
      String badType = assertCleanError(client.post("{\"request\":\"execute\",\"statementHandle\":" + handle
          + ",\"parameterValues\":[{\"type\":\"NOPE\",\"value\":445}],\"maxRowCount\":10}"));
      assertTrue(badType.startsWith("malformed request: field parameterValues[0] "), badType);
      String unsigned = "{\"request\":\"execute\",\"statementHandle\":{\"connectionId\":\"c1\",\"id\":"
          + handle.get("id") + "},\"parameterValues\":[{\"type\":\"INTEGER\",\"value\":445}],\"maxRowCount\":10}";
      assertEquals("malformed request: its statementHandle has no signature; send the one prepare answered with",
          assertCleanError(client.post(unsigned)));
      JsonNode executed = client.post("{\"request\":\"execute\",\"statementHandle\":" + handle
          + ",\"parameterValues\":[{\"type\":\"INTEGER\",\"value\":445}],\"maxRowCount\":10}");
      assertEquals(57, executed.at("/results/0/firstFrame/rows/0/0").asInt(), executed.toString());
      assertEquals(118, client.run("c1", plain, COUNT).at("/results/0/firstFrame/rows/0/0").asInt());
    }
  }

  @Test
  void aRequestWithoutAFirstFrameSizeGetsRowsNotAnEmptyResult() throws Exception {
    try (HuntServer server = start(List.of())) {
      Client client = new Client(endpoint(server), null);
      client.open("c1");
      // No maxRowsInFirstFrame: Avatica's bridge took that as "no rows" and said the result was done.
      JsonNode result = client.run("c1", client.createStatement("c1"), COUNT);
      assertEquals("[[118]]", result.at("/results/0/firstFrame/rows").toString(), result.toString());
      assertTrue(result.at("/results/0/firstFrame/done").asBoolean());
    }
  }

  @Test
  void aStatementAnswersOnlyTheConnectionItWasCreatedOn() throws Exception {
    try (HuntServer server = start(List.of())) {
      Client client = new Client(endpoint(server), null);
      client.open("c1");
      client.open("c2");
      int statement = client.createStatement("c1");
      JsonNode borrowed = client.run("c2", statement, COUNT);
      assertEquals("statement " + statement + " is not open on connection c2: closed, expired after idling,"
          + " or never created there", assertCleanError(borrowed));
      assertEquals(118, client.run("c1", statement, COUNT).at("/results/0/firstFrame/rows/0/0").asInt());
    }
  }

  @Test
  void oneLoginCannotUseOrCloseAnothersConnection(@TempDir Path temp) throws Exception {
    Path users = temp.resolve("users.properties");
    Files.writeString(users, "alice: a-secret\nbob: b-secret\n");
    try (HuntServer server = start(List.of("--users", users.toString()))) {
      Client alice = new Client(endpoint(server), "alice:a-secret");
      Client bob = new Client(endpoint(server), "bob:b-secret");
      alice.open("alice-1");
      int statement = alice.createStatement("alice-1");
      JsonNode first = alice.post("{\"request\":\"prepareAndExecute\",\"connectionId\":\"alice-1\",\"statementId\":"
          + statement + ",\"sql\":\"select DeviceName from DeviceNetworkEvents\",\"maxRowsInFirstFrame\":1}");
      assertFalse(first.at("/results/0/firstFrame/done").asBoolean(), first.toString());

      // Bob knows (or guesses) the ids: he can neither read on, nor run, nor close.
      String fetch = "{\"request\":\"fetch\",\"connectionId\":\"alice-1\",\"statementId\":" + statement
          + ",\"offset\":1,\"fetchMaxRowCount\":10}";
      assertTrue(assertCleanError(bob.post(fetch)).startsWith("connection alice-1 is not open"));
      assertTrue(assertCleanError(bob.run("alice-1", statement, COUNT)).startsWith("connection alice-1 is not open"));
      bob.open("bob-1");
      assertTrue(assertCleanError(bob.run("bob-1", statement, COUNT)).startsWith("statement " + statement + " is not open"));
      bob.post("{\"request\":\"closeStatement\",\"connectionId\":\"alice-1\",\"statementId\":" + statement + "}");
      bob.post("{\"request\":\"closeConnection\",\"connectionId\":\"alice-1\"}");

      // Alice's result is still there to read on.
      JsonNode rest = alice.post(fetch);
      assertEquals(10, rest.at("/frame/rows").size(), rest.toString());
    }
  }
}
