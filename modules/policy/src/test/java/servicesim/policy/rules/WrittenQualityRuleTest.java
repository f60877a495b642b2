package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;
import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.evidenceTexts;
import static servicesim.policy.rules.Judge.verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Channel;
import servicesim.policy.Policy;
import servicesim.policy.Repo;
import servicesim.policy.RuleSpec;
import servicesim.policy.TranscriptBuilder;

public class WrittenQualityRuleTest extends JUnitSuite {

  private static TranscriptBuilder email() {
    return TranscriptBuilder.email().customer("Hello, the unit I ordered does not work.").after(Duration.ofHours(3));
  }

  @Test
  public void correctCourteousReplyWithANextStepPassesWrittenQuality() {
    RuleVerdict v = verdict("written-quality", email()
        .agentWrites("Your order", "Dear Ms Lopez, thank you for your email. We will send a replacement unit by Friday."));
    assertVerdict(v, Verdict.PASS, "no spelling or grammar issues, courteous, and says what happens next", 2);
  }

  @Test
  public void misspellingsFailWrittenQualityWithEachIssueAsEvidence() {
    RuleVerdict v = verdict("written-quality", email()
        .agentWrites("Your order", "Dear Ms Lopez, we will send you a replacment tomorow."));
    assertVerdict(v, Verdict.FAIL, "2 spelling or grammar issues (at most 0): \"replacment\" (Possible spelling "
        + "mistake found. Suggestion: replacement), \"tomorow\" (Possible spelling mistake found. Suggestion: tomorrow)", 2, 2);
    assertEquals(List.of("replacment", "tomorow"), evidenceTexts(v));
  }

  /** A Greek email from the customer Νίκος Παπαδόπουλος, whose name is Παπαδόπουλε when he is addressed. */
  private static TranscriptBuilder greekEmail() {
    return TranscriptBuilder.email().language("el").agentName("Κατερίνα Λάμπρου").organisation("Ερμής Ταχυμεταφορές")
        .customerDetails("Νίκος Παπαδόπουλος", "+30 694 778 2051", "nikos@example.gr", "Αγίου Μελετίου 24, 113 61 Αθήνα")
        .customer("Καλησπέρα σας, πού είναι το δέμα μου;").after(Duration.ofHours(3));
  }

  @Test
  public void declinedFormsOfTheSessionsNamesAreNotMisspellings() {
    RuleVerdict v = verdict("written-quality", greekEmail().agentWrites("Το δέμα σας",
        "Αγαπητέ κύριε Παπαδόπουλε, το δέμα σας θα παραδοθεί αύριο. Με εκτίμηση, Κατερίνα Λάμπρου"));
    assertVerdict(v, Verdict.PASS, "no spelling or grammar issues, courteous, and says what happens next", 2);
  }

  @Test
  public void wordsThatAreNotTheSessionsNamesAreStillChecked() {
    RuleVerdict v = verdict("written-quality", greekEmail().agentWrites("Το δέμα σας",
        "Αγαπητέ κύριε Παπαδόπουλε, το δέμα σας θα παραδωθεί αύριο. Με εκτίμηση, Κατερίνα Σταματοπούλου"));
    assertEquals(Verdict.FAIL, v.verdict());
    assertEquals(List.of("παραδωθεί", "Σταματοπούλου"), evidenceTexts(v));
  }

  @Test
  public void aPolicyMayAllowSomeErrors() {
    Policy lenient = withRule(Repo.defaultPolicy(), "written-quality", spec -> new RuleSpec(spec.id(), spec.kind(),
        spec.title(), spec.weight(), spec.critical(), spec.channels(), spec.seed(), spec.limits(),
        Map.of("maxErrors", 2), spec.acts(), spec.phrases(), spec.fields()));
    RuleVerdict v = Judge.verdict(lenient, "written-quality", email()
        .agentWrites("Your order", "Dear Ms Lopez, we will send you a replacment tomorow."));
    assertVerdict(v, Verdict.PASS, "2 spelling or grammar issues (at most 2), courteous, and says what happens next", 2);
  }

  @Test
  public void discourtesyFailsWrittenQuality() {
    RuleVerdict v = verdict("written-quality", email()
        .agentWrites("Your order", "Dear Ms Lopez, you should have read the manual. We will send instructions today."));
    assertVerdict(v, Verdict.FAIL, "discourteous: \"you should have read\"", 2);
  }

  @Test
  public void replyThatNeverSaysWhatHappensNextFailsWrittenQuality() {
    RuleVerdict v = verdict("written-quality", email()
        .agentWrites("Your order", "Dear Ms Lopez, thank you for your email about the unit."));
    assertVerdict(v, Verdict.FAIL, "never says what happens next", 2);
  }

  @Test
  public void writtenQualityIsNotApplicableWhenTheAgentNeverWrote() {
    RuleVerdict v = verdict("written-quality", email());
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the agent never wrote");
  }

  @Test
  public void writtenQualityIsNotApplicableWithoutACheckerForTheLanguage() {
    // judged directly: the checker decides by the transcript's language, whichever lexicon detects the acts
    TranscriptBuilder urdu = email().language("ur").agentWrites("آپ کا آرڈر", "محترمہ لوپیز، آپ کی ای میل کا شکریہ۔");
    SessionAnalysis session = new SessionAnalysis(urdu.build(), Repo.defaultPolicy(),
        Repo.lexicons().detector("ur").orElse(Repo.lexicons().require("en")), Judge.WRITING);
    Judgement j = new WrittenQualityRule().judge(Repo.defaultPolicy().rule("written-quality").orElseThrow(), session);
    assertEquals(Verdict.NOT_APPLICABLE, j.verdict());
    assertEquals("no spelling and grammar checker for Urdu", j.explanation());
  }

  @Test
  public void writtenQualityDoesNotApplyToPhoneCalls() {
    RuleVerdict v = verdict("written-quality", TranscriptBuilder.phone().agent("Hello."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "does not apply to the phone channel");
  }

  @Test
  public void britishSpellingPassesUnlessThePolicyAcceptsAmericanEnglishOnly() {
    TranscriptBuilder british = email().agentWrites("Your order",
        "Dear Ms Lopez, we apologise for the colour of the unit. We will send a replacement by Friday.");
    assertVerdict(verdict("written-quality", british), Verdict.PASS,
        "no spelling or grammar issues, courteous, and says what happens next", 2);
    Policy american = withRule(Repo.defaultPolicy(), "written-quality", spec -> new RuleSpec(spec.id(), spec.kind(),
        spec.title(), spec.weight(), spec.critical(), spec.channels(), spec.seed(), spec.limits(), spec.numbers(),
        spec.acts(), spec.phrases(), spec.fields(), List.of("en-US")));
    RuleVerdict v = Judge.verdict(american, "written-quality", british);
    assertVerdict(v, Verdict.FAIL, "2 spelling or grammar issues (at most 0): \"apologise\" (Possible spelling "
        + "mistake. 'apologise' is British English. Suggestion: apologize), \"colour\" (Possible spelling mistake. "
        + "'colour' is British English. Suggestion: color)", 2, 2);
  }

  static Policy withRule(Policy policy, String ruleId, java.util.function.UnaryOperator<RuleSpec> change) {
    List<RuleSpec> rules = new ArrayList<>();
    for (RuleSpec r : policy.rules()) rules.add(r.id().equals(ruleId) ? change.apply(r) : r);
    return new Policy(policy.id(), policy.version(), policy.title(), policy.passMark(), rules, policy.goals(),
        policy.outcomes(), policy.reactions(), policy.lexiconDirectory(), policy.lexicons(), policy.sha256());
  }
}
