package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import servicesim.policy.Policy;
import servicesim.policy.Repo;
import servicesim.policy.TranscriptBuilder;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.writing.LanguageToolChecker;

/** Judges test transcripts under the real default policy, with the real lexicons and LanguageTool. */
final class Judge {

  static final LanguageToolChecker WRITING = new LanguageToolChecker();
  private static RuleEngine engine;

  private Judge() {}

  static synchronized RuleEngine engine() {
    if (engine == null) engine = new RuleEngine(Repo.defaultPolicy(), WRITING);
    return engine;
  }

  static SessionScore score(TranscriptBuilder transcript) {
    return engine().score(transcript.build());
  }

  static RuleVerdict verdict(String ruleId, TranscriptBuilder transcript) {
    return score(transcript).verdict(ruleId).orElseThrow(() -> new AssertionError("no rule " + ruleId));
  }

  static RuleVerdict verdict(Policy policy, String ruleId, TranscriptBuilder transcript) {
    return new RuleEngine(policy, WRITING).score(transcript.build()).verdict(ruleId)
        .orElseThrow(() -> new AssertionError("no rule " + ruleId));
  }

  /** Asserts the verdict, its explanation and the sequence numbers of its evidence, in order. */
  static void assertVerdict(RuleVerdict v, Verdict expected, String explanation, long... seqNrs) {
    assertEquals(v.id() + ": " + v.explanation(), expected, v.verdict());
    assertEquals(v.id(), explanation, v.explanation());
    List<Long> expectedSeqNrs = Arrays.stream(seqNrs).boxed().toList();
    assertEquals(v.id() + " evidence " + v.evidence(), expectedSeqNrs, v.evidence().stream().map(Evidence::seqNr).toList());
  }

  /** The text of the evidence, in order: matched spans or whole events. */
  static List<String> evidenceTexts(RuleVerdict v) {
    return v.evidence().stream().map(Evidence::text).toList();
  }
}
