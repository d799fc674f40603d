package dev.huntsql.engine;

/** A problem the user can fix (bad data, bad option, bad SQL), told in one clear sentence. */
public class HuntException extends RuntimeException {
  public HuntException(String message) {
    super(message);
  }

  public HuntException(String message, Throwable cause) {
    super(message, cause);
  }
}
