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

  /** What the command is about does not exist. */
  interface NotFound extends Rejection {
    default Kind kind() {
      return Kind.NOT_FOUND;
    }
  }

  /** It exists, but is not the caller's to act on. */
  interface Forbidden extends Rejection {
    default Kind kind() {
      return Kind.FORBIDDEN;
    }
  }

  /** It is in a state that does not allow this. */
  interface Conflict extends Rejection {
    default Kind kind() {
      return Kind.CONFLICT;
    }
  }

  /** The command itself is not valid. */
  interface Invalid extends Rejection {
    default Kind kind() {
      return Kind.INVALID;
    }
  }

  /** An entity's answer to a change: what it is after the change, or why it refused it. */
  interface Reply<S> {
    S summary();

    Rejection rejected();

    default boolean ok() {
      return rejected() == null;
    }

    /** The summary after the change; a refusal as {@link Refused}. */
    default S orThrow() {
      if (rejected() != null) throw new Refused(rejected());
      return summary();
    }
  }

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
