package servicesim.policy.rules;

import java.util.List;
import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.SessionEvent;

/** 004 telephone: before the conversation ends, ask whether there is anything else to help with. */
final class ClosingCheckRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    Optional<SessionAnalysis.Found> asked = session.first(Act.ANYTHING_ELSE);
    if (asked.isPresent()) {
      return Judgement.pass("asked whether there was anything else", asked.get().evidence());
    }
    Optional<SessionEvent> hangUp = session.entries().stream().filter(SessionEvent.CustomerHungUp.class::isInstance).findFirst();
    if (hangUp.isPresent()) {
      return Judgement.fail("never asked whether there was anything else: the customer hung up first",
          Evidence.of(hangUp.get()));
    }
    List<SessionEvent.AgentMessageSent> messages = session.agentMessages();
    if (messages.isEmpty()) return Judgement.fail("the agent never spoke", session.customerOpening());
    return Judgement.fail("never asked whether there was anything else before ending",
        Evidence.of(messages.get(messages.size() - 1)));
  }
}
