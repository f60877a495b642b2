package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.time.Duration;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class KeepInformedRuleTest extends JUnitSuite {

  private static final Duration DAY = Duration.ofDays(1);

  /** A TV outage that takes three days to fix; the customer must hear something at least daily. */
  private static TranscriptBuilder outage() {
    return TranscriptBuilder.phone().complaint().resolution(Duration.ofDays(3), DAY)
        .customer("My TV has no signal.")
        .after(Duration.ofMinutes(1))
        .agent("I'm sorry. An engineer is on it; I'll update you daily.");
  }

  @Test
  public void dailyUpdatesUntilResolvedPassKeepInformed() {
    RuleVerdict v = verdict("keep-informed", outage()
        .after(DAY).action("status-update", Map.of("text", "parts ordered"))
        .after(DAY).action("status-update", Map.of("text", "engineer booked"))
        .after(DAY).action("resolve", Map.of("how", "signal restored")));
    assertVerdict(v, Verdict.PASS,
        "updated the customer at least every 1d until resolved and kept every promised time", 5);
  }

  @Test
  public void aGapLongerThanTheUpdateIntervalFailsKeepInformed() {
    RuleVerdict v = verdict("keep-informed", outage()
        .after(DAY).action("status-update", Map.of("text", "parts ordered"))
        .after(Duration.ofHours(36)).action("resolve", Map.of("how", "signal restored")));
    assertVerdict(v, Verdict.FAIL, "no update for 1d12h (at least every 1d)", 3, 4);
  }

  @Test
  public void theCustomersFirstMessageStartsTheClock() {
    RuleVerdict v = verdict("keep-informed", TranscriptBuilder.phone().complaint().resolution(Duration.ofDays(3), DAY)
        .customer("My TV has no signal.")
        .after(Duration.ofHours(30)).agent("Sorry for the wait; it is fixed now.")
        .action("resolve", Map.of("how", "signal restored")));
    assertVerdict(v, Verdict.FAIL, "no update for 1d6h (at least every 1d)", 1, 2);
  }

  @Test
  public void aBrokenPromiseFailsKeepInformed() {
    RuleVerdict v = verdict("keep-informed", outage()
        .after(Duration.ofHours(2)).agent("I'll call you back at 3pm today with news.")
        .after(Duration.ofHours(20)).action("resolve", Map.of("how", "signal restored")));
    assertVerdict(v, Verdict.FAIL,
        "promised \"at 3pm today\" (by Mon 23 Nov 15:00) but did not get in touch by then", 3);
  }

  @Test
  public void aScheduledFollowUpIsAPromiseToo() {
    RuleVerdict v = verdict("keep-informed", outage()
        .action("schedule-follow-up", Map.of("at", "+12h", "contactName", "Sam", "contactPhone", "555 0123"))
        .after(Duration.ofHours(20)).action("resolve", Map.of("how", "signal restored")));
    assertVerdict(v, Verdict.FAIL, "promised a follow-up (by Mon 23 Nov 21:00) but did not get in touch by then", 3);
  }

  @Test
  public void promisesFallingAfterTheSessionAreNotChecked() {
    RuleVerdict v = verdict("keep-informed", outage()
        .after(Duration.ofHours(2)).action("resolve", Map.of("how", "signal restored"))
        .agent("Your refund will arrive within 5 days."));
    assertVerdict(v, Verdict.PASS,
        "updated the customer at least every 1d until resolved and kept every promised time", 3);
  }

  @Test
  public void neverResolvingFailsKeepInformed() {
    RuleVerdict v = verdict("keep-informed", outage()
        .after(DAY).action("status-update", Map.of("text", "still waiting for parts")));
    assertVerdict(v, Verdict.FAIL, "never resolved", 3);
  }

  @Test
  public void keepInformedDoesNotApplyToSingleStageScenarios() {
    RuleVerdict v = verdict("keep-informed", TranscriptBuilder.phone().complaint().customer("It broke."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "not a multi-stage scenario");
  }
}
