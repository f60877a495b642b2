package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class ConfirmUnderstandingRuleTest extends JUnitSuite {

  private static TranscriptBuilder complaint() {
    return TranscriptBuilder.phone().complaint()
        .agent("Acme Electronics, this is Sam. How can I help?")
        .customer("The unit I ordered doesn't work with my system.");
  }

  @Test
  public void restatingTheProblemBeforeResolvingPassesConfirmUnderstanding() {
    RuleVerdict v = verdict("confirm-understanding", complaint()
        .agent("Just to confirm, you'd like a new unit and a refund, right?")
        .customer("Yes.")
        .action("resolve", Map.of("how", "replacement and refund")));
    assertVerdict(v, Verdict.PASS, "restated the problem to confirm it before proposing a solution", 3);
  }

  @Test
  public void restatingWithoutAnySolutionStillPasses() {
    RuleVerdict v = verdict("confirm-understanding", complaint()
        .agent("So what you are saying is the unit won't connect to your receiver?"));
    assertVerdict(v, Verdict.PASS, "restated the problem to confirm it", 3);
  }

  @Test
  public void neverRestatingFailsConfirmUnderstanding() {
    RuleVerdict v = verdict("confirm-understanding", complaint()
        .action("resolve", Map.of("how", "replacement"))
        .agent("I've sent you a replacement."));
    assertVerdict(v, Verdict.FAIL, "never restated the problem before proposing a solution", 2, 3);
  }

  @Test
  public void restatingOnlyAfterTheSolutionFailsConfirmUnderstanding() {
    RuleVerdict v = verdict("confirm-understanding", complaint()
        .action("offer-compensation", Map.of("what", "a 20% voucher"))
        .agent("I've added a voucher. Just to confirm, the unit doesn't connect at all?"));
    assertVerdict(v, Verdict.FAIL, "restated the problem only after proposing a solution", 2, 3, 4);
  }

  @Test
  public void restatingBeforeTheCustomerSpokeDoesNotCount() {
    RuleVerdict v = verdict("confirm-understanding", TranscriptBuilder.phone().complaint()
        .agent("Just to confirm, you're calling about your order?")
        .customer("The unit doesn't work."));
    assertVerdict(v, Verdict.FAIL, "never restated the problem to confirm it", 2);
  }

  @Test
  public void confirmUnderstandingDoesNotApplyWithoutAComplaint() {
    RuleVerdict v = verdict("confirm-understanding", TranscriptBuilder.phone()
        .customer("What are your opening hours?").agent("We're open nine to five."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "not a complaint scenario");
  }

  @Test
  public void confirmUnderstandingDoesNotApplyWhenTheCustomerNeverSpoke() {
    RuleVerdict v = verdict("confirm-understanding", TranscriptBuilder.phone().complaint()
        .agent("Acme Electronics, how can I help?").hangUp("..."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the customer never described the problem");
  }
}
