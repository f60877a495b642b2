package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class ClosingCheckRuleTest extends JUnitSuite {

  @Test
  public void askingAnythingElsePassesClosingCheck() {
    RuleVerdict v = verdict("closing-check", TranscriptBuilder.phone()
        .customer("Thanks, that's sorted.").agent("Is there anything else I can help you with?").end("satisfied"));
    assertVerdict(v, Verdict.PASS, "asked whether there was anything else", 2);
  }

  @Test
  public void endingWithoutAskingFailsClosingCheck() {
    RuleVerdict v = verdict("closing-check", TranscriptBuilder.phone()
        .customer("Thanks, that's sorted.").agent("Goodbye.").end("neutral"));
    assertVerdict(v, Verdict.FAIL, "never asked whether there was anything else before ending", 2);
  }

  @Test
  public void customerHangingUpFirstFailsClosingCheckAndSaysSo() {
    RuleVerdict v = verdict("closing-check", TranscriptBuilder.phone()
        .customer("This is hopeless.").agent("Please hold.").hangUp("Forget it."));
    assertVerdict(v, Verdict.FAIL, "never asked whether there was anything else: the customer hung up first", 3);
  }

  @Test
  public void closingCheckDoesNotApplyToLetters() {
    RuleVerdict v = verdict("closing-check", TranscriptBuilder.on(servicesim.policy.Channel.LETTER)
        .customer("Dear Sir or Madam").agent("Dear Ms Lopez"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "does not apply to the letter channel");
  }
}
