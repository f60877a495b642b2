package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.List;
import servicesim.policy.RuleSpec;
import servicesim.policy.transcript.SessionEvent;

/** 003 step 10: listen without interrupting; an agent message while the customer's turn is unfinished interrupts. */
final class LetCustomerFinishRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (session.firstCustomerMessage().isEmpty()) return Judgement.notApplicable("the customer never spoke");
    List<Evidence> evidence = new ArrayList<>();
    SessionEvent.CustomerMessageSent latest = null;
    SessionEvent.AgentMessageSent firstInterruption = null;
    int interruptions = 0;
    for (SessionEvent e : session.entries()) {
      if (e instanceof SessionEvent.CustomerMessageSent c) {
        latest = c;
      } else if (e instanceof SessionEvent.AgentMessageSent m && latest != null && !latest.turnComplete()) {
        interruptions++;
        if (firstInterruption == null) firstInterruption = m;
        evidence.add(Evidence.of(m));
        evidence.add(Evidence.of(latest));
      }
    }
    if (firstInterruption == null) return Judgement.pass("let the customer finish every turn");
    String times = interruptions == 1 ? "" : " (" + interruptions + " times)";
    return Judgement.fail("interrupted the customer mid-turn with \"" + firstInterruption.text() + "\"" + times,
        evidence);
  }
}
