package servicesim.policy.acts;

/** A phrase pattern that cannot be compiled; the message says why, for a located problem. */
public final class PatternSyntaxException extends Exception {
  public PatternSyntaxException(String message) {
    super(message, null, false, false);
  }
}
