package servicesim.policy.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import servicesim.policy.Outcomes;
import servicesim.policy.Policy;
import servicesim.policy.RuleSpec;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.Transcript;
import servicesim.policy.writing.WritingChecker;

/**
 * Judges a transcript against every rule of a policy and scores it (POLICY.md, "Verdicts and scoring"): the score is
 * the weighted share of passed rules among the applicable ones, 0–100; a failed critical rule fails the session
 * whatever the score; otherwise it passes from the policy's pass mark.
 */
public final class RuleEngine {

  private final Policy policy;
  private final WritingChecker writing;
  private final Map<RuleKind, Rule> rules = new EnumMap<>(RuleKind.class);

  public RuleEngine(Policy policy, WritingChecker writing) {
    this.policy = policy;
    this.writing = writing;
    rules.putAll(StandardRules.all());
  }

  public Policy policy() {
    return policy;
  }

  public SessionScore score(Transcript transcript) {
    ActDetector detector = policy.lexicons().detector(transcript.language())
        .orElseThrow(() -> new IllegalArgumentException("policy " + policy.label() + " has no lexicon for language '"
            + transcript.language() + "'"));
    SessionAnalysis session = new SessionAnalysis(transcript, policy, detector, writing);
    List<RuleVerdict> verdicts = new ArrayList<>();
    for (RuleSpec spec : policy.rules()) {
      Judgement j;
      if (!spec.appliesTo(transcript.channel())) {
        j = Judgement.notApplicable("does not apply to the " + transcript.channel().id() + " channel");
      } else {
        RuleKind kind = RuleKind.byId(spec.kind()).orElseThrow();
        j = rules.get(kind).judge(spec, session);
      }
      verdicts.add(new RuleVerdict(spec.id(), j.verdict(), spec.critical(), spec.weight(), j.evidence(), j.explanation()));
    }
    return score(verdicts, outcome(transcript));
  }

  /** Scores given verdicts under this policy (used by rescoring, which re-judges and keeps both versions). */
  public SessionScore score(List<RuleVerdict> verdicts, String outcome) {
    return SessionScore.of(policy.id(), policy.version(), policy.passMark(), outcome, verdicts);
  }

  /** The outcome recorded when the session ended ({@code unfinished} while it runs). */
  static String outcome(Transcript transcript) {
    String recorded = UNFINISHED;
    for (SessionEvent e : transcript.entries()) {
      if (e instanceof SessionEvent.SessionEnded ended) recorded = ended.outcome();
      if (e instanceof SessionEvent.CustomerHungUp) recorded = Outcomes.HUNG_UP;
    }
    return recorded;
  }

  public static final String UNFINISHED = "unfinished";
}
