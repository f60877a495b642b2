package servicesim.readside;

import java.time.Instant;
import java.util.List;
import servicesim.policy.rules.Evidence;

/** A session's score under one policy version, with every verdict and its evidence. */
public record StoredScore(String sessionId, String policyId, int policyVersion, double score, boolean passed,
    String outcome, List<String> criticalFailures, Instant scoredAt, List<Verdict> verdicts) {

  public record Verdict(String ruleId, String verdict, boolean critical, double weight, String explanation,
      List<Evidence> evidence) {}
}
