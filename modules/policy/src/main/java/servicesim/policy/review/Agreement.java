package servicesim.policy.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agreement between raters who each put every subject in one category: raw agreement, Cohen's kappa for two raters
 * and Fleiss' kappa for more. A kappa is {@code NaN} where it is undefined: when chance alone would make the raters
 * agree on everything (every rating in one category).
 */
public final class Agreement {

  private Agreement() {}

  /**
   * Cohen's kappa of two raters over the same subjects, {@code (po - pe) / (1 - pe)}: {@code po} the share of subjects
   * they agree on, {@code pe} the agreement expected from each rater's own category shares.
   */
  public static double cohen(List<String> first, List<String> second) {
    requirePaired(first, second);
    int n = first.size();
    if (n == 0) return Double.NaN;
    Map<String, Integer> firstCounts = counts(first);
    Map<String, Integer> secondCounts = counts(second);
    double observed = raw(first, second);
    double expected = 0;
    for (Map.Entry<String, Integer> e : firstCounts.entrySet()) {
      expected += (e.getValue() / (double) n) * (secondCounts.getOrDefault(e.getKey(), 0) / (double) n);
    }
    return kappa(observed, expected);
  }

  /** The share of subjects on which two raters agree. */
  public static double raw(List<String> first, List<String> second) {
    requirePaired(first, second);
    if (first.isEmpty()) return Double.NaN;
    int same = 0;
    for (int i = 0; i < first.size(); i++) if (first.get(i).equals(second.get(i))) same++;
    return same / (double) first.size();
  }

  /**
   * Fleiss' kappa over subjects each rated by the same number of raters (at least two): {@code ratings.get(i)} holds
   * subject i's ratings, one per rater.
   */
  public static double fleiss(List<List<String>> ratings) {
    if (ratings.isEmpty()) return Double.NaN;
    int raters = ratersOf(ratings);
    List<String> categories = categories(ratings);
    double[] categoryTotals = new double[categories.size()];
    double agreement = meanPairwiseAgreement(ratings);
    for (List<String> subject : ratings) {
      for (String r : subject) categoryTotals[categories.indexOf(r)]++;
    }
    double all = (double) ratings.size() * raters;
    double expected = 0;
    for (double total : categoryTotals) expected += (total / all) * (total / all);
    return kappa(agreement, expected);
  }

  /**
   * Raw agreement among any number of raters: per subject the share of rater pairs that agree, averaged over the
   * subjects (for two raters, the share of subjects they agree on).
   */
  public static double raw(List<List<String>> ratings) {
    if (ratings.isEmpty()) return Double.NaN;
    ratersOf(ratings);
    return meanPairwiseAgreement(ratings);
  }

  /** Fleiss' P-bar: the mean over subjects of the share of agreeing rater pairs. */
  private static double meanPairwiseAgreement(List<List<String>> ratings) {
    int raters = ratings.get(0).size();
    double sum = 0;
    for (List<String> subject : ratings) {
      double pairs = 0;
      for (int count : counts(subject).values()) pairs += (double) count * (count - 1);
      sum += pairs / ((double) raters * (raters - 1));
    }
    return sum / ratings.size();
  }

  private static double kappa(double observed, double expected) {
    if (expected >= 1.0 - 1e-12) return Double.NaN;
    return (observed - expected) / (1.0 - expected);
  }

  private static int ratersOf(List<List<String>> ratings) {
    int raters = ratings.get(0).size();
    if (raters < 2) throw new IllegalArgumentException("agreement needs at least two raters per subject");
    for (List<String> subject : ratings) {
      if (subject.size() != raters) {
        throw new IllegalArgumentException("every subject needs the same number of ratings (" + raters + ")");
      }
    }
    return raters;
  }

  private static List<String> categories(List<List<String>> ratings) {
    Set<String> seen = new LinkedHashSet<>();
    ratings.forEach(seen::addAll);
    return new ArrayList<>(seen);
  }

  private static Map<String, Integer> counts(List<String> ratings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String r : ratings) counts.merge(r, 1, Integer::sum);
    return counts;
  }

  private static void requirePaired(List<String> first, List<String> second) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException("two raters must rate the same subjects (" + first.size() + " and "
          + second.size() + " ratings)");
    }
  }
}
