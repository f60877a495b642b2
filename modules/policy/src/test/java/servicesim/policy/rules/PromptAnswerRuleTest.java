package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.time.Duration;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Channel;
import servicesim.policy.TranscriptBuilder;

public class PromptAnswerRuleTest extends JUnitSuite {

  @Test
  public void answeringThePhoneWithinTwentySecondsPassesPromptAnswer() {
    RuleVerdict v = verdict("prompt-answer", TranscriptBuilder.phone().after(Duration.ofSeconds(20)).agent("Hello."));
    assertVerdict(v, Verdict.PASS, "first response after 20s (limit 20s)", 1);
  }

  @Test
  public void emailAnsweredAfterTwoDaysFailsPromptAnswer() {
    RuleVerdict v = verdict("prompt-answer", TranscriptBuilder.email()
        .customer("My order has not arrived.").after(Duration.ofHours(49)).agent("Dear Ms Lopez, ..."));
    assertVerdict(v, Verdict.FAIL, "first response after 2d1h (limit 1d)", 2);
  }

  @Test
  public void callingAffectedCustomersTenMinutesAfterTheAlertPassesPromptAnswer() {
    RuleVerdict v = verdict("prompt-answer", outageCall().after(Duration.ofMinutes(10))
        .action("contact-customer", Map.of("text", "Calling about the outage"))
        .after(Duration.ofSeconds(2)).customer("Hello?")
        .after(Duration.ofSeconds(3)).agent("This is Sam from Acme Telecom, I'm calling about an outage."));
    assertVerdict(v, Verdict.PASS, "the agent contacted the customer before they got in touch", 1);
  }

  @Test
  public void aProactivePhoneScenarioTimesTheAnswerFromTheCustomersCall() {
    RuleVerdict quick = verdict("prompt-answer", outageCall().after(Duration.ofHours(2))
        .customer("My TV has been out for two hours!").after(Duration.ofSeconds(5)).agent("Acme Telecom, Sam speaking."));
    assertVerdict(quick, Verdict.PASS, "first response after 5s (limit 20s)", 2);
    RuleVerdict slow = verdict("prompt-answer", outageCall().after(Duration.ofHours(2))
        .customer("My TV has been out for two hours!").after(Duration.ofSeconds(30)).agent("Acme Telecom, Sam speaking."));
    assertVerdict(slow, Verdict.FAIL, "first response after 30s (limit 20s)", 2);
  }

  @Test
  public void timeTheServerWasUnavailableIsNotTheAgentsDelay() {
    RuleVerdict v = verdict("prompt-answer", TranscriptBuilder.phone().after(Duration.ofSeconds(8))
        .resumedAfter(Duration.ofSeconds(47)).after(Duration.ofSeconds(7)).agent("Acme Electronics, Sam speaking."));
    assertVerdict(v, Verdict.PASS, "first response after 15s (limit 20s)", 2);
  }

  private static TranscriptBuilder outageCall() {
    return TranscriptBuilder.phone().proactive(Duration.ZERO, Duration.ofHours(2));
  }

  @Test
  public void chatWhereNobodyWroteIsNotApplicableToPromptAnswer() {
    RuleVerdict v = verdict("prompt-answer", TranscriptBuilder.on(Channel.CHAT).end("neutral"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the customer never wrote and the agent never responded");
  }
}
