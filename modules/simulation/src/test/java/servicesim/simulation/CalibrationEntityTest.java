package servicesim.simulation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.testkit.typed.javadsl.TestKitJunitResource;
import akka.persistence.testkit.javadsl.EventSourcedBehaviorTestKit;
import com.typesafe.config.ConfigFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.review.CalibrationResult;
import servicesim.simulation.ReviewEntity.Author;

public class CalibrationEntityTest extends JUnitSuite {

  @ClassRule
  public static final TestKitJunitResource testKit = new TestKitJunitResource(
      ConfigFactory.parseResources("serialization.conf").withFallback(EventSourcedBehaviorTestKit.config()));

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static final Instant T = Instant.parse("2026-12-05T10:00:00Z");
  private static final Author TRAINER = new Author(ReviewEntity.TRAINER, "tok-trainer");
  private static final Author ANN = new Author(ReviewEntity.REVIEWER, "ann");
  private static final Author BOB = new Author(ReviewEntity.TRAINER, "bob");
  private static final Map<String, Map<String, String>> MACHINE = Map.of(
      "s1", Map.of("greeting", "fail", "apologize", "pass"),
      "s2", Map.of("greeting", "pass", "apologize", "pass", "follow-up", "n/a"));

  private EventSourcedBehaviorTestKit<CalibrationEntity.Command, CalibrationEntity.Event, CalibrationEntity.State> kit;

  @Before
  public void setUp() {
    kit = EventSourcedBehaviorTestKit.create(testKit.system(), CalibrationEntity.create("c1", testKit.system()));
  }

  private CalibrationEntity.Reply create() {
    return kit.<CalibrationEntity.Reply>runCommand(r -> new CalibrationEntity.Create("Greeting week",
        List.of("s1", "s2"), List.of("ann", "bob"), MACHINE, TRAINER, T, r)).reply();
  }

  private CalibrationEntity.Reply score(Author who, String session, String greeting, String apologize) {
    return kit.<CalibrationEntity.Reply>runCommand(r -> new CalibrationEntity.Score(who, session,
        Map.of("greeting", greeting, "apologize", apologize), T, r)).reply();
  }

  @Test
  public void aCalibrationJudgesTheRulesEverySessionHasAndRecordsTheMachinesVerdicts() {
    var created = kit.<CalibrationEntity.Reply>runCommand(r -> new CalibrationEntity.Create("Greeting week",
        List.of("s1", "s2"), List.of("ann", "bob"), MACHINE, TRAINER, T, r));
    CalibrationEntity.CalibrationCreated e = created.eventOfType(CalibrationEntity.CalibrationCreated.class);
    assertEquals(2, e.rules().size());
    assertFalse(e.rules().contains("follow-up"));
    assertEquals("fail", e.machine().get("s1").get("greeting"));
    assertEquals(HashChain.GENESIS, e.prevHash());
  }

  @Test
  public void onlyATrainerCreatesWithTwoReviewersAndScoredSessions() {
    assertEquals(CalibrationEntity.NotAllowed.class, kit.<CalibrationEntity.Reply>runCommand(r ->
        new CalibrationEntity.Create("x", List.of("s1"), List.of("ann", "bob"), MACHINE, ANN, T, r)).reply().rejected()
        .getClass());
    assertEquals(CalibrationEntity.Invalid.class, kit.<CalibrationEntity.Reply>runCommand(r ->
        new CalibrationEntity.Create("x", List.of("s1"), List.of("ann"), MACHINE, TRAINER, T, r)).reply().rejected()
        .getClass());
    assertEquals(CalibrationEntity.Invalid.class, kit.<CalibrationEntity.Reply>runCommand(r ->
        new CalibrationEntity.Create("x", List.of("s3"), List.of("ann", "bob"), MACHINE, TRAINER, T, r)).reply()
        .rejected().getClass());
    assertEquals(CalibrationEntity.Missing.class, score(ANN, "s1", "pass", "pass").rejected().getClass());
  }

  @Test
  public void eachReviewerScoresEverySessionOnceAndTheResultFollows() {
    create();
    assertTrue(score(ANN, "s1", "pass", "pass").ok());
    assertEquals(CalibrationEntity.AlreadyScored.class, score(ANN, "s1", "fail", "pass").rejected().getClass());
    assertEquals(CalibrationEntity.NotAllowed.class,
        score(new Author(ReviewEntity.REVIEWER, "cyd"), "s1", "pass", "pass").rejected().getClass());
    var partial = kit.<CalibrationEntity.Reply>runCommand(r -> new CalibrationEntity.Score(BOB, "s1",
        Map.of("greeting", "pass"), T, r)).reply();
    assertEquals("verdicts: every rule needs a verdict; missing apologize", partial.rejected().message());
    score(BOB, "s1", "fail", "pass");
    score(ANN, "s2", "pass", "pass");
    CalibrationEntity.Summary done = score(BOB, "s2", "pass", "fail").summary();
    assertTrue(done.complete());
    CalibrationResult result = done.result();
    assertEquals(CalibrationResult.COHEN, result.method());
    assertEquals(0.5, result.rules().get(0).agreement(), 1e-12);
    assertEquals(2, result.splits().size());
    kit.restart();
    assertEquals(done.ratings(), kit.getState().ratings());
  }
}
