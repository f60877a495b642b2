package servicesim.policy.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.rules.Verdict;
import servicesim.policy.scoring.SessionScore;

/**
 * The final verdicts of a session: the machine's, except where a reviewer overrode one. Overrides stay beside the
 * machine's verdicts, never replace them, so that a session rescored under another policy version keeps its
 * overrides and shows where the machine now judges differently from when the override was made.
 */
public final class FinalVerdicts {

  private FinalVerdicts() {}

  /** One rule's machine and final verdict, and whether the machine's verdict moved since the override was made. */
  public record Resolved(String ruleId, Verdict machine, Verdict verdict, VerdictOverride override) {
    public boolean overridden() {
      return override != null;
    }

    /** Overridden against another machine verdict than today's (a rescore under a new policy changed it). */
    public boolean machineChanged() {
      return override != null && override.machine() != machine;
    }
  }

  public static List<Resolved> resolve(List<RuleVerdict> machine, Map<String, VerdictOverride> overrides) {
    List<Resolved> out = new ArrayList<>(machine.size());
    for (RuleVerdict v : machine) {
      VerdictOverride o = overrides.get(v.id());
      out.add(new Resolved(v.id(), v.verdict(), o == null ? v.verdict() : o.after(), o));
    }
    return List.copyOf(out);
  }

  /** The machine's verdicts with each override's verdict in place of the machine's. */
  public static List<RuleVerdict> apply(List<RuleVerdict> machine, Map<String, VerdictOverride> overrides) {
    List<RuleVerdict> out = new ArrayList<>(machine.size());
    for (RuleVerdict v : machine) {
      VerdictOverride o = overrides.get(v.id());
      out.add(o == null ? v : new RuleVerdict(v.id(), o.after(), v.critical(), v.weight(), v.evidence(),
          "overridden by " + o.by() + ": " + o.reason()));
    }
    return List.copyOf(out);
  }

  /** The session's final score: the machine's score recomputed over the final verdicts. */
  public static SessionScore finalScore(SessionScore machine, Map<String, VerdictOverride> overrides,
      double passMark) {
    if (overrides.isEmpty()) return machine;
    return SessionScore.of(machine.policyId(), machine.policyVersion(), passMark, machine.outcome(),
        apply(machine.verdicts(), overrides));
  }

  /** How many of the machine's verdicts the overrides change (an override to the machine's own verdict changes none). */
  public static int overridden(List<RuleVerdict> machine, Map<String, VerdictOverride> overrides) {
    int n = 0;
    for (Resolved r : resolve(machine, overrides)) if (r.overridden() && r.verdict() != r.machine()) n++;
    return n;
  }
}
