package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class AskPreferenceRuleTest extends JUnitSuite {

  private static TranscriptBuilder complaint() {
    return TranscriptBuilder.phone().complaint().customer("The unit doesn't work with my system.");
  }

  @Test
  public void askingBeforeResolvingPassesAskPreference() {
    RuleVerdict v = verdict("ask-preference", complaint()
        .agent("How would you like us to put this right?")
        .customer("A refund, please.")
        .action("resolve", Map.of("how", "refund")));
    assertVerdict(v, Verdict.PASS, "asked how the customer would like it resolved before resolving it", 2, 4);
  }

  @Test
  public void askingInTheSameTurnAsResolvingPassesAskPreference() {
    RuleVerdict v = verdict("ask-preference", complaint()
        .action("resolve", Map.of("how", "replacement"))
        .agent("I've started a replacement, or would you prefer a refund instead?"));
    assertVerdict(v, Verdict.PASS, "asked how the customer would like it resolved before resolving it", 3, 2);
  }

  @Test
  public void askingWithoutAnyResolveStillPasses() {
    RuleVerdict v = verdict("ask-preference", complaint().agent("What would you like us to do?"));
    assertVerdict(v, Verdict.PASS, "asked how the customer would like it resolved", 2);
  }

  @Test
  public void askingOnlyAfterResolvingFailsAskPreference() {
    RuleVerdict v = verdict("ask-preference", complaint()
        .action("resolve", Map.of("how", "replacement"))
        .agent("I've sent a replacement.")
        .customer("I wanted a refund.")
        .agent("Oh. What would you prefer then?"));
    assertVerdict(v, Verdict.FAIL, "asked how the customer would like it resolved only after resolving it", 2, 5);
  }

  @Test
  public void neverAskingFailsAskPreference() {
    RuleVerdict v = verdict("ask-preference", complaint().agent("I'll send you a new one."));
    assertVerdict(v, Verdict.FAIL, "never asked how the customer would like it resolved", 1);
  }

  @Test
  public void askPreferenceDoesNotApplyWithoutAComplaint() {
    RuleVerdict v = verdict("ask-preference", TranscriptBuilder.phone().customer("Are you open on Sunday?"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "not a complaint scenario");
  }
}
