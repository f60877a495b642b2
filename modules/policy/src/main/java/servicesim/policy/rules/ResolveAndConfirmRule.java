package servicesim.policy.rules;

import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;

/** 003 step 10: take corrective action, then ask whether the customer is satisfied with it. */
final class ResolveAndConfirmRule implements Rule {

  private static final ActionType[] CORRECTIVE =
      {ActionType.RESOLVE, ActionType.OFFER_COMPENSATION, ActionType.ESCALATE, ActionType.SCHEDULE_FOLLOW_UP};

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (!session.transcript().facts().complaint()) return Judgement.notApplicable("not a complaint scenario");
    Optional<SessionEvent.AgentActionTaken> action = session.firstAction(CORRECTIVE);
    if (action.isEmpty()) return Judgement.fail("took no corrective action", session.customerOpening());
    long after = action.get().seqNr();
    Optional<SessionAnalysis.Found> checked = session.all(Act.CHECK_SATISFACTION).stream()
        .filter(f -> f.message().seqNr() > after)
        .findFirst();
    return checked
        .map(f -> Judgement.pass("took corrective action (" + action.get().type()
            + ") and checked the customer was satisfied", Evidence.of(action.get()), f.evidence()))
        .orElseGet(() -> Judgement.fail("took corrective action (" + action.get().type()
            + ") but never asked whether the customer was satisfied with it", Evidence.of(action.get())));
  }
}
