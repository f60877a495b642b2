package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class LetCustomerFinishRuleTest extends JUnitSuite {

  @Test
  public void waitingForTheLastPartPassesLetCustomerFinish() {
    RuleVerdict v = verdict("let-customer-finish", TranscriptBuilder.phone()
        .agent("Acme Electronics, Sam speaking, how can I help?")
        .customerPart("The unit I ordered doesn't work with my system.")
        .customer("It says it's compatible on your site, but it isn't.")
        .agent("I'm sorry about that."));
    assertVerdict(v, Verdict.PASS, "let the customer finish every turn");
  }

  @Test
  public void speakingBetweenPartsOfATurnFailsLetCustomerFinish() {
    RuleVerdict v = verdict("let-customer-finish", TranscriptBuilder.phone()
        .customerPart("The unit I ordered doesn't work with my system.")
        .agent("Have you tried turning it off and on?")
        .customer("It says it's compatible on your site, but it isn't."));
    assertVerdict(v, Verdict.FAIL, "interrupted the customer mid-turn with \"Have you tried turning it off and on?\"",
        2, 1);
  }

  @Test
  public void everyInterruptionIsEvidence() {
    RuleVerdict v = verdict("let-customer-finish", TranscriptBuilder.phone()
        .customerPart("First,")
        .agent("Yes?")
        .customerPart("second,")
        .agent("Go on.")
        .customer("and third."));
    assertVerdict(v, Verdict.FAIL, "interrupted the customer mid-turn with \"Yes?\" (2 times)", 2, 1, 4, 3);
  }

  @Test
  public void silentCustomerIsNotApplicableToLetCustomerFinish() {
    RuleVerdict v = verdict("let-customer-finish", TranscriptBuilder.phone().agent("Hello?"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the customer never spoke");
  }
}
