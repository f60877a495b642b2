package servicesim.policy.rules;

import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;

/** 003 step 10: apologise for the trouble. */
final class ApologizeRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (!session.transcript().facts().complaint()) return Judgement.notApplicable("not a complaint scenario");
    return session.first(Act.APOLOGY)
        .map(f -> Judgement.pass("apologised for the trouble", f.evidence()))
        .orElseGet(() -> Judgement.fail("never apologised for the trouble", session.customerOpening()));
  }
}
