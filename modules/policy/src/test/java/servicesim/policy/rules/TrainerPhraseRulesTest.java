package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;
import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.evidenceTexts;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.InvalidFileException;
import servicesim.files.YamlFile;
import servicesim.policy.Channel;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.Repo;
import servicesim.policy.RuleSpec;
import servicesim.policy.TranscriptBuilder;

public class TrainerPhraseRulesTest extends JUnitSuite {

  private static Policy trainer() {
    try {
      return PolicyLoader.load(YamlFile.read(Repo.root().resolve("modules/policy/src/test/resources/policies/trainer.yaml")),
          Repo.scenarios().resolve("policies"));
    } catch (InvalidFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static RuleVerdict verdict(String ruleId, TranscriptBuilder t) {
    return Judge.verdict(trainer(), ruleId, t);
  }

  @Test
  public void sayingAPhrasePassesMustSay() {
    RuleVerdict v = verdict("thank-for-patience", TranscriptBuilder.phone()
        .customer("Hello?").agent("Thank you so much for your patience, Ms Lopez."));
    assertVerdict(v, Verdict.PASS, "said \"Thank you so much for your patience\"", 2);
  }

  @Test
  public void showingAnActPassesMustSay() {
    RuleVerdict v = verdict("say-sorry", TranscriptBuilder.phone().agent("Hello.").agent("We apologise for the delay."));
    assertVerdict(v, Verdict.PASS, "said \"apologise\"", 2);
  }

  @Test
  public void neverSayingAnyPhraseFailsMustSay() {
    RuleVerdict v = verdict("thank-for-patience", TranscriptBuilder.phone()
        .customer("Hello?").agent("Yes?").agent("What do you need?"));
    assertVerdict(v, Verdict.FAIL,
        "never said any of: \"thank* you * for * patience\", \"thanks for waiting\"", 3);
  }

  @Test
  public void sayingABannedPhraseFailsMustNotSayWithEverySpan() {
    RuleVerdict v = verdict("no-jargon", TranscriptBuilder.phone()
        .agent("Your ticket number is 4411.").agent("The backend is down; the ticket number stays the same."));
    assertVerdict(v, Verdict.FAIL, "said \"ticket number\"", 1, 2, 2);
    assertEquals(List.of("ticket number", "backend", "ticket number"), evidenceTexts(v));
  }

  @Test
  public void bannedActsCountForMustNotSay() {
    RuleVerdict v = verdict("no-vague-or-maybe", TranscriptBuilder.phone().agent("We'll get back to you."));
    assertVerdict(v, Verdict.FAIL, "said \"get back to you\"", 1);
  }

  @Test
  public void avoidingBannedPhrasesPassesMustNotSay() {
    RuleVerdict v = verdict("no-jargon", TranscriptBuilder.phone().agent("Your reference is 4411."));
    assertVerdict(v, Verdict.PASS, "never said any of: \"ticket number\", \"backend|back-end\"");
  }

  @Test
  public void mustNotSayIsNotApplicableWhenTheAgentNeverSpoke() {
    RuleVerdict v = verdict("no-jargon", TranscriptBuilder.phone().customer("Hello?"));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the agent never spoke");
  }

  @Test
  public void phraseRulesWithoutPhrasesInTheSessionLanguageAreNotApplicable() {
    RuleSpec greekOnly = new RuleSpec("greek-thanks", "must-say", "Thanks in Greek", 1, false,
        EnumSet.allOf(Channel.class), "", Map.of(), Map.of(), List.of(), Map.of("el", List.of("ευχαριστουμε")), List.of());
    RuleSpec greekBan = new RuleSpec("greek-ban", "must-not-say", "No jargon in Greek", 1, false,
        EnumSet.allOf(Channel.class), "", Map.of(), Map.of(), List.of(), Map.of("el", List.of("αριθμος")), List.of());
    Policy base = trainer();
    Policy greek = new Policy(base.id(), base.version(), base.title(), base.passMark(), List.of(greekOnly, greekBan),
        base.goals(), base.outcomes(), base.reactions(), base.lexiconDirectory(), base.lexicons(), base.sha256());
    TranscriptBuilder english = TranscriptBuilder.phone().agent("Thank you.");
    assertVerdict(Judge.verdict(greek, "greek-thanks", english), Verdict.NOT_APPLICABLE, "no phrases for English");
    assertVerdict(Judge.verdict(greek, "greek-ban", english), Verdict.NOT_APPLICABLE, "no phrases for English");
  }
}
