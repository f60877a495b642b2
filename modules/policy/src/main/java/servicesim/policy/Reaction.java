package servicesim.policy;

import java.util.ArrayList;
import java.util.List;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.ActionType;

/**
 * How the simulated customer reacts to something the agent does: a mood change, a patience change, and optionally
 * a line to say. {@code once}: counts only the first time in a session (an apology helps once; policy-as-weapon
 * hurts every time).
 */
public record Reaction(int mood, int patience, String say, boolean once) {

  /** What can trigger a reaction: an act in the agent's message, an agent action, or a turn-taking event. */
  public static final List<String> EVENT_TRIGGERS =
      List.of("interruption", "silence", "unanswered-question", "answered-question", "hang-up");

  public static List<String> triggers() {
    List<String> all = new ArrayList<>(Act.lexiconIds());
    all.addAll(ActionType.ids());
    all.addAll(EVENT_TRIGGERS);
    return List.copyOf(all);
  }

  /** A scenario's override on top of the policy's default: absent parts keep the default. */
  public Reaction overriddenBy(Integer mood, Integer patience, String say, Boolean once) {
    return new Reaction(mood == null ? this.mood : mood, patience == null ? this.patience : patience,
        say == null ? this.say : say, once == null ? this.once : once);
  }

  public static final Reaction NONE = new Reaction(0, 0, null, true);
}
