package servicesim.policy.transcript;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The explicit actions an agent can take, and the fields each accepts (DESIGN.md, "Turns and timing"). */
public enum ActionType {
  ESCALATE("escalate", List.of(), List.of("to", "reason")),
  RECORD_COMPLAINT("record-complaint", List.of(), List.of("customerName", "address", "phone", "email", "employeeName",
      "receivedAt", "resolvedAt", "nature", "agreedSolution", "solutionStatus", "stepsTaken", "followUpAt",
      "compensation", "prevention")),
  SCHEDULE_FOLLOW_UP("schedule-follow-up", List.of("at"), List.of("contactName", "contactPhone", "contactEmail", "note")),
  OFFER_COMPENSATION("offer-compensation", List.of("what"), List.of()),
  RESOLVE("resolve", List.of("how"), List.of()),
  STATUS_UPDATE("status-update", List.of("text"), List.of()),
  CONTACT_CUSTOMER("contact-customer", List.of(), List.of("text")),
  CALLBACK("callback", List.of(), List.of("note"));

  /** The fields 003 step 1 asks a complaint record to hold. */
  public static final List<String> COMPLAINT_RECORD_FIELDS = List.of("customerName", "address", "phone",
      "employeeName", "receivedAt", "resolvedAt", "nature", "agreedSolution", "solutionStatus", "stepsTaken",
      "followUpAt", "compensation", "prevention");

  public static final List<String> SOLUTION_STATUSES = List.of("done-on-the-spot", "promised");

  private final String id;
  private final List<String> required;
  private final List<String> optional;

  ActionType(String id, List<String> required, List<String> optional) {
    this.id = id;
    this.required = required;
    this.optional = optional;
  }

  /** The action's name in files, requests and stored events. */
  @JsonValue
  public String id() {
    return id;
  }

  public List<String> requiredFields() {
    return required;
  }

  public List<String> allFields() {
    return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
  }

  /** Fields holding a time: ISO-8601 or relative to the session start (+2d, +3h). */
  public static boolean isTimeField(String field) {
    return field.equals("at") || field.equals("receivedAt") || field.equals("resolvedAt") || field.equals("followUpAt");
  }

  public static Optional<ActionType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** The action named {@code id}, as stored events name it. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ActionType of(String id) {
    return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown action '" + id + "' (actions: "
        + String.join(", ", ids()) + ")"));
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ActionType::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
