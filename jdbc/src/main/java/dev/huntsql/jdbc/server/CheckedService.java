package dev.huntsql.jdbc.server;

import java.util.function.Supplier;
import org.apache.calcite.avatica.NoSuchConnectionException;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import dev.huntsql.jdbc.server.ClientSessions.Kind;
import org.apache.calcite.avatica.remote.Service;

/**
 * Avatica's service with two checks in front: a request may use only connections its login opened
 * and statements of the connection it names ({@link ClientSessions}); and whatever fails reaches
 * the client as a {@link ClientError}, a message and SQLSTATE without the server's stack trace.
 *
 * <p>A connection or statement that is not the caller's is answered as one that does not exist,
 * so ids tell a client nothing about other clients' sessions.
 */
final class CheckedService implements Service {
  private final Service delegate;
  private final ClientSessions sessions;
  private RpcMetadataResponse metadata;

  CheckedService(Service delegate, ClientSessions sessions) {
    this.delegate = delegate;
    this.sessions = sessions;
  }

  // Connections.

  @Override
  public OpenConnectionResponse apply(OpenConnectionRequest request) {
    return answer(() -> {
      requireId(request.connectionId);
      OpenConnectionResponse response = delegate.apply(request);
      sessions.opened(request.connectionId);
      return response;
    });
  }

  @Override
  public CloseConnectionResponse apply(CloseConnectionRequest request) {
    return answer(() -> {
      requireId(request.connectionId);
      if (!sessions.isMine(request.connectionId)) {
        // As Avatica answers a close of a connection it does not know.
        return new CloseConnectionResponse(metadata);
      }
      CloseConnectionResponse response = delegate.apply(request);
      sessions.closed(request.connectionId);
      return response;
    });
  }

  @Override
  public ConnectionSyncResponse apply(ConnectionSyncRequest request) {
    require(request.connProps != null, "it has no connection properties (connProps)");
    return onConnection(request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public DatabasePropertyResponse apply(DatabasePropertyRequest request) {
    return onConnection(request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public CommitResponse apply(CommitRequest request) {
    return onConnection(request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public RollbackResponse apply(RollbackRequest request) {
    return onConnection(request.connectionId, () -> delegate.apply(request));
  }

  // Metadata: each answer is a result set, read on through a statement of its own.

  @Override
  public ResultSetResponse apply(CatalogsRequest request) {
    return metadata(request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public ResultSetResponse apply(SchemasRequest request) {
    return metadata(request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public ResultSetResponse apply(TablesRequest request) {
    return metadata(request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public ResultSetResponse apply(TableTypesRequest request) {
    return metadata(request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public ResultSetResponse apply(TypeInfoRequest request) {
    return metadata(request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public ResultSetResponse apply(ColumnsRequest request) {
    return metadata(request.connectionId, () -> delegate.apply(request));
  }

  // Statements.

  @Override
  public CreateStatementResponse apply(CreateStatementRequest request) {
    return onConnection(request.connectionId, () -> {
      CreateStatementResponse response = delegate.apply(request);
      sessions.created(response.statementId, response.connectionId, Kind.PLAIN);
      return response;
    });
  }

  @Override
  public PrepareResponse apply(PrepareRequest request) {
    require(request.sql != null, "it has no SQL (sql)");
    return onConnection(request.connectionId, () -> {
      PrepareResponse response = delegate.apply(request);
      sessions.created(response.statement.id, response.statement.connectionId, Kind.PREPARED);
      return response;
    });
  }

  @Override
  public ExecuteResponse apply(PrepareAndExecuteRequest request) {
    require(request.sql != null, "it has no SQL (sql)");
    return onStatement(request.statementId, request.connectionId, Kind.PLAIN, () -> delegate.apply(request));
  }

  @Override
  public ExecuteResponse apply(ExecuteRequest request) {
    require(request.statementHandle != null, "it names no statement (statementHandle)");
    return onStatement(request.statementHandle.id, request.statementHandle.connectionId, Kind.PREPARED, () -> {
      // Without it Avatica's bridge runs the query, then fails to describe the result.
      require(request.statementHandle.signature != null,
          "its statementHandle has no signature; send the one prepare answered with");
      return delegate.apply(request);
    });
  }

  @Override
  public FetchResponse apply(FetchRequest request) {
    return onStatement(request.statementId, request.connectionId, null, () -> delegate.apply(request));
  }

  @Override
  public SyncResultsResponse apply(SyncResultsRequest request) {
    require(request.state != null, "it has no query state (state)");
    return onStatement(request.statementId, request.connectionId, null, () -> delegate.apply(request));
  }

  @Override
  public ExecuteBatchResponse apply(PrepareAndExecuteBatchRequest request) {
    require(request.sqlCommands != null, "it has no SQL (sqlCommands)");
    return onStatement(request.statementId, request.connectionId, Kind.PLAIN, () -> delegate.apply(request));
  }

  @Override
  public ExecuteBatchResponse apply(ExecuteBatchRequest request) {
    return onStatement(request.statementId, request.connectionId, Kind.PREPARED, () -> delegate.apply(request));
  }

  @Override
  public CloseStatementResponse apply(CloseStatementRequest request) {
    return answer(() -> {
      if (sessions.kindIfMine(request.statementId, request.connectionId) == null) {
        // As Avatica answers a close of a statement it does not know.
        return new CloseStatementResponse(metadata);
      }
      CloseStatementResponse response = delegate.apply(request);
      sessions.closed(request.statementId);
      return response;
    });
  }

  @Override
  public void setRpcMetadata(RpcMetadataResponse metadata) {
    this.metadata = metadata;
    delegate.setRpcMetadata(metadata);
  }

  // The checks.

  private ResultSetResponse metadata(String connectionId, Supplier<ResultSetResponse> call) {
    return onConnection(connectionId, () -> {
      ResultSetResponse response = call.get();
      sessions.created(response.statementId, response.connectionId, Kind.METADATA);
      return response;
    });
  }

  private <T> T onConnection(String connectionId, Supplier<T> call) {
    return answer(() -> {
      requireId(connectionId);
      if (!sessions.isMine(connectionId)) {
        throw notOpen(connectionId);
      }
      return call.get();
    });
  }

  /** A request on a statement of the named connection, of the kind given (null: any). */
  private <T> T onStatement(int statementId, String connectionId, Kind kind, Supplier<T> call) {
    return onConnection(connectionId, () -> {
      Kind actual = sessions.kindIfMine(statementId, connectionId);
      if (actual == null) {
        throw new ClientError("statement " + statementId + " is not open on connection " + connectionId
            + ": closed, expired after idling, or never created there", -1, "26000");
      }
      if (kind != null && actual != kind) {
        throw malformed("statement " + statementId + (kind == Kind.PLAIN
            ? " was not made by createStatement, which this request needs (a prepared one takes execute)"
            : " was not made by prepare, which this request needs (a plain one takes prepareAndExecute)"));
      }
      return call.get();
    });
  }

  private static void requireId(String connectionId) {
    require(connectionId != null, "it names no connection (connectionId)");
  }

  private static void require(boolean present, String problem) {
    if (!present) {
      throw malformed(problem);
    }
  }

  private static ClientError malformed(String problem) {
    return new ClientError("malformed request: " + problem, -1, WireFormat.MALFORMED);
  }

  /** Avatica's code for a missing connection, on which its client reconnects when asked to. */
  private static ClientError notOpen(String connectionId) {
    return new ClientError("connection " + connectionId + " is not open: closed, expired after idling, or never opened",
        ErrorResponse.MISSING_CONNECTION_ERROR_CODE, "08003");
  }

  /** Runs a request; whatever it throws becomes a {@link ClientError}. */
  private static <T> T answer(Supplier<T> call) {
    try {
      return call.get();
    } catch (ClientError e) {
      throw e;
    } catch (AvaticaRuntimeException e) {
      throw new ClientError(e.getErrorMessage(), e.getErrorCode(), e.getSqlState());
    } catch (NoSuchConnectionException e) {
      // Avatica's own says "Connection not found: invalid id, closed, or expired: <id>".
      throw new ClientError(e.getConnectionId(), ErrorResponse.MISSING_CONNECTION_ERROR_CODE, "08003");
    } catch (NullPointerException | ClassCastException e) {
      // A request that decodes but does not fit (a field missing that the checks above do not cover).
      throw malformed("a field it needs is missing or does not fit");
    } catch (RuntimeException e) {
      String message = GuardedMeta.messageOf(e);
      if (message.startsWith("Connection already exists")) {
        throw new ClientError("a connection with this id is open already; open one under a new id", -1, "08002");
      }
      throw new ClientError(message, -1, "HY000");
    }
  }
}
