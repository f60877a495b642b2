package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class FollowUpRuleTest extends JUnitSuite {

  private static TranscriptBuilder complaint() {
    return TranscriptBuilder.phone().complaint().customer("The unit doesn't work.");
  }

  @Test
  public void namedContactScheduledFollowUpAndTimelinePassFollowUp() {
    RuleVerdict v = verdict("follow-up", complaint()
        .action("schedule-follow-up", Map.of("at", "+2d", "contactName", "Sam", "contactPhone", "+1 555 0123"))
        .agent("I'll call you back within 2 days; ask for Sam on 555 0123."));
    assertVerdict(v, Verdict.PASS, "scheduled a follow-up with a named contact and gave a timeline", 2, 3);
  }

  @Test
  public void followUpWithoutContactDetailsFails() {
    RuleVerdict v = verdict("follow-up", complaint()
        .action("schedule-follow-up", Map.of("at", "2026-11-25T10:00:00Z"))
        .agent("We'll call you by Wednesday at 10:00."));
    assertVerdict(v, Verdict.FAIL, "the follow-up lacks a contact name and a phone number or email", 2, 3);
  }

  @Test
  public void followUpWithoutTimelineFails() {
    RuleVerdict v = verdict("follow-up", complaint()
        .action("schedule-follow-up", Map.of("at", "+1d", "contactName", "Sam", "contactEmail", "sam@acme.example"))
        .agent("Sam will be your contact."));
    assertVerdict(v, Verdict.FAIL, "never gave the customer a concrete timeline", 2);
  }

  @Test
  public void noFollowUpFailsFollowUp() {
    RuleVerdict v = verdict("follow-up", complaint().agent("We'll look into it."));
    assertVerdict(v, Verdict.FAIL, "no follow-up was scheduled; never gave the customer a concrete timeline", 1);
  }

  @Test
  public void followUpDoesNotApplyWhenResolvedOnTheSpot() {
    RuleVerdict v = verdict("follow-up", complaint().resolvedOnTheSpot());
    assertVerdict(v, Verdict.NOT_APPLICABLE, "resolved on the spot");
  }

  @Test
  public void followUpDoesNotApplyWithoutAComplaint() {
    RuleVerdict v = verdict("follow-up", TranscriptBuilder.phone().customer("Hello."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "not a complaint scenario");
  }
}
