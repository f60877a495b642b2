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
 * and each fold's lines are judged by a classifier learned from the other folds. Or, {@link #onTuningLines}, judges a
 * tuning set, lines neither the phrases nor the classifier learned from, by a classifier learned from every example.
 * Scores per act with the phrases alone, the classifier alone and both together, for a range of least
 * probabilities, so that the acts and the probability can be chosen on it.
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
    this(detector, lines, List.of(), lines, true);
  }

  /**
   * Like {@link #CrossValidation(ActDetector, List)}, with lines of another set ({@code also}: another language's, as
   * a lexicon's {@code also-languages}) that every fold's classifier learns from too and none is judged on.
   */
  public CrossValidation(ActDetector detector, List<LabelledLine> lines, List<LabelledLine> also) {
    this(detector, lines, also, lines, true);
  }

  /**
   * Judges {@code tuning} by a classifier learned from all of {@code examples}. On lines nobody wrote phrases on, what
   * the phrases miss is what they miss on new text, so the classifier's additions there are judged fairly too.
   *
   * @throws IllegalArgumentException when a tuning line's text or group id is also among the examples
   */
  public static CrossValidation onTuningLines(ActDetector detector, List<LabelledLine> examples,
      List<LabelledLine> tuning) {
    return onTuningLines(detector, examples, List.of(), tuning);
  }

  /** Like {@link #onTuningLines(ActDetector, List, List)}, learning from the lines of another set ({@code also}) too. */
  public static CrossValidation onTuningLines(ActDetector detector, List<LabelledLine> examples,
      List<LabelledLine> also, List<LabelledLine> tuning) {
    List<LabelledLine> learned = new ArrayList<>(examples);
    learned.addAll(also);
    List<Integer> shared = LineGroups.sharedWith(learned, tuning);
    if (!shared.isEmpty()) {
      throw new IllegalArgumentException(tuning.get(shared.get(0)).location() + ": this line's text or group is also "
          + "among the examples; a tuning line must be new to the classifier");
    }
    return new CrossValidation(detector, examples, also, tuning, false);
  }

  private CrossValidation(ActDetector detector, List<LabelledLine> examples, List<LabelledLine> also,
      List<LabelledLine> judged, boolean folded) {
    this.lines = List.copyOf(judged);
    List<String> groups = LineGroups.of(judged);
    List<servicesim.policy.acts.NearestExamples.Example> learned = new ArrayList<>(ExampleSentences.of(detector, examples));
    learned.addAll(ExampleSentences.ofEveryFold(detector, also));
    classifier = new ExampleClassifier(learned, java.util.Map.of(), ExampleClassifier.Settings.NONE);
    for (int i = 0; i < judged.size(); i++) {
      LabelledLine line = judged.get(i);
      readings.add(detector.read(line.text(), ActDetector.Context.of(line.agentName(), line.organisation(), List.of())));
      folds.add(folded ? ExampleClassifier.fold(groups.get(i)) : ExampleClassifier.ALL);
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
   * with {@code settings} (none when its acts are empty), or of either alone.
   */
  public Map<Act, Counts> score(boolean phrases, ExampleClassifier.Settings settings) {
    Map<Act, Counts> counts = new EnumMap<>(Act.class);
    for (Act act : Act.labelledActs()) counts.put(act, Counts.ZERO);
    for (int i = 0; i < lines.size(); i++) {
      LabelledLine line = lines.get(i);
      ActDetector.Reading r = readings.get(i);
      Set<Act> found = EnumSet.noneOf(Act.class);
      if (phrases) r.constructions().forEach(d -> found.add(d.act()));
      if (!settings.acts().isEmpty()) {
        List<Detection> all = phrases ? new ArrayList<>(r.constructions()) : new ArrayList<>();
        for (ActDetector.Sentence s : r.sentences()) {
          List<Detection> added = ActDetector.byExample(r, s, classifier.find(s.key(), folds.get(i), settings, e -> true),
              all);
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

  /** The chosen settings (no act: none qualifies), and each act's scores before, of the classifier alone and after. */
  public record Choice(ExampleClassifier.Settings settings, Map<Act, Counts> before, Map<Act, Counts> alone,
      Map<Act, Counts> after) {}

  /** The least probabilities tried, from the highest. */
  public static final double[] PROBABILITIES = {0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5};

  /**
   * For each act, the least probability at which the classifier alone finds the most of its labelled examples while it
   * qualifies. An act qualifies at a probability when the classifier alone keeps precision at {@link #MIN_PRECISION}
   * or more on it there and at every higher probability tried, and, with the phrases, adds no more false hits than
   * correct ones. Judged by the classifier alone because, in cross-validation, the phrases were written on this set:
   * what they miss here understates what they miss on new text. On a tie, the higher probability.
   */
  public Choice choose() {
    Map<Act, Counts> before = score(true, ExampleClassifier.Settings.NONE);
    Set<Act> candidates = candidates();
    Map<Act, Double> chosen = new EnumMap<>(Act.class);
    Map<Act, Integer> bestFound = new EnumMap<>(Act.class);
    Set<Act> failed = EnumSet.noneOf(Act.class);
    for (double p : PROBABILITIES) {
      ExampleClassifier.Settings all = new ExampleClassifier.Settings(candidates, p);
      Map<Act, Counts> alone = score(false, all);
      Map<Act, Counts> after = score(true, all);
      for (Act act : candidates) {
        if (failed.contains(act)) continue;
        Counts b = before.get(act);
        Counts a = after.get(act);
        int net = (a.correct() - b.correct()) - (a.falseHits() - b.falseHits());
        if (alone.get(act).correct() > 0 && (precision(alone.get(act)) < MIN_PRECISION || net < 0)) {
          failed.add(act);
        } else if (alone.get(act).correct() > bestFound.getOrDefault(act, 0)) {
          bestFound.put(act, alone.get(act).correct());
          chosen.put(act, p);
        }
      }
    }
    ExampleClassifier.Settings settings = new ExampleClassifier.Settings(chosen);
    return new Choice(settings, before, score(false, settings), score(true, settings));
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
