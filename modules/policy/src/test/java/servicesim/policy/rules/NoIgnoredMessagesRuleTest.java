package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.time.Duration;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Channel;
import servicesim.policy.TranscriptBuilder;

public class NoIgnoredMessagesRuleTest extends JUnitSuite {

  @Test
  public void everyEmailAnsweredWithinADayPassesNoIgnoredMessages() {
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.email()
        .customer("My order has not arrived.")
        .after(Duration.ofHours(3)).agent("Dear Ms Lopez, it ships today.")
        .after(Duration.ofHours(1)).customer("Thanks. Can I change the address?")
        .after(Duration.ofHours(20)).agent("Yes, done."));
    assertVerdict(v, Verdict.PASS, "every email got a reply within 1d", 2, 4);
  }

  @Test
  public void hoursTheServerWasUnavailableAreNotTheAgentsDelay() {
    // at email's time scale a minute of outage is six simulated hours, given back when the session resumes
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.email()
        .customer("My order has not arrived.")
        .after(Duration.ofHours(20)).resumedAfter(Duration.ofHours(6))
        .after(Duration.ofHours(3)).agent("Dear Ms Lopez, it ships today."));
    assertVerdict(v, Verdict.PASS, "every email got a reply within 1d", 3);
  }

  @Test
  public void aLateReplyFailsNoIgnoredMessages() {
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.email()
        .customer("My order has not arrived.")
        .after(Duration.ofHours(30)).agent("Dear Ms Lopez, sorry for the delay."));
    assertVerdict(v, Verdict.FAIL,
        "the email \"My order has not arrived.\" got its reply after 1d6h (limit 1d)", 1, 2);
  }

  @Test
  public void anUnansweredEmailFailsNoIgnoredMessages() {
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.email()
        .customer("My order has not arrived.")
        .after(Duration.ofHours(2)).agent("Dear Ms Lopez, it ships today.")
        .after(Duration.ofHours(1)).customer("Can I change the address?")
        .after(Duration.ofHours(2)).customer("Hello?"));
    assertVerdict(v, Verdict.FAIL,
        "the email \"Can I change the address?\" got no reply (and 1 more)", 3, 4);
  }

  @Test
  public void voicemailCalledBackWithinFourHoursPasses() {
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.on(Channel.VOICEMAIL)
        .customer("Hi, it's Maria Lopez, my heater is broken, please call me back.")
        .after(Duration.ofHours(3)).action("callback")
        .agent("Hello Ms Lopez, this is Sam from Acme Electronics returning your call.")
        .customer("Thanks for calling back."));
    assertVerdict(v, Verdict.PASS, "every voicemail got a callback within 4h", 2);
  }

  @Test
  public void voicemailCalledBackTooLateFails() {
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.on(Channel.VOICEMAIL)
        .customer("Please call me back about my heater.")
        .after(Duration.ofHours(5)).action("callback"));
    assertVerdict(v, Verdict.FAIL,
        "the voicemail \"Please call me back about my heater.\" got its callback after 5h (limit 4h)", 1, 2);
  }

  @Test
  public void voicemailNeverCalledBackFails() {
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.on(Channel.VOICEMAIL)
        .customer("Please call me back about my heater.").after(Duration.ofHours(1)).end("unsatisfied"));
    assertVerdict(v, Verdict.FAIL, "the voicemail \"Please call me back about my heater.\" got no callback", 1);
  }

  @Test
  public void noIgnoredMessagesIsNotApplicableWhenTheCustomerNeverWrote() {
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.email().agent("Dear Ms Lopez, your order shipped."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the customer never wrote");
  }

  @Test
  public void noIgnoredMessagesDoesNotApplyToChat() {
    RuleVerdict v = verdict("no-ignored-messages", TranscriptBuilder.on(Channel.CHAT).customer("Hi"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "does not apply to the chat channel");
  }
}
