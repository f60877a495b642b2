package servicesim.simulation;

import akka.serialization.jackson.JacksonMigration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import servicesim.policy.transcript.SessionEvent;

/**
 * Reads what earlier versions stored (bound in serialization.conf): the journal is never rewritten, so every shape an
 * event or snapshot was ever stored in must still load.
 */
public final class JournalMigrations {

  private JournalMigrations() {}

  /** Session events were records nested in {@code SessionEntity}; the same JSON now reads as {@link SessionEvent}s. */
  public static final class SessionEventMoved extends JacksonMigration {

    @Override
    public int currentVersion() {
      return 2;
    }

    @Override
    public String transformClassName(int fromVersion, String className) {
      return SessionEvent.class.getName() + className.substring(className.lastIndexOf('$'));
    }

    @Override
    public JsonNode transform(int fromVersion, JsonNode json) {
      return json;
    }
  }

  /**
   * A session snapshot held the conversation state as one flat record; it is now composed of small records. Version
   * 1 is the flat form.
   */
  public static final class SessionStateNested extends JacksonMigration {

    @Override
    public int currentVersion() {
      return 2;
    }

    @Override
    public JsonNode transform(int fromVersion, JsonNode json) {
      JsonNode flat = json.path("conversation");
      if (fromVersion >= 2 || !flat.isObject()) return json;
      ObjectNode state = json.deepCopy();
      state.set("conversation", nested(flat));
      return state;
    }

    /** Each field of the flat form: the record it now belongs to, and its name there. */
    private static final String[][] FIELDS = {
        {"startedAt", "times", "startedAt"}, {"lastCustomerAt", "times", "lastCustomerAt"},
        {"lastAgentAt", "times", "lastAgentAt"}, {"lastNudgeAt", "times", "lastNudgeAt"},
        {"lastEventAt", "times", "lastEventAt"}, {"nextLine", "script", "nextLine"}, {"pending", "script", "pending"},
        {"turnOpen", "script", "midTurn"}, {"customerSpoke", "script", "spoke"}, {"mayRespond", "floor", "mayRespond"},
        {"awaitingAgent", "floor", "awaitingAgent"}, {"mood", "customer", "mood"}, {"patience", "customer", "patience"},
        {"fired", "customer", "fired"}, {"nudges", "customer", "nudges"}, {"hungUp", "customer", "hungUp"},
        {"agentSteps", "agent", "steps"}, {"acts", "agent", "acts"}, {"actions", "agent", "actions"},
        {"interrupted", "agent", "interrupted"}, {"contactedFirst", "agent", "contactedFirst"},
        {"open", "questions", "open"}, {"answered", "questions", "answered"},
        {"reactedUnanswered", "questions", "reactedUnanswered"}};

    private static ObjectNode nested(JsonNode flat) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (String[] f : FIELDS) {
        JsonNode value = flat.get(f[0]);
        out.with(f[1]).set(f[2], value == null ? JsonNodeFactory.instance.nullNode() : value);
      }
      // the flat form kept an outcome only once the session had ended
      out.with("customer").set("outcome", flat.path("ended").asBoolean(false) ? flat.get("outcome")
          : JsonNodeFactory.instance.nullNode());
      return out;
    }
  }
}
