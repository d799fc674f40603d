package dev.huntsql.jdbc.server;

import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;

/**
 * An error as a client receives it: message, code and SQLSTATE, with no stack trace. Avatica
 * sends the "stack trace" of the exception that ends a request in every error response; this one
 * prints as its message only, so clients read what went wrong and not the server's insides.
 */
final class ClientError extends AvaticaRuntimeException {
  private static final long serialVersionUID = 1L;

  ClientError(String message, int code, String sqlState) {
    super(message, code, sqlState, AvaticaSeverity.ERROR);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  @Override
  public String toString() {
    return getErrorMessage();
  }
}
