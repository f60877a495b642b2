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
      ObjectNode state = ((ObjectNode) json).deepCopy();
      state.set("conversation", nested(flat));
      return state;
    }

    private static ObjectNode nested(JsonNode c) {
      JsonNodeFactory f = JsonNodeFactory.instance;
      ObjectNode out = f.objectNode();
      ObjectNode times = out.putObject("times");
      copy(c, "startedAt", times, "startedAt");
      copy(c, "lastCustomerAt", times, "lastCustomerAt");
      copy(c, "lastAgentAt", times, "lastAgentAt");
      copy(c, "lastNudgeAt", times, "lastNudgeAt");
      copy(c, "lastEventAt", times, "lastEventAt");
      ObjectNode script = out.putObject("script");
      copy(c, "nextLine", script, "nextLine");
      copy(c, "pending", script, "pending");
      copy(c, "turnOpen", script, "midTurn");
      copy(c, "customerSpoke", script, "spoke");
      ObjectNode floor = out.putObject("floor");
      copy(c, "mayRespond", floor, "mayRespond");
      copy(c, "awaitingAgent", floor, "awaitingAgent");
      ObjectNode customer = out.putObject("customer");
      copy(c, "mood", customer, "mood");
      copy(c, "patience", customer, "patience");
      copy(c, "fired", customer, "fired");
      copy(c, "nudges", customer, "nudges");
      copy(c, "hungUp", customer, "hungUp");
      customer.set("outcome", c.path("ended").asBoolean(false) ? c.get("outcome") : f.nullNode());
      ObjectNode agent = out.putObject("agent");
      copy(c, "agentSteps", agent, "steps");
      copy(c, "acts", agent, "acts");
      copy(c, "actions", agent, "actions");
      copy(c, "interrupted", agent, "interrupted");
      copy(c, "contactedFirst", agent, "contactedFirst");
      ObjectNode questions = out.putObject("questions");
      copy(c, "open", questions, "open");
      copy(c, "answered", questions, "answered");
      copy(c, "reactedUnanswered", questions, "reactedUnanswered");
      return out;
    }

    private static void copy(JsonNode from, String name, ObjectNode to, String as) {
      JsonNode v = from.get(name);
      to.set(as, v == null ? JsonNodeFactory.instance.nullNode() : v);
    }
  }
}
