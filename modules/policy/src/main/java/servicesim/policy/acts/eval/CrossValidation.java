package servicesim.policy.acts.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;
import servicesim.policy.acts.LexiconLoader;
import servicesim.policy.acts.NearestExamples;

/**
 * Cross-validates nearest labelled examples on a labelled set: the set's groups fall into folds by a hash of their id,
 * and each fold's lines are judged with the other folds' lines as examples. Scores per act with the phrases alone and
 * with the examples added, for a grid of settings, so that k, threshold, votes and the acts can be chosen on it.
 */
public final class CrossValidation {

  public static final int FOLDS = 5;
  /** The largest k the grid tries. */
  public static final int MAX_K = 7;
  /** The least precision an act may keep for the examples to be used for it. */
  public static final double MIN_PRECISION = 0.90;

  private final List<LabelledLine> lines;
  private final List<ActDetector.Reading> readings = new ArrayList<>();
  /** Per line, per sentence, the nearest examples outside the line's fold. */
  private final List<List<List<NearestExamples.Neighbour>>> neighbours = new ArrayList<>();

  public CrossValidation(ActDetector detector, List<LabelledLine> lines, int maxK) {
    this.lines = List.copyOf(lines);
    List<String> groups = LineGroups.of(lines);
    List<NearestExamples.Example> examples = ExampleSentences.of(detector, lines);
    NearestExamples.Settings unused = new NearestExamples.Settings(1, 1, 1, Set.of());
    List<NearestExamples> bases = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      int fold = f;
      bases.add(new NearestExamples(examples.stream().filter(e -> fold(e.group()) != fold).toList(), unused));
    }
    for (int i = 0; i < lines.size(); i++) {
      LabelledLine line = lines.get(i);
      ActDetector.Reading r = detector.read(line.text(),
          ActDetector.Context.of(line.agentName(), line.organisation(), List.of()));
      readings.add(r);
      NearestExamples base = bases.get(fold(groups.get(i)));
      List<List<NearestExamples.Neighbour>> perSentence = new ArrayList<>();
      for (ActDetector.Sentence s : r.sentences()) perSentence.add(base.nearest(s.key(), maxK, e -> true));
      neighbours.add(perSentence);
    }
  }

  /** The fold of a group: the first 8 hex digits of the SHA-256 of its id, modulo the folds. */
  public static int fold(String group) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(group.getBytes(StandardCharsets.UTF_8));
      long v = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
      return (int) (v % FOLDS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Per act: true positives, false positives, false negatives. */
  public Map<Act, Counts> score(NearestExamples.Settings settings) {
    return score(settings, false);
  }

  /**
   * Per act: true positives, false positives, false negatives; with {@code alone}, of the examples' votes alone (as
   * if the phrases found nothing but still ruled acts out), to see how the examples fare on phrasings of their own.
   */
  public Map<Act, Counts> score(NearestExamples.Settings settings, boolean alone) {
    Map<Act, Counts> counts = new EnumMap<>(Act.class);
    for (Act act : Act.labelledActs()) counts.put(act, Counts.ZERO);
    for (int i = 0; i < lines.size(); i++) {
      LabelledLine line = lines.get(i);
      ActDetector.Reading r = readings.get(i);
      Set<Act> found = EnumSet.noneOf(Act.class);
      if (!alone) r.constructions().forEach(d -> found.add(d.act()));
      if (settings != null) {
        List<Detection> all = alone ? new ArrayList<>() : new ArrayList<>(r.constructions());
        for (int s = 0; s < r.sentences().size(); s++) {
          List<Detection> added = ActDetector.byExample(r, r.sentences().get(s),
              NearestExamples.votes(neighbours.get(i).get(s), settings), all);
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

  public record Choice(NearestExamples.Settings settings, Map<Act, Counts> before, Map<Act, Counts> after) {}

  /**
   * The settings that add the most correct acts net of wrong ones, keeping for each setting only the acts whose recall
   * rises while their precision stays at least {@link #MIN_PRECISION}; the first such in grid order on a tie.
   */
  public Choice choose() {
    Set<Act> candidates = EnumSet.noneOf(Act.class);
    for (Act act : Act.labelledActs()) if (!LexiconLoader.STRUCTURAL_ACTS.contains(act)) candidates.add(act);
    return choose(candidates);
  }

  public Choice choose(Set<Act> candidates) {
    Map<Act, Counts> before = score(null);
    Choice best = null;
    int bestGain = 0;
    for (int k = 1; k <= MAX_K; k += 2) {
      for (int votes = 1; votes <= k; votes++) {
        if (k > 1 && votes == 1) continue;
        for (int t = 30; t <= 90; t += 5) {
          NearestExamples.Settings all = new NearestExamples.Settings(k, t / 100.0, votes, candidates);
          Map<Act, Counts> after = score(all);
          Set<Act> kept = new HashSet<>();
          int gain = 0;
          for (Act act : candidates) {
            Counts b = before.get(act);
            Counts a = after.get(act);
            if (a.correct() > b.correct() && precision(a) >= MIN_PRECISION && a.correct() - b.correct() > a.falseHits() - b.falseHits()) {
              kept.add(act);
              gain += (a.correct() - b.correct()) - (a.falseHits() - b.falseHits());
            }
          }
          if (gain > bestGain) {
            bestGain = gain;
            NearestExamples.Settings chosen = new NearestExamples.Settings(k, t / 100.0, votes, kept);
            best = new Choice(chosen, before, score(chosen));
          }
        }
      }
    }
    return best == null ? new Choice(null, before, before) : best;
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

  /** A table of per-act P/R/F1 before and after, with the micro totals. */
  public static String table(Map<Act, Counts> before, Map<Act, Counts> after) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-22s %5s %5s %5s   %5s %5s %5s  %s%n", "act",
        "P", "R", "F1", "P'", "R'", "F1'", "tp/fp/fn -> tp/fp/fn"));
    Counts tb = Counts.ZERO;
    Counts ta = Counts.ZERO;
    for (Act act : Act.labelledActs()) {
      Counts x = before.get(act);
      Counts y = after.get(act);
      tb = tb.plus(x);
      ta = ta.plus(y);
      b.append(row(act.id(), x, y));
    }
    b.append(row("micro", tb, ta));
    return b.toString();
  }

  private static String row(String name, Counts x, Counts y) {
    return String.format(Locale.ROOT, "%-22s %5.3f %5.3f %5.3f   %5.3f %5.3f %5.3f  %d/%d/%d -> %d/%d/%d%n", name,
        precision(x), recall(x), f1(x), precision(y), recall(y), f1(y), x.correct(), x.falseHits(), x.misses(), y.correct(), y.falseHits(),
        y.misses());
  }
}
