package servicesim.policy.acts.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;
import servicesim.policy.acts.LexiconLoader;
import servicesim.policy.acts.ExampleClassifier;

/**
 * Cross-validates the example classifier on a labelled set: the set's groups fall into folds by a hash of their id,
 * and each fold's lines are judged by a classifier learned from the other folds. Scores per act with the phrases alone,
 * the classifier alone and both together, for a range of least probabilities, so that the acts and the probability
 * can be chosen on it.
 */
public final class CrossValidation {

  public static final int FOLDS = ExampleClassifier.FOLDS;
  /** The least precision the classifier alone must keep on an act for it to be used for that act. */
  public static final double MIN_PRECISION = 0.90;

  private final List<LabelledLine> lines;
  private final List<ActDetector.Reading> readings = new ArrayList<>();
  private final List<Integer> folds = new ArrayList<>();
  private final ExampleClassifier classifier;

  public CrossValidation(ActDetector detector, List<LabelledLine> lines) {
    this.lines = List.copyOf(lines);
    List<String> groups = LineGroups.of(lines);
    classifier = new ExampleClassifier(ExampleSentences.of(detector, lines), java.util.Map.of(),
        new ExampleClassifier.Settings(Set.of(), 0.5));
    for (int i = 0; i < lines.size(); i++) {
      LabelledLine line = lines.get(i);
      readings.add(detector.read(line.text(), ActDetector.Context.of(line.agentName(), line.organisation(), List.of())));
      folds.add(ExampleClassifier.fold(groups.get(i)));
    }
  }

  /** The acts the classifier may be chosen for: those not found by structure. */
  public static Set<Act> candidates() {
    Set<Act> out = EnumSet.noneOf(Act.class);
    for (Act act : Act.labelledActs()) if (!LexiconLoader.STRUCTURAL_ACTS.contains(act)) out.add(act);
    return out;
  }

  /**
   * Per act: true positives, false positives, false negatives, of the phrases ({@code phrases}) and the classifier
   * for {@code acts} at {@code minProbability} (none when {@code acts} is empty), or of either alone.
   */
  public Map<Act, Counts> score(boolean phrases, Set<Act> acts, double minProbability) {
    Map<Act, Counts> counts = new EnumMap<>(Act.class);
    for (Act act : Act.labelledActs()) counts.put(act, Counts.ZERO);
    for (int i = 0; i < lines.size(); i++) {
      LabelledLine line = lines.get(i);
      ActDetector.Reading r = readings.get(i);
      Set<Act> found = EnumSet.noneOf(Act.class);
      if (phrases) r.constructions().forEach(d -> found.add(d.act()));
      if (!acts.isEmpty()) {
        List<Detection> all = phrases ? new ArrayList<>(r.constructions()) : new ArrayList<>();
        for (ActDetector.Sentence s : r.sentences()) {
          List<Detection> added = ActDetector.byExample(r, s,
              classifier.find(s.key(), folds.get(i), acts, minProbability, e -> true), all);
          all.addAll(added);
          added.forEach(d -> found.add(d.act()));
        }
      }
      for (Act act : Act.labelledActs()) {
        if (!line.scores(act)) continue;
        boolean labelled = line.acts().contains(act);
        boolean hit = found.contains(act);
        if (labelled || hit) counts.merge(act, new Counts(labelled && hit ? 1 : 0, !labelled && hit ? 1 : 0,
            labelled && !hit ? 1 : 0), Counts::plus);
      }
    }
    return counts;
  }

  /** The chosen acts and least probability (none: no act qualifies), and each act's scores before and after. */
  public record Choice(Set<Act> acts, double minProbability, Map<Act, Counts> before, Map<Act, Counts> alone,
      Map<Act, Counts> after) {}

  /** The least probabilities tried, from the highest: the first that qualifies an act keeps the most precision. */
  public static final double[] PROBABILITIES = {0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5};

  /**
   * The least probability at which the classifier alone finds the most labelled acts over the acts that qualify, and
   * those acts. An act qualifies when the classifier alone keeps precision at {@link #MIN_PRECISION} or more on it and,
   * with the phrases, adds no more false hits than correct ones. Judged by the classifier alone because the phrases
   * were written on this set: what they miss here understates what they miss on new text. On a tie, the higher
   * probability.
   */
  public Choice choose() {
    Map<Act, Counts> before = score(true, Set.of(), 1);
    Set<Act> candidates = candidates();
    Choice best = new Choice(Set.of(), 0, before, before, before);
    int bestFound = 0;
    for (double p : PROBABILITIES) {
      Map<Act, Counts> alone = score(false, candidates, p);
      Map<Act, Counts> after = score(true, candidates, p);
      Set<Act> kept = EnumSet.noneOf(Act.class);
      int found = 0;
      for (Act act : candidates) {
        Counts b = before.get(act);
        Counts a = after.get(act);
        int net = (a.correct() - b.correct()) - (a.falseHits() - b.falseHits());
        if (alone.get(act).correct() > 0 && precision(alone.get(act)) >= MIN_PRECISION && net >= 0) {
          kept.add(act);
          found += alone.get(act).correct();
        }
      }
      if (found > bestFound) {
        bestFound = found;
        best = new Choice(Set.copyOf(kept), p, before, score(false, kept, p), score(true, kept, p));
      }
    }
    return best;
  }

  static double precision(Counts c) {
    return c.correct() + c.falseHits() == 0 ? 1 : (double) c.correct() / (c.correct() + c.falseHits());
  }

  static double recall(Counts c) {
    return c.correct() + c.misses() == 0 ? 1 : (double) c.correct() / (c.correct() + c.misses());
  }

  static double f1(Counts c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A table of per-act P/R/F1 of the phrases, the classifier alone and both, with the micro totals. */
  public static String table(Map<Act, Counts> before, Map<Act, Counts> alone, Map<Act, Counts> after) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-22s %17s   %17s   %17s  %s%n", "act",
        "phrases P R F1", "classifier P R F1", "both P R F1", "tp/fp/fn -> tp/fp/fn"));
    Counts tb = Counts.ZERO;
    Counts tl = Counts.ZERO;
    Counts ta = Counts.ZERO;
    for (Act act : Act.labelledActs()) {
      tb = tb.plus(before.get(act));
      tl = tl.plus(alone.get(act));
      ta = ta.plus(after.get(act));
      b.append(row(act.id(), before.get(act), alone.get(act), after.get(act)));
    }
    b.append(row("micro", tb, tl, ta));
    return b.toString();
  }

  private static String row(String name, Counts x, Counts l, Counts y) {
    return String.format(Locale.ROOT, "%-22s %5.3f %5.3f %5.3f   %5.3f %5.3f %5.3f   %5.3f %5.3f %5.3f  %d/%d/%d -> %d/%d/%d%n",
        name, precision(x), recall(x), f1(x), precision(l), recall(l), f1(l), precision(y), recall(y), f1(y),
        x.correct(), x.falseHits(), x.misses(), y.correct(), y.falseHits(), y.misses());
  }
}
