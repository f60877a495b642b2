package servicesim.policy.rules;

import static org.junit.Assert.assertEquals;
import static servicesim.policy.rules.Judge.assertVerdict;
import static servicesim.policy.rules.Judge.evidenceTexts;
import static servicesim.policy.rules.Judge.verdict;

import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.TranscriptBuilder;

public class AllQuestionsAnsweredRuleTest extends JUnitSuite {

  private static TranscriptBuilder refundQuestion() {
    return TranscriptBuilder.phone().complaint()
        .question("refund-timeline", "business days", "by friday", "within")
        .question("delivery-date", "act:concrete-timeline");
  }

  @Test
  public void answerMatchingAPhrasePassesAllQuestionsAnswered() {
    RuleVerdict v = verdict("all-questions-answered", refundQuestion()
        .customerAsks("When will I get my money back?", "refund-timeline")
        .agent("You'll have it in 3 business days."));
    assertVerdict(v, Verdict.PASS, "answered every question the customer asked", 2);
    assertEquals(List.of("business days"), evidenceTexts(v));
  }

  @Test
  public void answerShowingTheNamedActPasses() {
    RuleVerdict v = verdict("all-questions-answered", refundQuestion()
        .customerAsks("And when does the new unit arrive?", "delivery-date")
        .agent("The courier brings it tomorrow at 10:30."));
    assertVerdict(v, Verdict.PASS, "answered every question the customer asked", 2);
    assertEquals(List.of("tomorrow at 10:30"), evidenceTexts(v));
  }

  @Test
  public void unansweredQuestionsAreListedWithTheAskingMessage() {
    RuleVerdict v = verdict("all-questions-answered", refundQuestion()
        .customerAsks("When do I get my money back, and when does the new unit arrive?", "refund-timeline",
            "delivery-date")
        .agent("I've noted your complaint."));
    assertVerdict(v, Verdict.FAIL, "did not answer: refund-timeline, delivery-date", 1);
  }

  @Test
  public void anAnswerBeforeTheQuestionDoesNotCount() {
    RuleVerdict v = verdict("all-questions-answered", refundQuestion()
        .agent("Refunds take 3 business days.")
        .customerAsks("So when do I get my money back?", "refund-timeline")
        .agent("As I said."));
    assertVerdict(v, Verdict.FAIL, "did not answer: refund-timeline", 2);
  }

  @Test
  public void aQuestionTheScenarioDoesNotDefineCannotBeAnswered() {
    RuleVerdict v = verdict("all-questions-answered", refundQuestion()
        .customerAsks("Can I pay by card?", "payment-methods")
        .agent("Yes, within reason."));
    assertVerdict(v, Verdict.FAIL, "did not answer: payment-methods", 1);
  }

  @Test
  public void allQuestionsAnsweredDoesNotApplyWhenNothingWasAsked() {
    RuleVerdict v = verdict("all-questions-answered", refundQuestion().customer("It's broken."));
    assertVerdict(v, Verdict.NOT_APPLICABLE, "the customer asked no questions");
  }
}
