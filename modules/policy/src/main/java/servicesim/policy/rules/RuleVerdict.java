package servicesim.policy.rules;

import java.util.List;

/** One rule's verdict on one session, with the evidence behind it and a one-line explanation. */
public record RuleVerdict(String id, Verdict verdict, boolean critical, double weight, List<Evidence> evidence,
    String explanation) {

  public RuleVerdict {
    evidence = List.copyOf(evidence);
  }

  public boolean passed() {
    return verdict == Verdict.PASS;
  }

  public boolean failed() {
    return verdict == Verdict.FAIL;
  }
}
