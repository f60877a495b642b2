package servicesim.policy.rules;

import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;

/** 002: when the matter is not settled on the spot, give a concrete time or plan for the next step. */
final class ConcreteTimelineRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (session.transcript().facts().resolvedOnTheSpot()) return Judgement.notApplicable("resolved on the spot");
    return session.first(Act.CONCRETE_TIMELINE)
        .map(f -> Judgement.pass("gave a concrete time: \"" + f.detection().match() + "\"", f.evidence()))
        .orElseGet(() -> Judgement.fail("never gave a concrete time or plan for the next step",
            session.customerOpening()));
  }
}
