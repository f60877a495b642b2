package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;

/**
 * 003 step 10: ask how the customer would like it resolved before, or while, resolving it. "While" is the agent turn
 * the resolve action belongs to: its own message may carry the question.
 */
final class AskPreferenceRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (!session.transcript().facts().complaint()) return Judgement.notApplicable("not a complaint scenario");
    List<SessionAnalysis.Found> asked = session.all(Act.ASK_PREFERENCE);
    Optional<SessionEvent.AgentActionTaken> resolve = session.firstAction(ActionType.RESOLVE);
    if (resolve.isEmpty()) {
      return asked.isEmpty()
          ? Judgement.fail("never asked how the customer would like it resolved", session.customerOpening())
          : Judgement.pass("asked how the customer would like it resolved", asked.get(0).evidence());
    }
    int resolveTurn = session.agentTurn(resolve.get());
    Optional<SessionAnalysis.Found> inTime = asked.stream()
        .filter(f -> f.message().seqNr() < resolve.get().seqNr() || session.agentTurn(f.message()) == resolveTurn)
        .findFirst();
    if (inTime.isPresent()) {
      return Judgement.pass("asked how the customer would like it resolved before resolving it",
          inTime.get().evidence(), Evidence.of(resolve.get()));
    }
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.of(resolve.get()));
    if (asked.isEmpty()) return Judgement.fail("never asked how the customer would like it resolved", evidence);
    evidence.add(asked.get(0).evidence());
    return Judgement.fail("asked how the customer would like it resolved only after resolving it", evidence);
  }
}
