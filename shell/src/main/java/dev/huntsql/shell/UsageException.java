package dev.huntsql.shell;

/** A mistake in how the command was called; exits with code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
