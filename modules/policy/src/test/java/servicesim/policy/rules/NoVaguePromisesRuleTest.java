package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;
import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.evidenceTexts;
import static servicesim.policy.rules.Judge.verdict;

import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class NoVaguePromisesRuleTest extends JUnitSuite {

  @Test
  public void plainAnswersPassNoVaguePromises() {
    RuleVerdict v = verdict("no-vague-promises", TranscriptBuilder.phone()
        .customer("Where is my order?").agent("It was delivered to your neighbour at number 14."));
    assertVerdict(v, Verdict.PASS, "no open-ended promises");
  }

  @Test
  public void promiseWithATimeInTheSameMessagePasses() {
    RuleVerdict v = verdict("no-vague-promises", TranscriptBuilder.phone()
        .agent("We'll look into it and call you back by Friday at noon."));
    // ACTS.md: a promise with a concrete time in the same message is not open-ended at all
    assertVerdict(v, Verdict.PASS, "no open-ended promises");
  }

  @Test
  public void promiseWithATimeInTheNextMessagePasses() {
    RuleVerdict v = verdict("no-vague-promises", TranscriptBuilder.phone()
        .agent("We'll get back to you.")
        .customer("When?")
        .agent("Within 2 hours."));
    assertVerdict(v, Verdict.PASS, "every open-ended promise came with a time", 3);
  }

  @Test
  public void followUpScheduledInTheNextTurnRedeemsThePromise() {
    RuleVerdict v = verdict("no-vague-promises", TranscriptBuilder.phone()
        .agent("Someone will contact you.")
        .customer("Who?")
        .action("schedule-follow-up", Map.of("at", "+1d", "contactName", "Sam", "contactPhone", "555 0123"))
        .agent("I've booked the call."));
    assertVerdict(v, Verdict.PASS, "every open-ended promise came with a time", 3);
  }

  @Test
  public void promiseRedeemedTooLateFailsNoVaguePromises() {
    RuleVerdict v = verdict("no-vague-promises", TranscriptBuilder.phone()
        .agent("We'll look into it and get back to you soon.")
        .customer("OK...")
        .agent("Anything else?")
        .customer("No.")
        .agent("It'll be done within 3 days."));
    assertVerdict(v, Verdict.FAIL, "open-ended promise without a time or plan: \"look into it\"", 1);
    assertEquals(List.of("look into it"), evidenceTexts(v));
  }

  @Test
  public void followUpAfterTheGraceWindowDoesNotRedeem() {
    RuleVerdict v = verdict("no-vague-promises", TranscriptBuilder.phone()
        .agent("We'll be in touch.")
        .agent("Thanks for calling.")
        .action("schedule-follow-up", Map.of("at", "+1d", "contactName", "Sam", "contactPhone", "555 0123"))
        .agent("Goodbye."));
    assertVerdict(v, Verdict.FAIL, "open-ended promise without a time or plan: \"be in touch\"", 1);
  }

  @Test
  public void silentAgentIsNotApplicableToNoVaguePromises() {
    RuleVerdict v = verdict("no-vague-promises", TranscriptBuilder.phone().customer("Hello?"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the agent never spoke");
  }
}
