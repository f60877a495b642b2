package servicesim.policy.rules;

import java.util.Optional;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.Act;

/** 003 step 10: name the cause and accept the company's responsibility instead of blaming the customer. */
final class AcknowledgeCauseRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (!session.transcript().facts().companyAtFault()) return Judgement.notApplicable("the company is not at fault");
    Optional<SessionAnalysis.Found> accepted = session.first(Act.ACCEPT_RESPONSIBILITY);
    return accepted
        .map(f -> Judgement.pass("accepted the company's responsibility", f.evidence()))
        .orElseGet(() -> Judgement.fail("never accepted the company's responsibility", session.customerOpening()));
  }
}
