package servicesim.policy.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.acts.Act;
import servicesim.policy.rules.Verdict;

/** Reviewed text verdicts as labelled lines: what the reviewer decided, and only that. */
public class ReviewedLinesTest extends JUnitSuite {

  private static final List<ReviewedLines.Message> MESSAGES = List.of(
      new ReviewedLines.Message(2, "Acme Electronics, Sam here. How can I help?", List.of("org-name", "own-name",
          "offer-help")),
      new ReviewedLines.Message(5, "Calm down\tplease, I'll sort it.", List.of("discourtesy")),
      new ReviewedLines.Message(7, "Ugh, so sorry about that mess.", List.of()));

  private static ReviewedLines.Session session(ReviewedLines.ReviewedRule... rules) {
    return new ReviewedLines.Session("w.sam.s", "en", "Sam", "Acme Electronics", MESSAGES, List.of(rules));
  }

  @Test
  public void aCourtesyFailOverriddenToPassLabelsTheEvidenceLineWithoutDiscourtesy() {
    List<ReviewedLines.Line> lines = ReviewedLines.lines(session(new ReviewedLines.ReviewedRule("courtesy",
        List.of(Act.DISCOURTESY), false, Verdict.FAIL, Verdict.PASS, false, Set.of(5L), Set.of())));
    assertEquals(1, lines.size());
    ReviewedLines.Line l = lines.get(0);
    assertEquals(List.of(), l.acts());
    assertEquals(List.of(), l.ignore());
    assertEquals("en\tSam\tAcme Electronics\tCalm down please, I'll sort it.\t\t\treview w.sam.s#5 courtesy", l.tsv());
  }

  @Test
  public void anApologyTheMachineMissedIsLabelledOnTheLineAReviewerPointedAt() {
    ReviewedLines.ReviewedRule missed = new ReviewedLines.ReviewedRule("apologize", List.of(Act.APOLOGY), true,
        Verdict.FAIL, Verdict.PASS, false, Set.of(), Set.of(7L));
    List<ReviewedLines.Line> lines = ReviewedLines.lines(session(missed));
    assertEquals(List.of("apology"), lines.get(0).acts());
    // without a pointer there is no line to label
    assertTrue(ReviewedLines.lines(session(new ReviewedLines.ReviewedRule("apologize", List.of(Act.APOLOGY), true,
        Verdict.FAIL, Verdict.PASS, false, Set.of(), Set.of()))).isEmpty());
  }

  @Test
  public void aGreetingFailedByTheReviewerLeavesItsActsOpenButOneUpheldLabelsThemAll() {
    List<ReviewedLines.Line> failed = ReviewedLines.lines(session(new ReviewedLines.ReviewedRule("greeting",
        List.of(Act.OWN_NAME, Act.ORG_NAME, Act.OFFER_HELP), true, Verdict.PASS, Verdict.FAIL, false, Set.of(2L),
        Set.of())));
    assertEquals(List.of(), failed.get(0).acts());
    assertEquals(Set.of("own-name", "org-name", "offer-help"), Set.copyOf(failed.get(0).ignore()));
    List<ReviewedLines.Line> upheld = ReviewedLines.lines(session(new ReviewedLines.ReviewedRule("greeting",
        List.of(Act.OWN_NAME, Act.ORG_NAME, Act.OFFER_HELP), true, Verdict.FAIL, Verdict.PASS, false, Set.of(2L),
        Set.of())));
    assertEquals(List.of("own-name", "org-name", "offer-help"), upheld.get(0).acts());
  }

  @Test
  public void anOpenDisputeLeavesTheActUnscoredAndActionRulesMakeNoLine() {
    List<ReviewedLines.Line> open = ReviewedLines.lines(session(new ReviewedLines.ReviewedRule("courtesy",
        List.of(Act.DISCOURTESY), false, Verdict.FAIL, Verdict.FAIL, true, Set.of(5L), Set.of())));
    assertEquals(List.of(), open.get(0).acts());
    assertEquals(List.of("discourtesy"), open.get(0).ignore());
    assertTrue(ReviewedLines.lines(session(new ReviewedLines.ReviewedRule("complaint-record", List.of(), true,
        Verdict.FAIL, Verdict.PASS, false, Set.of(5L), Set.of()))).isEmpty());
  }
}
