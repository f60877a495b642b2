package servicesim.policy.scoring;

import java.util.List;
import java.util.Optional;
import servicesim.policy.rules.RuleVerdict;

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

  public Optional<RuleVerdict> verdict(String ruleId) {
    return verdicts.stream().filter(v -> v.id().equals(ruleId)).findFirst();
  }
}
