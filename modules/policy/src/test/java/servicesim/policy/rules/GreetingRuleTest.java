package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class GreetingRuleTest extends JUnitSuite {

  @Test
  public void nameOrganisationAndOfferToHelpPassGreeting() {
    RuleVerdict v = verdict("greeting", TranscriptBuilder.phone()
        .agent("Thank you for calling Acme Electronics, this is Sam. How can I help you?"));
    assertVerdict(v, Verdict.PASS, "the first message gives the agent's name, the organisation and an offer to help",
        1, 1, 1);
  }

  @Test
  public void bareHelloFailsGreetingNamingWhatIsMissing() {
    RuleVerdict v = verdict("greeting", TranscriptBuilder.phone().agent("Hello, Sam speaking.").customer("Hi."));
    assertVerdict(v, Verdict.FAIL, "the first message lacks the organisation's name and an offer to help", 1);
  }

  @Test
  public void greetingDoesNotApplyToEmail() {
    RuleVerdict v = verdict("greeting", TranscriptBuilder.email().customer("Hello").agent("Dear Ms Lopez"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "does not apply to the email channel");
  }
}
