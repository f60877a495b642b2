package servicesim.policy.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.rules.Verdict;
import servicesim.policy.scoring.SessionScore;

/** Final verdicts: the machine's unless overridden; the score follows the final verdicts; rescoring keeps overrides. */
public class FinalVerdictsTest extends JUnitSuite {

  private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

  private static RuleVerdict verdict(String id, Verdict v, boolean critical, double weight) {
    return new RuleVerdict(id, v, critical, weight, List.of(), "machine");
  }

  private static VerdictOverride override(String rule, Verdict machine, Verdict after) {
    return new VerdictOverride(rule, machine, machine, after, "the agent did greet", "tina", AT);
  }

  private static final List<RuleVerdict> MACHINE = List.of(
      verdict("greeting", Verdict.FAIL, false, 1),
      verdict("courtesy", Verdict.PASS, true, 3),
      verdict("apologize", Verdict.FAIL, false, 1),
      verdict("follow-up", Verdict.NOT_APPLICABLE, false, 2));

  @Test
  public void withoutOverridesTheFinalVerdictsAreTheMachines() {
    SessionScore machine = SessionScore.of("default", 1, 70, "satisfied", MACHINE);
    assertEquals(60.0, machine.score(), 1e-9);
    assertEquals(machine, FinalVerdicts.finalScore(machine, Map.of(), 70));
    for (FinalVerdicts.Resolved r : FinalVerdicts.resolve(MACHINE, Map.of())) {
      assertEquals(r.machine(), r.verdict());
      assertFalse(r.overridden());
    }
  }

  @Test
  public void anOverriddenFailIsAPassInTheFinalScoreWhileTheMachineVerdictStays() {
    SessionScore machine = SessionScore.of("default", 1, 70, "satisfied", MACHINE);
    Map<String, VerdictOverride> overrides = Map.of("greeting", override("greeting", Verdict.FAIL, Verdict.PASS));
    SessionScore fin = FinalVerdicts.finalScore(machine, overrides, 70);
    assertEquals(80.0, fin.score(), 1e-9);
    assertTrue(fin.passed());
    assertFalse(machine.passed());
    FinalVerdicts.Resolved greeting = FinalVerdicts.resolve(MACHINE, overrides).get(0);
    assertEquals(Verdict.FAIL, greeting.machine());
    assertEquals(Verdict.PASS, greeting.verdict());
    assertTrue(greeting.overridden());
    assertFalse(greeting.machineChanged());
    assertEquals(1, FinalVerdicts.overridden(MACHINE, overrides));
  }

  @Test
  public void overridingACriticalPassToFailFailsTheSession() {
    SessionScore machine = SessionScore.of("default", 1, 50, "neutral", MACHINE);
    assertTrue(machine.passed());
    SessionScore fin = FinalVerdicts.finalScore(machine,
        Map.of("courtesy", override("courtesy", Verdict.PASS, Verdict.FAIL)), 50);
    assertFalse(fin.passed());
    assertEquals(List.of("courtesy"), fin.criticalFailures());
  }

  @Test
  public void rescoringKeepsTheOverrideAndFlagsItWhenTheMachineVerdictChanged() {
    Map<String, VerdictOverride> overrides = Map.of(
        "greeting", override("greeting", Verdict.FAIL, Verdict.PASS),
        "apologize", override("apologize", Verdict.FAIL, Verdict.PASS));
    // under the new policy version the machine now passes the greeting; the apology still fails
    List<RuleVerdict> rescored = List.of(
        verdict("greeting", Verdict.PASS, false, 1),
        verdict("courtesy", Verdict.PASS, true, 3),
        verdict("apologize", Verdict.FAIL, false, 1));
    List<FinalVerdicts.Resolved> resolved = FinalVerdicts.resolve(rescored, overrides);
    assertTrue(resolved.get(0).machineChanged());
    assertEquals(Verdict.PASS, resolved.get(0).verdict());
    assertFalse(resolved.get(2).machineChanged());
    assertEquals(Verdict.PASS, resolved.get(2).verdict());
    assertEquals(1, FinalVerdicts.overridden(rescored, overrides));
  }
}
