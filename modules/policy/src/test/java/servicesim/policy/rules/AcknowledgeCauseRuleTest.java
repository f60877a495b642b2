package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class AcknowledgeCauseRuleTest extends JUnitSuite {

  @Test
  public void acceptingTheMistakePassesAcknowledgeCause() {
    RuleVerdict v = verdict("acknowledge-cause", TranscriptBuilder.phone().companyAtFault()
        .customer("Your site said it was compatible.")
        .agent("That's our mistake, the website listed it wrongly."));
    assertVerdict(v, Verdict.PASS, "accepted the company's responsibility", 2);
  }

  @Test
  public void blamingNoOneAndAcceptingNothingFailsAcknowledgeCause() {
    RuleVerdict v = verdict("acknowledge-cause", TranscriptBuilder.phone().companyAtFault()
        .customer("Your site said it was compatible.")
        .agent("I'm sorry to hear that. I'll send a replacement."));
    assertVerdict(v, Verdict.FAIL, "never accepted the company's responsibility", 1);
  }

  @Test
  public void acknowledgeCauseDoesNotApplyWhenTheCompanyIsNotAtFault() {
    RuleVerdict v = verdict("acknowledge-cause", TranscriptBuilder.phone().complaint()
        .customer("I dropped it and it broke.").agent("I'm sorry to hear that."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the company is not at fault");
  }
}
