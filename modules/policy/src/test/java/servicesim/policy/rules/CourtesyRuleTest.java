package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;
import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.evidenceTexts;
import static servicesim.policy.rules.Judge.verdict;

import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class CourtesyRuleTest extends JUnitSuite {

  @Test
  public void politeAgentPassesCourtesy() {
    RuleVerdict v = verdict("courtesy", TranscriptBuilder.phone()
        .agent("Good morning, how can I help?").customer("It's broken.").agent("I'm sorry to hear that."));
    assertVerdict(v, Verdict.PASS, "no discourteous language in 2 agent messages");
  }

  @Test
  public void tellingTheCustomerToCalmDownFailsCourtesy() {
    RuleVerdict v = verdict("courtesy", TranscriptBuilder.phone()
        .customer("This is outrageous!").agent("Calm down, please.").agent("That's not my problem."));
    assertVerdict(v, Verdict.FAIL, "discourteous language: \"Calm down\"", 2, 3);
    assertEquals(List.of("Calm down", "not my problem"), evidenceTexts(v));
  }

  @Test
  public void silentAgentIsNotApplicableToCourtesy() {
    RuleVerdict v = verdict("courtesy", TranscriptBuilder.phone().customer("Hello?").hangUp("Goodbye."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the agent never spoke");
  }
}
