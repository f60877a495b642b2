package servicesim.policy.acts.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import servicesim.files.InvalidFileException;
import servicesim.files.Problems;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;

/**
 * Scores a detector against labelled lines: per act and overall (micro-averaged over every act of ACTS.md), with
 * every miss and every false hit, each with the line and — for false hits — the span and phrase that matched.
 */
public final class Evaluation {

  private Evaluation() {}

  /** A labelled act the detector did not find, with what it found on the line instead. */
  public record Miss(LabelledLine line, Act act, List<Detection> found) {}

  /** An act the detector found on a line not labelled with it: the detection says where and by which phrase. */
  public record FalseHit(LabelledLine line, Detection detection) {}

  public record ActScore(Act act, Counts counts) {}

  /** All acts together on the lines written in one kind of letters, and how many lines that is. */
  public record ScriptScore(LineScript script, int lines, Counts counts) {}

  /**
   * @param ownGroupsLeftOut true when the set is an example file of a detector: each line was judged by a classifier
   *     that did not learn from the line's own fold of groups, and no example of its own group was cited
   * @param scripts the overall counts per kind of letters the lines are written in, for the kinds that occur
   */
  public record Report(List<ActScore> acts, Counts overall, List<Miss> misses, List<FalseHit> falseHits, int lines,
      boolean ownGroupsLeftOut, List<ScriptScore> scripts) {

    public Counts of(Act act) {
      return acts.stream().filter(s -> s.act() == act).map(ActScore::counts).findFirst().orElse(Counts.ZERO);
    }
  }

  /**
   * @param detectors the detector for a language, empty when there is no lexicon for it (reported as a problem at
   *     the line)
   */
  public static Report evaluate(List<LabelledLine> lines, Function<String, Optional<ActDetector>> detectors)
      throws InvalidFileException {
    return evaluate(lines, detectors, null);
  }

  /**
   * @param contentSha256 the SHA-256 of the set's file: where a detector learns from the same file, each line is
   *     judged without its own fold of groups (null: the set is no example file)
   */
  public static Report evaluate(List<LabelledLine> lines, Function<String, Optional<ActDetector>> detectors,
      String contentSha256) throws InvalidFileException {
    Problems problems = new Problems();
    for (LabelledLine line : lines) {
      if (detectors.apply(line.language()).isEmpty()) {
        problems.add(line.location(), "no lexicon for language '" + line.language() + "'");
      }
    }
    problems.throwIfAny();

    Map<Act, Counts> counts = new EnumMap<>(Act.class);
    for (Act act : Act.labelledActs()) counts.put(act, Counts.ZERO);
    Map<LineScript, Counts> byScript = new EnumMap<>(LineScript.class);
    Map<LineScript, Integer> linesByScript = new EnumMap<>(LineScript.class);
    List<Miss> misses = new ArrayList<>();
    List<FalseHit> falseHits = new ArrayList<>();
    List<String> groups = LineGroups.of(lines);
    boolean leftOut = false;
    for (int i = 0; i < lines.size(); i++) {
      LabelledLine line = lines.get(i);
      ActDetector detector = detectors.apply(line.language()).orElseThrow();
      Set<String> sameFile = new HashSet<>();
      detector.examples().ifPresent(ex -> ex.fileHashes().forEach((file, hash) -> {
        if (hash.equals(contentSha256)) sameFile.add(file);
      }));
      leftOut |= !sameFile.isEmpty();
      String group = groups.get(i);
      LineScript script = LineScript.of(line.text());
      linesByScript.merge(script, 1, Integer::sum);
      byScript.putIfAbsent(script, Counts.ZERO);
      List<Detection> found = detector.detect(line.text(),
          ActDetector.Context.of(line.agentName(), line.organisation(), List.of()),
          new ActDetector.Holdout(sameFile, group));
      for (Act act : Act.labelledActs()) {
        if (!line.scores(act)) continue;
        Optional<Detection> hit = found.stream().filter(d -> d.act() == act).findFirst();
        boolean labelled = line.acts().contains(act);
        Counts c;
        if (labelled && hit.isPresent()) {
          c = new Counts(1, 0, 0);
        } else if (labelled) {
          c = new Counts(0, 0, 1);
          misses.add(new Miss(line, act, found));
        } else if (hit.isPresent()) {
          c = new Counts(0, 1, 0);
          falseHits.add(new FalseHit(line, hit.get()));
        } else {
          continue;
        }
        counts.merge(act, c, Counts::plus);
        byScript.merge(script, c, Counts::plus);
      }
    }
    List<ActScore> perAct = new ArrayList<>();
    Counts overall = Counts.ZERO;
    for (var e : counts.entrySet()) {
      perAct.add(new ActScore(e.getKey(), e.getValue()));
      overall = overall.plus(e.getValue());
    }
    List<ScriptScore> scripts = new ArrayList<>();
    byScript.forEach((script, c) -> scripts.add(new ScriptScore(script, linesByScript.get(script), c)));
    return new Report(List.copyOf(perAct), overall, List.copyOf(misses), List.copyOf(falseHits), lines.size(),
        leftOut, List.copyOf(scripts));
  }
}
