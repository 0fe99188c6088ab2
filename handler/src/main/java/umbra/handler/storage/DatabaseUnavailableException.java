package umbra.handler.storage;

/**
 * The database cannot be reached or used. Its message is one line meant for the person at the
 * terminal, so it carries no stack trace.
 */
public final class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String message) {
    super(message, null, false, false);
  }
}
