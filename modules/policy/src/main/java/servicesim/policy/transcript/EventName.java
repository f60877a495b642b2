package servicesim.policy.transcript;

/**
 * A kind of event, by the name the journal, the audit trail and clients know it: its constant's name in camel case
 * ({@code SESSION_STARTED} is {@code SessionStarted}), which is also its record's name.
 */
public interface EventName {

  String name();

  default String id() {
    StringBuilder out = new StringBuilder();
    for (String word : name().split("_")) out.append(word.charAt(0)).append(word.substring(1).toLowerCase());
    return out.toString();
  }
}
