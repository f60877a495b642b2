package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.time.Duration;
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
  public void chatWhereNobodyWroteIsNotApplicableToPromptAnswer() {
    RuleVerdict v = verdict("prompt-answer", TranscriptBuilder.on(Channel.CHAT).end("neutral"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the customer never wrote and the agent never responded");
  }
}
