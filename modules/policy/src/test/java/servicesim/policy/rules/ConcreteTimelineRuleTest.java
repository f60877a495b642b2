package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class ConcreteTimelineRuleTest extends JUnitSuite {

  @Test
  public void givingADayPassesConcreteTimeline() {
    RuleVerdict v = verdict("concrete-timeline", TranscriptBuilder.phone().complaint()
        .customer("When will I get my money back?")
        .agent("You'll have the refund within 3 business days."));
    assertVerdict(v, Verdict.PASS, "gave a concrete time: \"within 3 business days\"", 2);
  }

  @Test
  public void onlySoonFailsConcreteTimeline() {
    RuleVerdict v = verdict("concrete-timeline", TranscriptBuilder.phone().complaint()
        .customer("When will I get my money back?")
        .agent("Soon, I promise."));
    assertVerdict(v, Verdict.FAIL, "never gave a concrete time or plan for the next step", 1);
  }

  @Test
  public void concreteTimelineDoesNotApplyWhenResolvedOnTheSpot() {
    RuleVerdict v = verdict("concrete-timeline", TranscriptBuilder.phone().complaint().resolvedOnTheSpot()
        .customer("Can you fix my password?").agent("Done."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "resolved on the spot");
  }
}
