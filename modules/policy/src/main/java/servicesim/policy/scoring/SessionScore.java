package servicesim.policy.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.rules.Verdict;

/**
 * A session judged under one policy version: the weighted share of passed rules among the applicable ones (0–100),
 * whether it passed (no critical failure and at least the pass mark), the simulated customer outcome and every
 * verdict with its evidence.
 */
public record SessionScore(
    String policyId,
    int policyVersion,
    double score,
    boolean passed,
    String outcome,
    List<String> criticalFailures,
    List<RuleVerdict> verdicts) {

  public SessionScore {
    criticalFailures = List.copyOf(criticalFailures);
    verdicts = List.copyOf(verdicts);
  }

  /**
   * Scores verdicts: the weighted share of passed rules among the applicable ones, rounded to a tenth; passed when no
   * critical rule failed and the score reaches {@code passMark}.
   */
  public static SessionScore of(String policyId, int policyVersion, double passMark, String outcome,
      List<RuleVerdict> verdicts) {
    double applicable = 0;
    double passed = 0;
    List<String> criticalFailures = new ArrayList<>();
    for (RuleVerdict v : verdicts) {
      if (v.verdict() == Verdict.NOT_APPLICABLE) continue;
      applicable += v.weight();
      if (v.passed()) passed += v.weight();
      if (v.failed() && v.critical()) criticalFailures.add(v.id());
    }
    double score = applicable == 0 ? 100.0 : Math.round(1000.0 * passed / applicable) / 10.0;
    boolean pass = criticalFailures.isEmpty() && score >= passMark;
    return new SessionScore(policyId, policyVersion, score, pass, outcome, criticalFailures, verdicts);
  }

  public Optional<RuleVerdict> verdict(String ruleId) {
    return verdicts.stream().filter(v -> v.id().equals(ruleId)).findFirst();
  }
}
