package servicesim.policy.acts.eval;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;
import servicesim.policy.acts.ExampleClassifier;
import servicesim.policy.acts.NearestExamples;

/** Labelled lines as example sentences for {@link NearestExamples}, read the way the detector reads a message. */
public final class ExampleSentences {

  private ExampleSentences() {}

  /**
   * One example per sentence of each line. A line's act goes with the sentences where the detector's phrases find it,
   * or, where they find it in none, with every sentence of the line; its ignored acts go with every sentence.
   */
  public static List<NearestExamples.Example> of(ActDetector detector, List<LabelledLine> lines) {
    return of(detector, lines, LineGroups.of(lines));
  }

  /**
   * Like {@link #of(ActDetector, List)}, for lines of another set (another language's) that every model learns from
   * and none is judged on: their group is {@link ExampleClassifier#EVERY_FOLD}.
   */
  public static List<NearestExamples.Example> ofEveryFold(ActDetector detector, List<LabelledLine> lines) {
    return of(detector, lines, java.util.Collections.nCopies(lines.size(), ExampleClassifier.EVERY_FOLD));
  }

  private static List<NearestExamples.Example> of(ActDetector detector, List<LabelledLine> lines, List<String> groups) {
    // lines are read in parallel and kept in file order
    return java.util.stream.IntStream.range(0, lines.size()).parallel()
        .mapToObj(i -> of(detector, lines.get(i), groups.get(i))).flatMap(List::stream).toList();
  }

  private static List<NearestExamples.Example> of(ActDetector detector, LabelledLine line, String group) {
    List<NearestExamples.Example> out = new ArrayList<>();
    List<ActDetector.Sentence> sentences = detector.sentences(line.text());
    // only a line of several sentences with acts needs the phrases to say which sentence holds which act
    List<Detection> found = sentences.size() < 2 || line.acts().isEmpty() ? List.of()
        : detector.read(line.text(), ActDetector.Context.of(line.agentName(), line.organisation(), List.of()), false)
            .constructions();
    for (ActDetector.Sentence s : sentences) {
      Set<Act> acts = EnumSet.noneOf(Act.class);
      for (Act act : line.acts()) {
        boolean foundSomewhere = found.stream().anyMatch(d -> d.act() == act);
        if (!foundSomewhere || found.stream().anyMatch(d -> d.act() == act && within(d, s))) acts.add(act);
      }
      out.add(new NearestExamples.Example(s.key(), acts, line.ignore(), line.location().file(), line.location().line(),
          line.text(), group));
    }
    return out;
  }

  private static boolean within(Detection d, ActDetector.Sentence s) {
    return d.start() >= s.start() && d.start() < s.end();
  }
}
