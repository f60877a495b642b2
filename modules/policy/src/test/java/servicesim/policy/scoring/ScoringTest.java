package servicesim.policy.scoring;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Policy;
import servicesim.policy.Repo;
import servicesim.policy.RuleSpec;
import servicesim.policy.TranscriptBuilder;
import servicesim.policy.rules.RuleEngine;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.rules.Verdict;
import servicesim.policy.writing.LanguageToolChecker;

/** POLICY.md "Verdicts and scoring": weighted share of passed rules among applicable ones; critical failures. */
public class ScoringTest extends JUnitSuite {

  private static final LanguageToolChecker WRITING = new LanguageToolChecker();
  private static final RuleEngine ENGINE = new RuleEngine(Repo.defaultPolicy(), WRITING); // pass mark 70

  private static RuleVerdict pass(String id, double weight) {
    return new RuleVerdict(id, Verdict.PASS, false, weight, List.of(), "");
  }

  private static RuleVerdict fail(String id, double weight) {
    return new RuleVerdict(id, Verdict.FAIL, false, weight, List.of(), "");
  }

  private static RuleVerdict criticalFail(String id, double weight) {
    return new RuleVerdict(id, Verdict.FAIL, true, weight, List.of(), "");
  }

  private static RuleVerdict notApplicable(String id, double weight) {
    return new RuleVerdict(id, Verdict.NOT_APPLICABLE, false, weight, List.of(), "");
  }

  private static SessionScore score(RuleVerdict... verdicts) {
    return ENGINE.score(List.of(verdicts), "satisfied");
  }

  @Test
  public void scoreIsTheWeightedShareOfPassedRules() {
    SessionScore s = score(pass("a", 3), fail("b", 1));
    assertEquals(75.0, s.score(), 0);
    assertTrue(s.passed());
  }

  @Test
  public void scoreIsRoundedToOneDecimal() {
    assertEquals(66.7, score(pass("a", 1), pass("b", 1), fail("c", 1)).score(), 0);
    assertEquals(33.3, score(pass("a", 1), fail("b", 1), fail("c", 1)).score(), 0);
    assertEquals(85.7, score(pass("a", 6), fail("b", 1)).score(), 0);
  }

  @Test
  public void notApplicableRulesDoNotCount() {
    SessionScore s = score(pass("a", 1), fail("b", 1), notApplicable("c", 50));
    assertEquals(50.0, s.score(), 0);
    assertEquals(3, s.verdicts().size());
  }

  @Test
  public void aSessionWithNoApplicableRuleScoresFull() {
    assertEquals(100.0, score(notApplicable("a", 1)).score(), 0);
  }

  @Test
  public void aFailedCriticalRuleFailsTheSessionWhateverTheScore() {
    SessionScore s = score(pass("a", 99), criticalFail("courtesy", 1));
    assertEquals(99.0, s.score(), 0);
    assertFalse(s.passed());
    assertEquals(List.of("courtesy"), s.criticalFailures());
  }

  @Test
  public void aPassedCriticalRuleDoesNotFailTheSession() {
    SessionScore s = score(new RuleVerdict("courtesy", Verdict.PASS, true, 3, List.of(), ""), fail("b", 1));
    assertTrue(s.passed());
    assertEquals(List.of(), s.criticalFailures());
  }

  @Test
  public void theSessionPassesFromThePassMark() {
    SessionScore atMark = score(pass("a", 7), fail("b", 3));
    assertEquals(70.0, atMark.score(), 0);
    assertTrue(atMark.passed());
    SessionScore below = score(pass("a", 699), fail("b", 301));
    assertEquals(69.9, below.score(), 0);
    assertFalse(below.passed());
  }

  @Test
  public void rescoringUnderAHeavierWeightChangesTheScore() {
    TranscriptBuilder session = TranscriptBuilder.phone().complaint()
        .agent("Acme Electronics, this is Sam. How can I help you?")
        .customer("The unit I ordered doesn't work.")
        .agent("I'll send a new one within 3 days. Is there anything else?")
        .end("neutral");
    SessionScore before = ENGINE.score(session.build());
    RuleVerdict apologize = before.verdict("apologize").orElseThrow();
    assertEquals(Verdict.FAIL, apologize.verdict());

    Policy heavier = withWeight(Repo.defaultPolicy(), "apologize", 20);
    SessionScore after = new RuleEngine(heavier, WRITING).score(session.build());
    assertEquals(20.0, after.verdict("apologize").orElseThrow().weight(), 0);
    assertEquals(expectedScore(before.verdicts()), before.score(), 0);
    assertEquals(expectedScore(after.verdicts()), after.score(), 0);
    assertTrue(before.score() + " -> " + after.score(), after.score() < before.score());
    // the verdicts themselves do not change, only their weight
    assertEquals(before.verdicts().stream().map(RuleVerdict::verdict).toList(),
        after.verdicts().stream().map(RuleVerdict::verdict).toList());
  }

  private static double expectedScore(List<RuleVerdict> verdicts) {
    double passed = 0;
    double applicable = 0;
    for (RuleVerdict v : verdicts) {
      if (v.verdict() == Verdict.NOT_APPLICABLE) continue;
      applicable += v.weight();
      if (v.passed()) passed += v.weight();
    }
    return Math.round(1000 * passed / applicable) / 10.0;
  }

  private static Policy withWeight(Policy p, String ruleId, double weight) {
    List<RuleSpec> rules = new ArrayList<>();
    for (RuleSpec r : p.rules()) rules.add(r.id().equals(ruleId) ? r.withWeight(weight) : r);
    return new Policy(p.id(), p.version() + 1, p.title(), p.passMark(), rules, p.goals(), p.outcomes(),
        Map.copyOf(p.reactions()), p.lexiconDirectory(), p.lexicons(), p.sha256());
  }
}
