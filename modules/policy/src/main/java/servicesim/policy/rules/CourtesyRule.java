package servicesim.policy.rules;

import java.util.List;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;

/** 004 in person: professional and courteous at all times, even when the request is outside the agent's remit. */
final class CourtesyRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    List<SessionAnalysis.Found> rude = session.all(Act.DISCOURTESY);
    if (rude.isEmpty()) {
      return session.agentMessages().isEmpty()
          ? Judgement.notApplicable("the agent never spoke")
          : Judgement.pass("no discourteous language in " + session.agentMessages().size() + " agent messages");
    }
    return Judgement.fail("discourteous language: \"" + rude.get(0).detection().match() + "\"",
        rude.stream().map(SessionAnalysis.Found::evidence).toList());
  }
}
