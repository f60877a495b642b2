package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.List;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;
import servicesim.policy.transcript.SessionEvent;

/** 003 step 10: never hide behind "company policy" to refuse help. */
final class NoPolicyAsWeaponRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (session.agentMessages().isEmpty()) return Judgement.notApplicable("the agent never spoke");
    List<Evidence> spans = new ArrayList<>();
    for (SessionEvent.AgentMessageSent m : session.agentMessages()) {
      session.all(m, Act.POLICY_AS_WEAPON).forEach(d -> spans.add(Evidence.span(m.seqNr(), d)));
    }
    if (spans.isEmpty()) return Judgement.pass("never hid behind company policy");
    return Judgement.fail("hid behind company policy: \"" + spans.get(0).text() + "\"", spans);
  }
}
