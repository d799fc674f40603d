package dev.huntsql.jdbc.server;

import java.util.function.Supplier;
import org.apache.calcite.avatica.NoSuchConnectionException;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
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
      sessions.created(response.statementId, response.connectionId);
      return response;
    });
  }

  @Override
  public PrepareResponse apply(PrepareRequest request) {
    return onConnection(request.connectionId, () -> {
      PrepareResponse response = delegate.apply(request);
      sessions.created(response.statement.id, response.statement.connectionId);
      return response;
    });
  }

  @Override
  public ExecuteResponse apply(PrepareAndExecuteRequest request) {
    return onStatement(request.statementId, request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public ExecuteResponse apply(ExecuteRequest request) {
    if (request.statementHandle == null) {
      throw new ClientError("malformed request: it names no statement (statementHandle)", -1, "08P01");
    }
    return onStatement(request.statementHandle.id, request.statementHandle.connectionId, () -> delegate.apply(request));
  }

  @Override
  public FetchResponse apply(FetchRequest request) {
    return onStatement(request.statementId, request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public SyncResultsResponse apply(SyncResultsRequest request) {
    return onStatement(request.statementId, request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public ExecuteBatchResponse apply(PrepareAndExecuteBatchRequest request) {
    return onStatement(request.statementId, request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public ExecuteBatchResponse apply(ExecuteBatchRequest request) {
    return onStatement(request.statementId, request.connectionId, () -> delegate.apply(request));
  }

  @Override
  public CloseStatementResponse apply(CloseStatementRequest request) {
    return answer(() -> {
      if (!sessions.isMine(request.statementId, request.connectionId)) {
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
      sessions.created(response.statementId, response.connectionId);
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

  private <T> T onStatement(int statementId, String connectionId, Supplier<T> call) {
    return onConnection(connectionId, () -> {
      if (!sessions.isMine(statementId, connectionId)) {
        throw new ClientError("statement " + statementId + " is not open on connection " + connectionId
            + ": closed, expired after idling, or never created there", -1, "26000");
      }
      return call.get();
    });
  }

  private static void requireId(String connectionId) {
    if (connectionId == null) {
      throw new ClientError("malformed request: it names no connection (connectionId)", -1, "08P01");
    }
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
    } catch (RuntimeException e) {
      throw new ClientError(GuardedMeta.messageOf(e), -1, "HY000");
    }
  }
}
