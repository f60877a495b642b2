package servicesim.policy.rules;

import servicesim.policy.RuleSpec;
import servicesim.policy.transcript.ActionType;

/** 003 step 10: offer something for the inconvenience when the company was at fault. */
final class OfferCompensationRule implements Rule {

  @Override
  public Judgement judge(RuleSpec spec, SessionAnalysis session) {
    if (!session.transcript().facts().companyAtFault()) return Judgement.notApplicable("the company is not at fault");
    return session.firstAction(ActionType.OFFER_COMPENSATION)
        .map(a -> {
          String what = a.fields().getOrDefault("what", "");
          return Judgement.pass(what.isBlank() ? "offered compensation" : "offered compensation: " + what,
              Evidence.of(a));
        })
        .orElseGet(() -> Judgement.fail("never offered compensation for the inconvenience", session.customerOpening()));
  }
}
