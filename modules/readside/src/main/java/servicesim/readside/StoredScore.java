package servicesim.readside;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import servicesim.policy.rules.Evidence;

/**
 * A session's score under one policy version, with every verdict and its evidence. Score, result and verdicts are the
 * final ones, where reviewers overrode a verdict; the machine's stay beside them ({@code machineScore},
 * {@code machinePassed}, each verdict's {@code machineVerdict}), and {@code overridden} counts the verdicts that
 * differ from the machine's.
 */
public record StoredScore(String sessionId, String policyId, int policyVersion, double score, boolean passed,
    String outcome, List<String> criticalFailures, Instant scoredAt, List<Verdict> verdicts, double machineScore,
    boolean machinePassed, int overridden) {

  /** A score no reviewer changed: the machine's. */
  public StoredScore(String sessionId, String policyId, int policyVersion, double score, boolean passed,
      String outcome, List<String> criticalFailures, Instant scoredAt, List<Verdict> verdicts) {
    this(sessionId, policyId, policyVersion, score, passed, outcome, criticalFailures, scoredAt, verdicts, score, passed,
        0);
  }

  public StoredScore withVerdicts(List<Verdict> all) {
    return new StoredScore(sessionId, policyId, policyVersion, score, passed, outcome, criticalFailures, scoredAt, all,
        machineScore, machinePassed, overridden);
  }

  /**
   * One rule's final verdict, the machine's, and the override that made them differ (if any).
   */
  public record Verdict(String ruleId, String verdict, boolean critical, double weight, String explanation,
      List<Evidence> evidence, String machineVerdict,
      @JsonInclude(JsonInclude.Include.NON_NULL) Override override) {

    public Verdict(String ruleId, String verdict, boolean critical, double weight, String explanation,
        List<Evidence> evidence) {
      this(ruleId, verdict, critical, weight, explanation, evidence, verdict, null);
    }

    public Verdict withOverride(Override o) {
      return new Verdict(ruleId, verdict, critical, weight, explanation, evidence, machineVerdict, o);
    }
  }

  /**
   * Who overrode a verdict, when and why; {@code machineChanged} when the machine's verdict under this policy version
   * is not the one the override was made against (a rescore under a new version changed it).
   */
  public record Override(String by, String role, String reason, Instant at, String machineVerdictThen,
      boolean machineChanged, @JsonInclude(JsonInclude.Include.NON_NULL) String disputeId) {}
}
