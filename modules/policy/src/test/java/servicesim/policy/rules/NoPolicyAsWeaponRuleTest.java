package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;
import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.evidenceTexts;
import static servicesim.policy.rules.Judge.verdict;

import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class NoPolicyAsWeaponRuleTest extends JUnitSuite {

  @Test
  public void helpingWithoutCitingPolicyPassesNoPolicyAsWeapon() {
    RuleVerdict v = verdict("no-policy-as-weapon", TranscriptBuilder.phone()
        .customer("Can I get a refund?").agent("Yes, I'll arrange that for you right away."));
    assertVerdict(v, Verdict.PASS, "never hid behind company policy");
  }

  @Test
  public void refusingBecauseOfCompanyPolicyFailsWithEverySpan() {
    RuleVerdict v = verdict("no-policy-as-weapon", TranscriptBuilder.phone()
        .customer("Can I get a refund?")
        .agent("Sorry, I can't do anything more, it's company policy.")
        .customer("That's ridiculous.")
        .agent("My hands are tied."));
    assertVerdict(v, Verdict.FAIL, "hid behind company policy: \"I can't do anything\"", 2, 2, 4);
    assertEquals(List.of("I can't do anything", "it's company policy", "My hands are tied"), evidenceTexts(v));
  }

  @Test
  public void silentAgentIsNotApplicableToNoPolicyAsWeapon() {
    RuleVerdict v = verdict("no-policy-as-weapon", TranscriptBuilder.phone().customer("Hello?"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the agent never spoke");
  }
}
