package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.Facts;

/**
 * 004 in person, 003 complaints: bring in a supervisor or manager when the request is outside the agent's
 * responsibility (or take the customer's details to follow up), and early when the matter is of high severity.
 */
final class EscalationRule implements Rule {

  private record Step(SessionEvent entry, Evidence evidence, String what) {}

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    Facts facts = session.transcript().facts();
    if (!facts.outsideResponsibility() && !facts.highSeverity()) {
      return Judgement.notApplicable("within the agent's responsibility and not of high severity");
    }
    List<Step> escalations = new ArrayList<>();
    session.actions(ActionType.ESCALATE).forEach(a -> escalations.add(new Step(a, Evidence.of(a), "brought in a supervisor")));
    session.all(Act.ESCALATION).forEach(f -> escalations.add(new Step(f.message(), f.evidence(), "brought in a supervisor")));
    escalations.sort(Comparator.comparingLong(s -> s.entry().seqNr()));

    if (facts.highSeverity()) {
      int within = spec.number("withinAgentTurns", 3);
      if (escalations.isEmpty()) {
        return Judgement.fail("never brought in a supervisor or manager (high severity)", session.customerOpening());
      }
      Step first = escalations.get(0);
      int turn = session.agentTurn(first.entry());
      String when = "in agent turn " + turn;
      return turn <= within
          ? Judgement.pass("brought in a supervisor " + when + " (high severity: within " + within + ")", first.evidence())
          : Judgement.fail("brought in a supervisor only " + when + " (high severity: within the first " + within
              + " agent turns)", first.evidence());
    }

    List<Step> steps = new ArrayList<>(escalations);
    session.all(Act.TAKE_DETAILS).forEach(f -> steps.add(new Step(f.message(), f.evidence(),
        "took the customer's details to follow up")));
    session.actions(ActionType.SCHEDULE_FOLLOW_UP).stream()
        .filter(a -> present(a, "contactPhone") || present(a, "contactEmail"))
        .forEach(a -> steps.add(new Step(a, Evidence.of(a), "scheduled a follow-up with contact details")));
    Optional<Step> first = steps.stream().min(Comparator.comparingLong(s -> s.entry().seqNr()));
    return first
        .map(s -> Judgement.pass(s.what(), s.evidence()))
        .orElseGet(() -> Judgement.fail(
            "neither brought in a supervisor nor took the customer's details to follow up", session.customerOpening()));
  }

  private static boolean present(SessionEvent.AgentActionTaken a, String field) {
    String v = a.fields().get(field);
    return v != null && !v.isBlank();
  }
}
