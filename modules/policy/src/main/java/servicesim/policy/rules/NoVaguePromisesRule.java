package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.Detection;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;

/**
 * 002: no open-ended promise ("we'll look into it") unless the same message or one of the next {@code graceMessages}
 * agent messages gives a concrete time, or a follow-up is scheduled before that window closes.
 */
final class NoVaguePromisesRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    List<SessionEvent.AgentMessageSent> messages = session.agentMessages();
    if (messages.isEmpty()) return Judgement.notApplicable("the agent never spoke");
    int grace = spec.number("graceMessages", 1);
    List<SessionEvent.AgentActionTaken> followUps = session.actions(ActionType.SCHEDULE_FOLLOW_UP);
    List<Evidence> redeemedBy = new ArrayList<>();
    int promises = 0;
    for (int k = 0; k < messages.size(); k++) {
      Optional<Detection> vague = session.act(messages.get(k), Act.VAGUE_PROMISE);
      if (vague.isEmpty()) continue;
      promises++;
      int last = k + grace;
      Optional<Evidence> redeemed = Optional.empty();
      for (int j = k; j <= Math.min(last, messages.size() - 1) && redeemed.isEmpty(); j++) {
        SessionEvent.AgentMessageSent m = messages.get(j);
        redeemed = session.act(m, Act.CONCRETE_TIMELINE).map(d -> Evidence.span(m.seqNr(), d));
      }
      if (redeemed.isEmpty()) {
        // an action belongs to the turn of the message after it: the window closes with its last message
        long closes = last < messages.size() ? messages.get(last).seqNr() : Long.MAX_VALUE;
        redeemed = followUps.stream().filter(a -> a.seqNr() < closes).findFirst().map(Evidence::of);
      }
      if (redeemed.isEmpty()) {
        return Judgement.fail("open-ended promise without a time or plan: \"" + vague.get().match() + "\"",
            Evidence.span(messages.get(k).seqNr(), vague.get()));
      }
      redeemedBy.add(redeemed.get());
    }
    return promises == 0
        ? Judgement.pass("no open-ended promises")
        : Judgement.pass("every open-ended promise came with a time", redeemedBy);
  }
}
