package servicesim.policy.rules;

import java.util.List;

/** What a rule implementation returns; the engine adds the id, weight and critical flag from the policy. */
public record Judgement(Verdict verdict, List<Evidence> evidence, String explanation) {

  public static Judgement pass(String explanation, Evidence... evidence) {
    return new Judgement(Verdict.PASS, List.of(evidence), explanation);
  }

  public static Judgement pass(String explanation, List<Evidence> evidence) {
    return new Judgement(Verdict.PASS, evidence, explanation);
  }

  public static Judgement fail(String explanation, Evidence... evidence) {
    return new Judgement(Verdict.FAIL, List.of(evidence), explanation);
  }

  public static Judgement fail(String explanation, List<Evidence> evidence) {
    return new Judgement(Verdict.FAIL, evidence, explanation);
  }

  public static Judgement notApplicable(String explanation) {
    return new Judgement(Verdict.NOT_APPLICABLE, List.of(), explanation);
  }
}
