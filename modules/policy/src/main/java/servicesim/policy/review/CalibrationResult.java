package servicesim.policy.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import servicesim.policy.rules.Verdict;

/**
 * What a calibration shows: per rule, how far the reviewers agree with each other (Cohen's kappa for two reviewers,
 * Fleiss' kappa for more, and the raw agreement) and with the machine, over the sessions every reviewer has scored;
 * and the sessions on which they split most.
 *
 * @param complete sessions every reviewer has scored, which the figures count
 */
public record CalibrationResult(String method, int reviewers, List<String> complete, List<RuleAgreement> rules,
    Overall overall, List<Split> splits) {

  public static final String COHEN = "cohen";
  public static final String FLEISS = "fleiss";

  /**
   * One rule's agreement: {@code kappa} ({@code NaN} when undefined, e.g. every rating the same), raw agreement among
   * reviewers, and the share of reviewers' verdicts equal to the machine's.
   */
  public record RuleAgreement(String ruleId, int sessions, double kappa, double agreement, double machineAgreement) {}

  /** The same over every rule and session at once. */
  public record Overall(int ratings, double kappa, double agreement, double machineAgreement) {}

  /** A session and how often its reviewers disagreed: the rules they did not all judge alike. */
  public record Split(String sessionId, int rulesSplit, List<String> rules) {}

  /**
   * @param ratings each reviewer's verdicts: reviewer → session → rule → verdict (absent where not yet scored)
   * @param machine the machine's verdict per session and rule
   */
  public static CalibrationResult of(List<String> rules, List<String> sessions, List<String> reviewers,
      Map<String, Map<String, Map<String, Verdict>>> ratings, Map<String, Map<String, Verdict>> machine) {
    List<String> complete = new ArrayList<>();
    for (String s : sessions) {
      boolean all = reviewers.stream().allMatch(r -> ratings.getOrDefault(r, Map.of()).getOrDefault(s, Map.of())
          .keySet().containsAll(rules));
      if (all) complete.add(s);
    }
    List<RuleAgreement> perRule = new ArrayList<>();
    List<List<String>> pooled = new ArrayList<>();
    int[] machineCounts = new int[2];
    for (String rule : rules) {
      List<List<String>> subjects = new ArrayList<>();
      int[] withMachine = new int[2];
      for (String s : complete) {
        List<String> subject = new ArrayList<>();
        Verdict m = machine.getOrDefault(s, Map.of()).get(rule);
        for (String r : reviewers) {
          Verdict v = ratings.get(r).get(s).get(rule);
          subject.add(v.id());
          if (m != null) {
            withMachine[1]++;
            if (m == v) withMachine[0]++;
          }
        }
        subjects.add(subject);
      }
      pooled.addAll(subjects);
      machineCounts[0] += withMachine[0];
      machineCounts[1] += withMachine[1];
      perRule.add(new RuleAgreement(rule, subjects.size(), kappa(subjects, reviewers.size()), raw(subjects),
          share(withMachine)));
    }
    Overall overall = new Overall(pooled.size() * reviewers.size(), kappa(pooled, reviewers.size()), raw(pooled),
        share(machineCounts));
    return new CalibrationResult(reviewers.size() == 2 ? COHEN : FLEISS, reviewers.size(), List.copyOf(complete),
        List.copyOf(perRule), overall, splits(rules, complete, reviewers, ratings));
  }

  private static List<Split> splits(List<String> rules, List<String> complete, List<String> reviewers,
      Map<String, Map<String, Map<String, Verdict>>> ratings) {
    Map<String, List<String>> split = new LinkedHashMap<>();
    for (String s : complete) {
      List<String> disagreed = new ArrayList<>();
      for (String rule : rules) {
        long distinct = reviewers.stream().map(r -> ratings.get(r).get(s).get(rule)).distinct().count();
        if (distinct > 1) disagreed.add(rule);
      }
      if (!disagreed.isEmpty()) split.put(s, disagreed);
    }
    return split.entrySet().stream()
        .map(e -> new Split(e.getKey(), e.getValue().size(), List.copyOf(e.getValue())))
        .sorted(Comparator.comparingInt(Split::rulesSplit).reversed())
        .toList();
  }

  private static double kappa(List<List<String>> subjects, int reviewers) {
    if (subjects.isEmpty() || reviewers < 2) return Double.NaN;
    if (reviewers == 2) {
      return Agreement.cohen(subjects.stream().map(x -> x.get(0)).toList(),
          subjects.stream().map(x -> x.get(1)).toList());
    }
    return Agreement.fleiss(subjects);
  }

  private static double raw(List<List<String>> subjects) {
    return subjects.isEmpty() || subjects.get(0).size() < 2 ? Double.NaN : Agreement.raw(subjects);
  }

  private static double share(int[] counts) {
    return counts[1] == 0 ? Double.NaN : counts[0] / (double) counts[1];
  }
}
