package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.time.Duration;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Channel;
import servicesim.policy.TranscriptBuilder;

public class ProactiveContactRuleTest extends JUnitSuite {

  private static TranscriptBuilder outage() {
    return TranscriptBuilder.on(Channel.CHAT).proactive(Duration.ZERO, Duration.ofHours(2));
  }

  @Test
  public void contactingTheCustomerFirstPassesProactiveContact() {
    RuleVerdict v = verdict("proactive-contact", outage()
        .after(Duration.ofMinutes(30))
        .action("contact-customer", Map.of("text", "There is an outage in your area; we expect it fixed by 3pm."))
        .after(Duration.ofHours(2)).customer("Thanks for letting me know."));
    assertVerdict(v, Verdict.PASS, "contacted the customer before they got in touch", 1);
  }

  @Test
  public void customerGettingInTouchFirstFailsProactiveContact() {
    RuleVerdict v = verdict("proactive-contact", outage()
        .after(Duration.ofHours(2)).customer("My internet is down!")
        .agent("Yes, there is an outage."));
    assertVerdict(v, Verdict.FAIL, "the customer got in touch first", 1);
  }

  @Test
  public void proactiveContactDoesNotApplyToReactiveScenarios() {
    RuleVerdict v = verdict("proactive-contact", TranscriptBuilder.on(Channel.CHAT).customer("Hi."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "not a proactive scenario");
  }
}
