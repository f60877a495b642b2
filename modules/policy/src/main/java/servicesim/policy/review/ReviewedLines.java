package servicesim.policy.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import servicesim.policy.acts.Act;
import servicesim.policy.rules.Verdict;

/**
 * Reviewers' corrections of text verdicts as labelled lines (ACTS.md's TSV): where a reviewer overrode or upheld a
 * verdict of a rule that reads acts in the agent's words, the messages it turns on are labelled with what the reviewer
 * says of those acts. Only the reviewed acts are labelled; the machine's other acts on a line go to {@code ignore}, and
 * so do the reviewed acts where the review leaves them open (a dispute not yet decided, a rule of several acts judged
 * to fail without saying which one is missing).
 */
public final class ReviewedLines {

  private ReviewedLines() {}

  public static final String HEADER = "lang\tagent_name\torganisation\ttext\tacts\tignore\tsource";

  /** An agent message of the session: its text and the acts the machine found in it. */
  public record Message(long seqNr, String text, List<String> acts) {}

  /**
   * A reviewed verdict of a rule: the acts it reads, whether it wants them said, the machine's and the final verdict,
   * whether a dispute about it is still open, the messages its evidence names and those reviewers pointed at in
   * comments on the rule.
   */
  public record ReviewedRule(String ruleId, List<Act> acts, boolean wantsActs, Verdict machine, Verdict verdict,
      boolean open, Set<Long> evidence, Set<Long> pointed) {}

  public record Session(String sessionId, String lang, String agentName, String organisation, List<Message> messages,
      List<ReviewedRule> rules) {}

  public record Line(String lang, String agentName, String organisation, String text, List<String> acts,
      List<String> ignore, String source) {
    public String tsv() {
      return String.join("\t", clean(lang), clean(agentName), clean(organisation), clean(text),
          String.join(",", acts), String.join(",", ignore), clean(source));
    }
  }

  /** What the review says of one message's acts. */
  private static final class Label {
    final Map<String, Boolean> decided = new LinkedHashMap<>();
    final Set<String> open = new LinkedHashSet<>();
    final Set<String> rules = new LinkedHashSet<>();

    void decide(Act act, boolean present) {
      decided.put(act.id(), present);
    }
  }

  public static List<Line> lines(Session s) {
    Map<Long, Message> bySeqNr = new LinkedHashMap<>();
    for (Message m : s.messages()) bySeqNr.put(m.seqNr(), m);
    Map<Long, Label> labels = new LinkedHashMap<>();
    for (ReviewedRule r : s.rules()) {
      if (r.acts().isEmpty() || r.machine() == Verdict.NOT_APPLICABLE || r.verdict() == Verdict.NOT_APPLICABLE) {
        continue;
      }
      boolean machineSaw = r.machine() == Verdict.PASS == r.wantsActs();
      boolean reviewerSees = r.verdict() == Verdict.PASS == r.wantsActs();
      Set<Long> lines = new LinkedHashSet<>();
      if (machineSaw) {
        lines.addAll(r.evidence());
      } else if (r.evidence().size() == 1) {
        // a rule about one message (the greeting) names it even when it fails
        lines.addAll(r.evidence());
      }
      lines.addAll(r.pointed());
      for (long seqNr : lines) {
        Message m = bySeqNr.get(seqNr);
        if (m == null) continue;
        Label label = labels.computeIfAbsent(seqNr, k -> new Label());
        label.rules.add(r.ruleId());
        if (r.open()) {
          r.acts().forEach(a -> label.open.add(a.id()));
        } else if (reviewerSees) {
          // the reviewer says the acts were said: every one of them, on the line the rule turns on
          r.acts().forEach(a -> label.decide(a, true));
        } else if (r.acts().size() == 1) {
          label.decide(r.acts().get(0), false);
        } else {
          r.acts().forEach(a -> label.open.add(a.id()));
        }
      }
    }
    List<Line> out = new ArrayList<>();
    labels.forEach((seqNr, label) -> {
      Message m = bySeqNr.get(seqNr);
      List<String> acts = new ArrayList<>();
      label.decided.forEach((act, present) -> {
        if (present) acts.add(act);
      });
      Set<String> ignore = new LinkedHashSet<>(label.open);
      for (String act : m.acts()) {
        if (Act.byId(act).filter(Act::labelled).isPresent()) ignore.add(act);
      }
      ignore.removeAll(label.decided.keySet());
      if (label.decided.isEmpty() && ignore.isEmpty()) return;
      out.add(new Line(s.lang(), s.agentName(), s.organisation(), m.text(), acts, List.copyOf(ignore),
          "review " + s.sessionId() + "#" + seqNr + " " + String.join(",", label.rules)));
    });
    return out;
  }

  /** The lines as a labelled set, header first. */
  public static String tsv(List<Line> lines) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (Line l : lines) b.append(l.tsv()).append('\n');
    return b.toString();
  }

  /** A field on one line of the TSV: tabs and line breaks become spaces. */
  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
