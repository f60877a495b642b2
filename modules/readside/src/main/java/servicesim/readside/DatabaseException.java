package servicesim.readside;

/** The database cannot be used as it is; the message says why and what to do, in one line for the operator. */
public final class DatabaseException extends RuntimeException {

  public DatabaseException(String message) {
    super(message);
  }

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
