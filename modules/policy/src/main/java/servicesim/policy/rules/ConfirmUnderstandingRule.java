package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;

/** 003 step 10: restate the problem to confirm it after hearing it and before proposing a solution. */
final class ConfirmUnderstandingRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (!session.transcript().facts().complaint()) return Judgement.notApplicable("not a complaint scenario");
    Optional<SessionEvent.CustomerMessageSent> described = session.firstCustomerMessage();
    if (described.isEmpty()) return Judgement.notApplicable("the customer never described the problem");
    Optional<SessionEvent.AgentActionTaken> solution = session.firstAction(ActionType.RESOLVE, ActionType.OFFER_COMPENSATION);
    long heard = described.get().seqNr();
    long proposed = solution.map(SessionEvent::seqNr).orElse(Long.MAX_VALUE);

    List<SessionAnalysis.Found> confirmations = session.all(Act.CONFIRM_UNDERSTANDING).stream()
        .filter(f -> f.message().seqNr() > heard)
        .toList();
    Optional<SessionAnalysis.Found> inTime = confirmations.stream().filter(f -> f.message().seqNr() < proposed).findFirst();
    if (inTime.isPresent()) {
      return Judgement.pass(solution.isPresent()
          ? "restated the problem to confirm it before proposing a solution"
          : "restated the problem to confirm it", inTime.get().evidence());
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of(described.get()));
    solution.ifPresent(s -> evidence.add(Evidence.of(s)));
    if (confirmations.isEmpty()) {
      return Judgement.fail(solution.isPresent()
          ? "never restated the problem before proposing a solution"
          : "never restated the problem to confirm it", evidence);
    }
    evidence.add(confirmations.get(0).evidence());
    return Judgement.fail("restated the problem only after proposing a solution", evidence);
  }
}
