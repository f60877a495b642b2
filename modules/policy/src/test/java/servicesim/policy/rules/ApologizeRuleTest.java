package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;
import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.evidenceTexts;
import static servicesim.policy.rules.Judge.verdict;

import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class ApologizeRuleTest extends JUnitSuite {

  @Test
  public void apologyAfterComplaintPassesApologizeRule() {
    RuleVerdict v = verdict("apologize", TranscriptBuilder.phone().complaint()
        .customer("The unit doesn't work.").agent("I'm so sorry about the trouble."));
    assertVerdict(v, Verdict.PASS, "apologised for the trouble", 2);
    assertEquals(List.of("so sorry"), evidenceTexts(v));
  }

  @Test
  public void noApologyFailsApologizeRule() {
    RuleVerdict v = verdict("apologize", TranscriptBuilder.phone().complaint()
        .customer("The unit doesn't work.").agent("Okay. What's your order number?"));
    assertVerdict(v, Verdict.FAIL, "never apologised for the trouble", 1);
  }

  @Test
  public void apologizeRuleDoesNotApplyWithoutAComplaint() {
    RuleVerdict v = verdict("apologize", TranscriptBuilder.phone().customer("What time do you close?"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "not a complaint scenario");
  }
}
