package servicesim.simulation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.testkit.typed.javadsl.TestKitJunitResource;
import akka.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import com.typesafe.config.ConfigFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.rules.Verdict;
import servicesim.simulation.ReviewEntity.Author;
import servicesim.simulation.ReviewEntity.Subject;

public class ReviewEntityTest extends JUnitSuite {

  @ClassRule
  public static final TestKitJunitResource testKit = new TestKitJunitResource(
      ConfigFactory.parseResources("serialization.conf").withFallback(EventSourcedBehaviorTestKit.config()));

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static final Instant T = Instant.parse("2026-12-05T10:00:00Z");
  private static final Author TRAINER = new Author(ReviewEntity.TRAINER, "tok-trainer");
  private static final Author REVIEWER = new Author(ReviewEntity.REVIEWER, "tok-rev");
  private static final Author ANA = new Author(ReviewEntity.TRAINEE, "ana");
  private static final Author LEE = new Author(ReviewEntity.TRAINEE, "lee");

  private EventSourcedBehaviorTestKit<ReviewEntity.Command, ReviewEntity.Event, ReviewEntity.State> kit;

  @Before
  public void setUp() {
    kit = EventSourcedBehaviorTestKit.create(testKit.system(), ReviewEntity.create("w.ana.s", testKit.system()));
  }

  private static Subject subject(boolean feedbackHidden) {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("greeting", "fail");
    machine.put("apologize", "pass");
    machine.put("follow-up", "n/a");
    return new Subject("w.ana.s", "w", "ana", feedbackHidden, machine);
  }

  private static final Subject SCORED = subject(false);
  private static final Subject UNSCORED = new Subject("w.ana.s", "w", "ana", false, Map.of());

  private ReviewEntity.Reply override(Author who, String rule, String verdict) {
    return kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OverrideVerdict(SCORED, who, rule, verdict,
        "the agent did greet", T, r)).reply();
  }

  @Test
  public void aTrainerOverridesAVerdictRecordingTheMachinesVerdictBeforeAndAfterAndWho() {
    var result = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OverrideVerdict(SCORED, TRAINER, "greeting",
        "pass", "the agent did greet, in Urdu", T, r));
    ReviewEntity.VerdictOverridden e = result.eventOfType(ReviewEntity.VerdictOverridden.class);
    assertEquals("fail", e.machine());
    assertEquals("fail", e.before());
    assertEquals("pass", e.after());
    assertEquals("tok-trainer", e.by());
    assertEquals("ana", e.traineeId());
    assertEquals("w", e.workshopId());
    assertEquals(HashChain.GENESIS, e.prevHash());
    assertEquals(64, e.hash().length());
    assertEquals(Verdict.PASS, result.reply().summary().review().overrides().get("greeting").after());
    // a second override starts from the first one's verdict, and follows it in the chain
    var again = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OverrideVerdict(SCORED, TRAINER, "greeting",
        "fail", "on second listen the name was missing", T.plusSeconds(60), r));
    ReviewEntity.VerdictOverridden second = again.eventOfType(ReviewEntity.VerdictOverridden.class);
    assertEquals("pass", second.before());
    assertEquals("fail", second.machine());
    assertEquals(e.hash(), second.prevHash());
  }

  @Test
  public void onlyTrainersAndInvitedReviewersOverride() {
    assertEquals(ReviewEntity.NotAllowed.class, override(REVIEWER, "greeting", "pass").rejected().getClass());
    assertEquals(ReviewEntity.NotAllowed.class, override(ANA, "greeting", "pass").rejected().getClass());
    assertEquals(ReviewEntity.NotAllowed.class, kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.Invite(
        SCORED, REVIEWER, "tok-other", T, r)).reply().rejected().getClass());
    var invited = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.Invite(SCORED, TRAINER, "tok-rev", T, r));
    assertEquals("tok-rev", invited.eventOfType(ReviewEntity.ReviewerInvited.class).reviewerId());
    assertTrue(override(REVIEWER, "greeting", "pass").ok());
  }

  @Test
  public void overridesNeedAScoredSessionAKnownRuleAVerdictAndAReason() {
    var unscored = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OverrideVerdict(UNSCORED, TRAINER,
        "greeting", "pass", "why", T, r));
    assertEquals(ReviewEntity.NotScored.class, unscored.reply().rejected().getClass());
    assertEquals(ReviewEntity.UnknownRule.class, override(TRAINER, "smile", "pass").rejected().getClass());
    assertEquals(ReviewEntity.Invalid.class, override(TRAINER, "greeting", "maybe").rejected().getClass());
    var noReason = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OverrideVerdict(SCORED, TRAINER,
        "greeting", "pass", "  ", T, r));
    assertEquals("reason is missing", noReason.reply().rejected().message());
    assertTrue(noReason.hasNoEvents());
  }

  @Test
  public void commentsGoOnAnEventOrAVerdict() {
    var onEvent = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.AddComment(UNSCORED, TRAINER, 4L, null,
        "Good recovery here.", T, r));
    ReviewEntity.ReviewCommentAdded c = onEvent.eventOfType(ReviewEntity.ReviewCommentAdded.class);
    assertEquals(Long.valueOf(4), c.seqNr());
    assertNull(c.ruleId());
    var onRule = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.AddComment(SCORED, TRAINER, null, "greeting",
        "Say the company's name first.", T, r));
    assertEquals("greeting", onRule.eventOfType(ReviewEntity.ReviewCommentAdded.class).ruleId());
    assertEquals(2, onRule.reply().summary().review().comments().size());
    var byTrainee = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.AddComment(SCORED, ANA, 4L, null,
        "I think this was fine", T, r));
    assertEquals(ReviewEntity.NotAllowed.class, byTrainee.reply().rejected().getClass());
  }

  @Test
  public void theTraineeDisputesTheTrainerAcceptsAndTheVerdictIsOverridden() {
    var opened = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OpenDispute(SCORED, ANA, "greeting",
        "I gave my name and the company's.", T, r));
    ReviewEntity.DisputeOpened d = opened.eventOfType(ReviewEntity.DisputeOpened.class);
    assertEquals("d1", d.disputeId());
    assertEquals("fail", d.verdict());
    var twice = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OpenDispute(SCORED, ANA, "greeting",
        "again", T, r));
    assertEquals(ReviewEntity.AlreadyDisputed.class, twice.reply().rejected().getClass());
    var accepted = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.DecideDispute(SCORED, TRAINER, "d1", true,
        null, "Right: name and company were both there.", T.plusSeconds(30), r));
    ReviewEntity.DisputeAccepted a = accepted.eventOfType(ReviewEntity.DisputeAccepted.class);
    assertEquals("fail", a.before());
    assertEquals("pass", a.after());
    assertEquals("fail", a.machine());
    var review = accepted.reply().summary().review();
    assertEquals("accepted", review.dispute("d1").orElseThrow().status());
    assertEquals(Verdict.PASS, review.overrides().get("greeting").after());
    var decidedAgain = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.DecideDispute(SCORED, TRAINER, "d1",
        false, null, "no", T, r));
    assertEquals(ReviewEntity.DisputeClosed.class, decidedAgain.reply().rejected().getClass());
  }

  @Test
  public void aRejectedDisputeKeepsTheVerdictAndSaysWhy() {
    kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OpenDispute(SCORED, ANA, "apologize", "I did not need to",
        T, r));
    var rejected = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.DecideDispute(SCORED, TRAINER, "d1",
        false, null, "The customer was kept waiting: an apology was due.", T, r));
    ReviewEntity.DisputeRejected e = rejected.eventOfType(ReviewEntity.DisputeRejected.class);
    assertEquals("The customer was kept waiting: an apology was due.", e.reason());
    var review = rejected.reply().summary().review();
    assertEquals("rejected", review.dispute("d1").orElseThrow().status());
    assertTrue(review.overrides().isEmpty());
    assertEquals(ReviewEntity.NoSuchDispute.class, kit.<ReviewEntity.Reply>runCommand(r ->
        new ReviewEntity.DecideDispute(SCORED, TRAINER, "d9", true, null, "x", T, r)).reply().rejected().getClass());
  }

  @Test
  public void onlyTheSessionsTraineeDisputesAndOnlyOnceFeedbackIsReleased() {
    var other = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OpenDispute(SCORED, LEE, "greeting", "mine",
        T, r));
    assertEquals(ReviewEntity.NotAllowed.class, other.reply().rejected().getClass());
    var hidden = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OpenDispute(subject(true), ANA, "greeting",
        "unfair", T, r));
    assertEquals(ReviewEntity.FeedbackHidden.class, hidden.reply().rejected().getClass());
    var byTrainer = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OpenDispute(SCORED, TRAINER, "greeting",
        "unfair", T, r));
    assertEquals(ReviewEntity.NotAllowed.class, byTrainer.reply().rejected().getClass());
    var n = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OpenDispute(SCORED, ANA, "follow-up", "?", T, r));
    assertTrue(n.reply().ok());
    var accept = kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.DecideDispute(SCORED, TRAINER, "d1", true,
        null, "agreed", T, r));
    assertEquals(ReviewEntity.Invalid.class, accept.reply().rejected().getClass());
  }

  @Test
  public void theReviewRecoversFromItsEvents() {
    kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.Invite(SCORED, TRAINER, "tok-rev", T, r));
    override(REVIEWER, "greeting", "pass");
    kit.<ReviewEntity.Reply>runCommand(r -> new ReviewEntity.OpenDispute(SCORED, ANA, "apologize", "no", T, r));
    ReviewEntity.State before = kit.getState();
    kit.restart();
    assertEquals(before, kit.getState());
    assertEquals(3, kit.getState().chain().seqNr());
    assertFalse(kit.getState().review().dispute("d1").orElseThrow().decision() != null);
  }
}
