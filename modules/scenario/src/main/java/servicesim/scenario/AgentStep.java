package servicesim.scenario;

import java.time.Duration;
import java.util.Map;
import servicesim.files.Location;
import servicesim.policy.transcript.ActionType;

/** One step of a scripted agent: say something, take an action, or end the session. */
public sealed interface AgentStep {

  /** Delay from the previous message; {@code null} means the default (say: 3 s; act and end: at once). */
  Duration after();

  Location location();

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of step. */
  interface Visitor<R> {
    R on(Say step);

    R on(Act step);

    R on(End step);
  }

  record Say(String text, String subject, Duration after, Location location) implements AgentStep {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  record Act(ActionType type, Map<String, String> fields, Duration after, Location location) implements AgentStep {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  record End(Duration after, Location location) implements AgentStep {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }
}
