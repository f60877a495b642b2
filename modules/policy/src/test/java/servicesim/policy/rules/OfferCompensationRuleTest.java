package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class OfferCompensationRuleTest extends JUnitSuite {

  @Test
  public void offeringAVoucherPassesOfferCompensation() {
    RuleVerdict v = verdict("offer-compensation", TranscriptBuilder.phone().companyAtFault()
        .customer("Your site listed it wrongly.")
        .action("offer-compensation", Map.of("what", "a 20% voucher")));
    assertVerdict(v, Verdict.PASS, "offered compensation: a 20% voucher", 2);
  }

  @Test
  public void noOfferFailsOfferCompensation() {
    RuleVerdict v = verdict("offer-compensation", TranscriptBuilder.phone().companyAtFault()
        .customer("Your site listed it wrongly.")
        .action("resolve", Map.of("how", "refund")));
    assertVerdict(v, Verdict.FAIL, "never offered compensation for the inconvenience", 1);
  }

  @Test
  public void offerCompensationDoesNotApplyWhenTheCompanyIsNotAtFault() {
    RuleVerdict v = verdict("offer-compensation", TranscriptBuilder.phone().complaint()
        .customer("I dropped it."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the company is not at fault");
  }
}
