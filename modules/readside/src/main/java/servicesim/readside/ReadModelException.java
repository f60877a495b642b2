package servicesim.readside;

/** A read-model query failed: the database is unreachable or its schema is not what this version expects. */
public final class ReadModelException extends RuntimeException {
  public ReadModelException(Throwable cause) {
    super("database error: " + cause.getMessage(), cause);
  }
}
