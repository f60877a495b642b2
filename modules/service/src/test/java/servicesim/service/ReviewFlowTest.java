package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.ConfigFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Policy;
import servicesim.policy.RuleSpec;
import servicesim.readside.AuditFilter;
import servicesim.readside.AuditRow;
import servicesim.readside.AuditVerifier;
import servicesim.readside.StoredScore;
import servicesim.readside.TraineeKpi;
import servicesim.simulation.Rejection;
import servicesim.simulation.ReviewEntity;

/**
 * Reviews through a real node on H2: an override and an accepted dispute make the final verdicts that the score,
 * scoreboard and KPIs count; the machine's stay; rescoring keeps the overrides; the audit trail holds the review
 * events, and verification follows their chain and recomputes the final verdicts.
 */
public class ReviewFlowTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static final ReviewEntity.Author TRAINER = new ReviewEntity.Author(ReviewEntity.TRAINER, "tok-trainer");

  private static <T> T await(java.util.concurrent.CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  public void overridesAndDisputesMakeTheFinalVerdictsThatScoresKpisAndVerificationUse() throws Exception {
    Settings settings = Settings.of(ConfigFactory.load()).withDb(Databases.h2(), "", "");
    try (Node node = Node.start(Node.Options.of(settings))) {
      String workshopId = EndToEndContract.runSeedScenario(node).workshopId();
      String lee = Workshops.sessionId(workshopId, "reactive", EndToEndContract.SCENARIO);
      Reviews reviews = node.reviews();
      StoredScore machine = node.readSide().scores().get(lee, null, null).orElseThrow();
      List<String> failed = new ArrayList<>();
      for (StoredScore.Verdict v : machine.verdicts()) if (v.verdict().equals("fail") && !v.critical()) failed.add(v.ruleId());
      String overridden = failed.get(0);
      String disputed = failed.get(1);

      await(reviews.override(lee, TRAINER, overridden, "pass", "the agent did it, in other words"));
      ReviewEntity.Author leeTrainee = new ReviewEntity.Author(ReviewEntity.TRAINEE, "reactive");
      ReviewEntity.Summary opened = await(reviews.dispute(lee, leeTrainee, disputed, "I did that too"));
      String disputeId = opened.review().disputes().get(0).disputeId();
      await(reviews.decide(lee, TRAINER, disputeId, true, null, "agreed on listening again"));
      await(reviews.comment(lee, TRAINER, 2L, null, "Open with your name."));
      Rejection.Refused refused = refusal(reviews.dispute(lee, new ReviewEntity.Author(ReviewEntity.TRAINEE, "other"),
          disputed, "mine"));
      assertEquals(Rejection.Kind.FORBIDDEN, refused.kind());
      assertTrue(node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));

      StoredScore fin = node.readSide().scores().get(lee, null, null).orElseThrow();
      assertEquals(machine.score(), fin.machineScore(), 1e-9);
      assertTrue(fin.score() > machine.score());
      assertEquals(2, fin.overridden());
      StoredScore.Verdict d = fin.verdicts().stream().filter(v -> v.ruleId().equals(disputed)).findFirst().orElseThrow();
      assertEquals("pass", d.verdict());
      assertEquals("fail", d.machineVerdict());
      assertEquals(disputeId, d.override().disputeId());
      Scoreboard board = node.scoreboards().of(workshopId).orElseThrow();
      assertEquals(new Scoreboard.Overridden(2, 1), board.overridden());
      TraineeKpi kpi = board.trainees().stream().filter(k -> k.traineeId().equals("reactive")).findFirst()
          .orElseThrow();
      assertEquals(fin.score(), kpi.scoreSum(), 1e-9);
      List<String> types = node.readSide().audit().page(new AuditFilter(null, null, lee, null, null, null), 0, 1000)
          .stream().map(AuditRow::type).toList();
      assertTrue(types.toString(), types.containsAll(List.of("VerdictOverridden", "DisputeOpened", "DisputeAccepted",
          "ReviewCommentAdded")));

      // rescored under a new version, the overrides stay and the machine's new verdicts stand beside them
      Policy policy = node.catalog().policy("default", fin.policyVersion()).orElseThrow();
      List<RuleSpec> rules = new ArrayList<>();
      for (RuleSpec r : policy.rules()) rules.add(r.id().equals("greeting") ? r.withWeight(40) : r);
      Policy v2 = new Policy(policy.id(), policy.version() + 1, policy.title(), policy.passMark(), rules,
          policy.goals(), policy.outcomes(), policy.reactions(), policy.lexiconDirectory(), policy.lexicons(),
          policy.sha256());
      node.catalog().loaded().add(v2);
      node.readSide().rescorer().rescore(v2, node.clock().instant(), s -> { });
      StoredScore rescored = node.readSide().scores().get(lee, "default", v2.version()).orElseThrow();
      StoredScore.Verdict kept = rescored.verdicts().stream().filter(v -> v.ruleId().equals(overridden)).findFirst()
          .orElseThrow();
      assertEquals("pass", kept.verdict());
      assertFalse(kept.override().machineChanged());
      assertEquals(2, rescored.overridden());

      AuditVerifier verifier = node.readSide().verifier();
      AuditVerifier.Report clean = verifier.verifyAll(s -> { });
      assertEquals(TamperEvidenceContract.lines(clean), List.of(), clean.findings());
      assertTrue(verifier.verifySession(lee).intact());

      try (Connection c = node.database().dataSource().getConnection();
          PreparedStatement ps = c.prepareStatement("UPDATE rule_verdicts SET verdict = 'fail' WHERE session_id = ? "
              + "AND rule_id = ?")) {
        ps.setString(1, lee);
        ps.setString(2, overridden);
        assertEquals(2, ps.executeUpdate());
      }
      AuditVerifier.Report one = verifier.verifySession(lee);
      assertTrue(TamperEvidenceContract.lines(one), one.findings().stream().anyMatch(f -> f.where().equals("scores")
          && f.reason().contains("rule " + overridden + " is 'fail', recomputed 'pass'")));
      try (Connection c = node.database().dataSource().getConnection();
          PreparedStatement ps = c.prepareStatement("UPDATE event_journal SET event_payload = REPLACE(event_payload, "
              + "'in other words', 'in so many words') WHERE persistence_id = ? AND sequence_number = 1")) {
        ps.setString(1, "Review|" + lee);
        assertEquals(1, ps.executeUpdate());
      }
      AuditVerifier.Report all = verifier.verifyAll(s -> { });
      assertTrue(TamperEvidenceContract.lines(all), all.findings().stream().anyMatch(f -> f.entity().equals("review")
          && f.id().equals(lee) && f.seqNr() == 1 && f.reason().contains("was altered")));
    }
  }

  private static Rejection.Refused refusal(java.util.concurrent.CompletionStage<?> stage) {
    try {
      stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      Throwable t = e;
      while (t != null && !(t instanceof Rejection.Refused)) t = t.getCause();
      if (t != null) return (Rejection.Refused) t;
      throw new AssertionError("not refused: " + e, e);
    }
    throw new AssertionError("not refused");
  }
}
