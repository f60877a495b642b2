package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.Detection;
import servicesim.policy.transcript.SessionEvent;

/** 004 telephone: the greeting gives the agent's own name, the organisation's name and asks how to help. */
final class GreetingRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    List<SessionEvent.AgentMessageSent> messages = session.agentMessages();
    if (messages.isEmpty()) return Judgement.fail("the agent never spoke");
    SessionEvent.AgentMessageSent first = messages.get(0);
    List<Evidence> evidence = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Act act : List.of(Act.OWN_NAME, Act.ORG_NAME, Act.OFFER_HELP)) {
      Optional<Detection> d = session.act(first, act);
      if (d.isPresent()) evidence.add(Evidence.span(first.seqNr(), d.get()));
      else missing.add(describe(act));
    }
    if (missing.isEmpty()) return Judgement.pass("the first message gives the agent's name, the organisation and an offer to help", evidence);
    if (evidence.isEmpty()) evidence.add(Evidence.of(first.seqNr(), first.text()));
    return Judgement.fail("the first message lacks " + String.join(" and ", missing), evidence);
  }

  private static String describe(Act act) {
    return switch (act) {
      case OWN_NAME -> "the agent's own name";
      case ORG_NAME -> "the organisation's name";
      default -> "an offer to help";
    };
  }
}
