package servicesim.policy.rules;

import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.verdict;

import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class EscalationRuleTest extends JUnitSuite {

  @Test
  public void escalateActionPassesEscalationOutsideResponsibility() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().outsideResponsibility()
        .customer("I want to change my contract.")
        .action("escalate", Map.of("to", "contracts team"))
        .agent("I've passed this on."));
    assertVerdict(v, Verdict.PASS, "brought in a supervisor", 2);
  }

  @Test
  public void takingDetailsPassesEscalationOutsideResponsibility() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().outsideResponsibility()
        .customer("I want to change my contract.")
        .agent("That's handled by another department. Could I take your name and number so they can call you?"));
    assertVerdict(v, Verdict.PASS, "took the customer's details to follow up", 2);
  }

  @Test
  public void followUpWithContactDetailsPassesEscalationOutsideResponsibility() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().outsideResponsibility()
        .customer("I want to change my contract.")
        .action("schedule-follow-up", Map.of("at", "+1d", "contactName", "Maria Lopez", "contactPhone", "+1 555 0100")));
    assertVerdict(v, Verdict.PASS, "scheduled a follow-up with contact details", 2);
  }

  @Test
  public void doingNothingFailsEscalationOutsideResponsibility() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().outsideResponsibility()
        .customer("I want to change my contract.")
        .agent("I can't help with contracts, sorry."));
    assertVerdict(v, Verdict.FAIL, "neither brought in a supervisor nor took the customer's details to follow up", 1);
  }

  @Test
  public void highSeverityEscalationInTheThirdTurnPasses() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().complaint().highSeverity()
        .agent("Acme Electronics, Sam speaking.")
        .customer("Your heater caught fire!")
        .agent("Are you safe?")
        .customer("Yes.")
        .agent("Let me bring in my supervisor right away."));
    assertVerdict(v, Verdict.PASS, "brought in a supervisor in agent turn 3 (high severity: within 3)", 5);
  }

  @Test
  public void anActionBelongsToTheTurnOfTheNextAgentMessage() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().highSeverity()
        .agent("Acme Electronics, Sam speaking.")
        .customer("Your heater caught fire!")
        .agent("Are you safe?")
        .customer("Yes.")
        .agent("Please stay away from it.")
        .customer("OK.")
        .action("escalate", Map.of("to", "duty manager"))
        .agent("My duty manager is joining us."));
    assertVerdict(v, Verdict.FAIL, "brought in a supervisor only in agent turn 4 (high severity: within the first 3 agent turns)", 7);
  }

  @Test
  public void anActionAfterTheLastMessageIsANewTurn() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().highSeverity()
        .agent("Hello.").agent("Yes?").agent("I see.")
        .action("escalate", Map.of("to", "manager")));
    assertVerdict(v, Verdict.FAIL, "brought in a supervisor only in agent turn 4 (high severity: within the first 3 agent turns)", 4);
  }

  @Test
  public void takingDetailsIsNotEnoughForHighSeverity() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().highSeverity().outsideResponsibility()
        .customer("There is smoke coming from the unit!")
        .agent("Can I take your details and call you back?"));
    assertVerdict(v, Verdict.FAIL, "never brought in a supervisor or manager (high severity)", 1);
  }

  @Test
  public void escalationDoesNotApplyToRoutineRequests() {
    RuleVerdict v = verdict("escalation", TranscriptBuilder.phone().complaint().customer("It's late."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "within the agent's responsibility and not of high severity");
  }
}
