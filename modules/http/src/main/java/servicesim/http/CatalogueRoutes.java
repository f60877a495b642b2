package servicesim.http;

import akka.http.javadsl.server.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import servicesim.policy.Channel;
import servicesim.policy.Outcomes;
import servicesim.policy.Reaction;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.EventName;
import servicesim.policy.transcript.SessionEvent;
import servicesim.simulation.WorkshopEntity;

/**
 * {@code GET /catalogue}: what clients show instead of ids, and the forms they build, taken from the code that defines
 * them — the agent's actions with every field ({@link ActionType}: required, times, choices), the event types of
 * sessions and workshops, the channels, the outcomes (and which count as unhappy), and the reaction triggers that
 * are not acts or actions. Readable by every role.
 */
final class CatalogueRoutes extends ApiDirectives {

  private static final Set<Principal.Role> EVERYONE = Set.of(Principal.Role.values());

  /** An action's name as a button says it, as the transcript says it was done, and its fields' labels and hints. */
  private record ActionText(String title, String done, Map<String, String[]> fields) {}

  private static final String TIME_HINT = "ISO-8601 or relative to the session start, e.g. +3d or +2h";

  private static final Map<ActionType, ActionText> ACTIONS = Map.of(
      ActionType.ESCALATE, new ActionText("Escalate", "Escalated", Map.of(
          "to", new String[] {"Bring in", "e.g. supervisor, duty manager"},
          "reason", new String[] {"Reason", null})),
      ActionType.RECORD_COMPLAINT, new ActionText("Complaint record", "Complaint record filed", Map.ofEntries(
          Map.entry("customerName", new String[] {"Customer name", null}),
          Map.entry("address", new String[] {"Customer address", null}),
          Map.entry("phone", new String[] {"Customer phone", null}),
          Map.entry("email", new String[] {"Customer email", null}),
          Map.entry("employeeName", new String[] {"Employee name", null}),
          Map.entry("receivedAt", new String[] {"Date and time of the complaint", "e.g. +0s"}),
          Map.entry("resolvedAt", new String[] {"Date and time of the resolution", "if resolved, e.g. +10m"}),
          Map.entry("nature", new String[] {"Nature of the complaint", null}),
          Map.entry("agreedSolution", new String[] {"Agreed solution", null}),
          Map.entry("solutionStatus", new String[] {"Solution carried out", null}),
          Map.entry("stepsTaken", new String[] {"Steps being taken now", null}),
          Map.entry("followUpAt", new String[] {"Follow-up date and time", "e.g. +3d"}),
          Map.entry("compensation", new String[] {"Compensation given", null}),
          Map.entry("prevention", new String[] {"Suggestion to prevent a repeat", null}))),
      ActionType.SCHEDULE_FOLLOW_UP, new ActionText("Schedule follow-up", "Follow-up scheduled", Map.of(
          "at", new String[] {"When", "e.g. +3d"},
          "contactName", new String[] {"Contact name", null},
          "contactPhone", new String[] {"Contact phone", null},
          "contactEmail", new String[] {"Contact email", null},
          "note", new String[] {"Note", null})),
      ActionType.OFFER_COMPENSATION, new ActionText("Offer compensation", "Compensation offered", Map.of(
          "what", new String[] {"What", "e.g. a 20 dollar voucher"})),
      ActionType.RESOLVE, new ActionText("Resolve", "Resolved", Map.of(
          "how", new String[] {"How it was resolved", null})),
      ActionType.STATUS_UPDATE, new ActionText("Status update", "Status update sent", Map.of(
          "text", new String[] {"Update for the customer", null})),
      ActionType.CONTACT_CUSTOMER, new ActionText("Contact customer", "Customer contacted", Map.of(
          "text", new String[] {"Message to the customer", null})),
      ActionType.CALLBACK, new ActionText("Call back", "Called back", Map.of(
          "note", new String[] {"Note", null})));

  /** What the button that takes an action says. */
  private static final Map<ActionType, String> SUBMIT = Map.of(ActionType.ESCALATE, "Escalate",
      ActionType.RECORD_COMPLAINT, "Record complaint", ActionType.SCHEDULE_FOLLOW_UP, "Schedule follow-up",
      ActionType.OFFER_COMPENSATION, "Offer compensation", ActionType.RESOLVE, "Resolve",
      ActionType.STATUS_UPDATE, "Send status update", ActionType.CONTACT_CUSTOMER, "Contact customer",
      ActionType.CALLBACK, "Call back");

  /** Fields written as a few sentences rather than a word or two. */
  private static final Set<String> LONG_FIELDS = Set.of("reason", "nature", "agreedSolution", "stepsTaken",
      "prevention", "how", "text", "note");

  private static final Map<String, String> SOLUTION_STATUS = Map.of(
      "done-on-the-spot", "done on the spot", "promised", "promised");

  private static final Map<Channel, String> CHANNELS = Map.of(Channel.PHONE, "Phone", Channel.IN_PERSON, "In person",
      Channel.CHAT, "Chat", Channel.EMAIL, "Email", Channel.LETTER, "Letter", Channel.VOICEMAIL, "Voicemail");

  private static final Map<String, String> TRIGGERS = Map.of("interruption", "interrupting the customer",
      "silence", "silence", "unanswered-question", "a question left unanswered",
      "answered-question", "an answered question", "hang-up", "hanging up");

  CatalogueRoutes(ApiContext ctx) {
    super(ctx);
  }

  Route route(Principal p) {
    return path("catalogue", () -> get(() -> allow(p, EVERYONE, () -> ok(catalogue()))));
  }

  static Map<String, Object> catalogue() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actions", actions());
    List<Map<String, Object>> events = new ArrayList<>();
    addEvents(events, SessionEvent.Type.values(), "session");
    addEvents(events, WorkshopEntity.Event.Type.values(), "workshop");
    addEvents(events, servicesim.simulation.ReviewEntity.Event.Type.values(), "review");
    addEvents(events, servicesim.simulation.CalibrationEntity.Event.Type.values(), "calibration");
    out.put("events", events);
    List<Map<String, Object>> channels = new ArrayList<>();
    for (Channel c : Channel.values()) channels.add(Map.of("id", c.id(), "title", CHANNELS.get(c)));
    out.put("channels", channels);
    List<Map<String, Object>> outcomes = new ArrayList<>();
    for (String o : Outcomes.ALL) {
      outcomes.add(Map.of("id", o, "title", o.replace('-', ' '), "unhappy", Outcomes.unhappy(o)));
    }
    out.put("outcomes", outcomes);
    List<Map<String, Object>> triggers = new ArrayList<>();
    for (String t : Reaction.EVENT_TRIGGERS) triggers.add(Map.of("id", t, "title", TRIGGERS.get(t)));
    out.put("triggers", triggers);
    return out;
  }

  private static List<Map<String, Object>> actions() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ActionType type : ActionType.values()) {
      ActionText text = ACTIONS.get(type);
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("type", type.id());
      a.put("title", text.title());
      a.put("done", text.done());
      a.put("submit", SUBMIT.get(type));
      List<Map<String, Object>> fields = new ArrayList<>();
      for (String name : type.allFields()) {
        String[] label = text.fields().get(name);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("label", label[0]);
        boolean time = ActionType.isTimeField(name);
        f.put("hint", label[1] == null ? null : time ? label[1] + " (" + TIME_HINT + ")" : label[1]);
        f.put("required", type.requiredFields().contains(name));
        f.put("kind", time ? "time" : name.equals("solutionStatus") ? "choice" : LONG_FIELDS.contains(name)
            ? "long-text" : "text");
        if (name.equals("solutionStatus")) {
          f.put("choices", ActionType.SOLUTION_STATUSES.stream()
              .map(s -> Map.of("id", s, "title", SOLUTION_STATUS.get(s))).toList());
        }
        fields.add(f);
      }
      a.put("fields", fields);
      out.add(a);
    }
    return out;
  }

  /** The event types of a sealed event interface, named as stored events name them, with a readable title. */
  private static void addEvents(List<Map<String, Object>> out, EventName[] types, String stream) {
    for (EventName type : types) {
      String name = type.id();
      out.add(Map.of("type", name, "title", title(name), "stream", stream));
    }
  }

  /** "CustomerMessageSent" reads "Customer message sent". */
  static String title(String typeName) {
    String words = typeName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
