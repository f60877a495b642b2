package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class ResolveAndConfirmRuleTest extends JUnitSuite {

  private static TranscriptBuilder complaint() {
    return TranscriptBuilder.phone().complaint().customer("The unit doesn't work.");
  }

  @Test
  public void resolvingThenCheckingSatisfactionPassesResolveAndConfirm() {
    RuleVerdict v = verdict("resolve-and-confirm", complaint()
        .action("resolve", Map.of("how", "replacement"))
        .agent("A replacement is on its way. Are you happy with this solution?"));
    assertVerdict(v, Verdict.PASS, "took corrective action (resolve) and checked the customer was satisfied", 2, 3);
  }

  @Test
  public void escalatingCountsAsCorrectiveAction() {
    RuleVerdict v = verdict("resolve-and-confirm", complaint()
        .action("escalate", Map.of("to", "supervisor"))
        .agent("My supervisor will call you back. Does that work for you?"));
    assertVerdict(v, Verdict.PASS, "took corrective action (escalate) and checked the customer was satisfied", 2, 3);
  }

  @Test
  public void resolvingWithoutCheckingFailsResolveAndConfirm() {
    RuleVerdict v = verdict("resolve-and-confirm", complaint()
        .agent("Does that sound fair?")
        .action("resolve", Map.of("how", "replacement"))
        .agent("Done. Goodbye."));
    assertVerdict(v, Verdict.FAIL,
        "took corrective action (resolve) but never asked whether the customer was satisfied with it", 3);
  }

  @Test
  public void noCorrectiveActionFailsResolveAndConfirm() {
    RuleVerdict v = verdict("resolve-and-confirm", complaint().agent("Are you happy with that?"));
    assertVerdict(v, Verdict.FAIL, "took no corrective action", 1);
  }

  @Test
  public void resolveAndConfirmDoesNotApplyWithoutAComplaint() {
    RuleVerdict v = verdict("resolve-and-confirm", TranscriptBuilder.phone().customer("Do you sell cables?"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "not a complaint scenario");
  }
}
