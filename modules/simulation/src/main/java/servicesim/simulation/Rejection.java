package servicesim.simulation;

/**
 * Why a command was refused. Each entity's replies name their rejections as a sealed type; each rejection is of one
 * {@link Kind}, the answer a client can act on (HTTP maps kinds to statuses in one place).
 */
public interface Rejection {

  enum Kind {
    /** What the command is about does not exist. */
    NOT_FOUND,
    /** It exists, but is not the caller's to act on. */
    FORBIDDEN,
    /** It is in a state that does not allow this (ended, closed, already there). */
    CONFLICT,
    /** The command itself is not valid. */
    INVALID
  }

  Kind kind();

  /** What went wrong, for a person to read. */
  String message();

  /** A rejection travelling through a future. */
  final class Refused extends RuntimeException {

    private final transient Rejection rejection;

    public Refused(Rejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }

    public Rejection rejection() {
      return rejection;
    }

    public Kind kind() {
      return rejection.kind();
    }
  }
}
