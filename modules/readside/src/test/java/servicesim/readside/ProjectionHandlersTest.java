package servicesim.readside;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.testkit.typed.javadsl.TestProbe;
import akka.persistence.query.Offset;
import akka.projection.ProjectionId;
import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcProjection;
import akka.projection.testkit.javadsl.ProjectionTestKit;
import akka.projection.testkit.javadsl.TestSourceProvider;
import akka.stream.javadsl.Source;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.writing.LanguageToolChecker;
import servicesim.simulation.Notices;
import servicesim.simulation.CalibrationEntity;
import servicesim.simulation.ReviewEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * Each projection handler, run by akka-projection's test kit over given envelopes and a real database: the read model
 * it writes, in the same transaction as its offset, and the notices it sends once that transaction has committed.
 */
public class ProjectionHandlersTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  /** Scoring loads the policy's rule engine on first use. */
  private static final Duration WITHIN = Duration.ofSeconds(60);

  private static ReadSideFixture db;
  private static ProjectionTestKit kit;

  @BeforeClass
  public static void start() throws Exception {
    db = ReadSideFixture.h2();
    kit = ProjectionTestKit.create(db.system);
  }

  @AfterClass
  public static void stop() throws Exception {
    db.close();
  }

  private static <E> List<EventEnvelope<E>> envelopes(String persistenceId, List<? extends E> events, long firstOffset) {
    List<EventEnvelope<E>> out = new ArrayList<>();
    long seqNr = 1;
    for (E e : events) out.add(EventEnvelope.create(Offset.sequence(firstOffset + seqNr - 1), persistenceId, seqNr++, e, 0L));
    return out;
  }

  private static <E> TestSourceProvider<Offset, EventEnvelope<E>> source(List<EventEnvelope<E>> envelopes) {
    return TestSourceProvider.create(Source.from(envelopes), EventEnvelope::offset);
  }

  private static ProjectionId id(String name) {
    return ProjectionId.of(name, UUID.randomUUID().toString());
  }

  private static List<WorkshopEntity.Event> workshop(String id) {
    return List.of(
        new WorkshopEntity.WorkshopCreated(id, ReadSideFixture.T0, "ws", "Workshop", "default", 1, "assessment",
            List.of(ReadSideFixture.REFUND.id()), "sha", null, null, null),
        new WorkshopEntity.TraineeEnrolled(id, ReadSideFixture.T0, "sam", "Sam", "by-the-book", false, null, null),
        new WorkshopEntity.TraineeEnrolled(id, ReadSideFixture.T0, "ana", "Ana", null, true, null, null),
        new WorkshopEntity.SessionAssigned(id, ReadSideFixture.T0, id + ".sam.x", "sam", ReadSideFixture.REFUND.id(), null, null),
        new WorkshopEntity.FeedbackReleased(id, ReadSideFixture.T0.plusSeconds(60), null, null),
        new WorkshopEntity.WorkshopClosed(id, ReadSideFixture.T0.plusSeconds(90), "completed", null, null));
  }

  @Test
  public void theAuditTrailGetsARowPerEventWithWhatAuditorsFilterOnAndTellsItsReaders() throws Exception {
    String sessionId = "audit-1.sam.refund";
    List<SessionEvent> session = db.session(sessionId, "audit-1", "sam", "by-the-book");
    List<EventEnvelope<Object>> envelopes = new ArrayList<>(envelopes(ReadSideFixture.sessionPid(sessionId), session, 1));
    envelopes.addAll(envelopes("Workshop|audit-1", workshop("audit-1"), 1 + session.size()));
    long last = session.size() + workshop("audit-1").size();
    TestProbe<Notices.Notice> audit = TestProbe.create(db.system);
    TestProbe<Notices.Notice> workshop = TestProbe.create(db.system);
    Notices notices = Notices.get(db.system);
    notices.subscribe(Notices.AUDIT, audit.getRef());
    notices.subscribe(Notices.workshop("audit-1"), workshop.getRef());

    kit.run(JdbcProjection.groupedWithin(id(AuditTrailProjection.NAME), source(envelopes),
        () -> new PooledJdbcSession(db.database.dataSource()),
        () -> new AuditTrailProjectionHandler(db.mapper, notices), db.system), WITHIN, () -> {
          AuditRepository repository = new AuditRepository(db.database.dataSource());
          List<AuditRow> trail = repository.session(sessionId);
          assertEquals(session.size(), trail.size());
          for (int i = 0; i < session.size(); i++) {
            SessionEvent e = session.get(i);
            AuditRow r = trail.get(i);
            assertEquals(e.eventType().id(), r.type());
            assertEquals(e.seqNr(), r.seqNr());
            assertEquals(db.mapper.writeValueAsString(e), r.payload());
            assertEquals(e.hash(), r.hash());
            assertEquals(e.prevHash(), r.prevHash());
            assertEquals("sam", r.traineeId());
            assertEquals(e.at(), r.occurredAt());
          }
          List<AuditRow> rows = repository.page(new AuditFilter("audit-1", null, null, null, null, null), 0, 1000);
          assertEquals(last, rows.size());
          AuditRow assigned = rows.stream().filter(r -> r.type().equals("SessionAssigned")).findFirst().orElseThrow();
          assertEquals("audit-1.sam.x", assigned.sessionId());
          assertEquals("sam", assigned.traineeId());
          AuditRow enrolled = rows.stream().filter(r -> r.type().equals("TraineeEnrolled")).findFirst().orElseThrow();
          assertEquals(null, enrolled.sessionId());
          assertEquals(null, enrolled.hash());
        });
    assertTrue(noticeUpTo(audit, last));
    assertTrue(noticeUpTo(workshop, last));
  }

  /** The probe hears a notice that covers {@code position} (it may also hear an earlier one, or its settling one). */
  private static boolean noticeUpTo(TestProbe<Notices.Notice> probe, long position) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (probe.receiveMessage(Duration.ofSeconds(10)).position() >= position) return true;
    }
    return false;
  }

  @Test
  public void aSessionIsRecordedWhenItStartsAndScoredOnceWhenItEnds() throws Exception {
    String sessionId = "score-1.sam.refund";
    List<SessionEvent> session = db.session(sessionId, "score-1", "sam", "by-the-book");
    db.journal(ReadSideFixture.sessionPid(sessionId), session, List.of());
    List<SessionEvent> startAndEnd = List.of(session.get(0), session.get(session.size() - 1));
    List<EventEnvelope<SessionEvent>> envelopes = List.of(
        EventEnvelope.create(Offset.sequence(1), ReadSideFixture.sessionPid(sessionId), 1L, startAndEnd.get(0), 0L),
        EventEnvelope.create(Offset.sequence(session.size()), ReadSideFixture.sessionPid(sessionId),
            (long) session.size(), startAndEnd.get(1), 0L));
    TestProbe<Notices.Notice> notices = TestProbe.create(db.system);
    Notices.get(db.system).subscribe(Notices.session(sessionId), notices.getRef());

    SessionScorer scorer = new SessionScorer(ReadSideFixture.CATALOG, new LanguageToolChecker());
    JournalRepository journal = new JournalRepository(db.system, db.database.dataSource());
    kit.run(JdbcProjection.groupedWithin(id(ScoringProjection.NAME), source(envelopes),
        () -> new PooledJdbcSession(db.database.dataSource()),
        () -> new ScoringProjectionHandler(db.mapper, scorer, journal, Notices.get(db.system)), db.system), WITHIN,
        () -> {
          SessionRow row = new SessionRepository(db.database.dataSource()).get(sessionId).orElseThrow();
          SessionEvent.SessionEnded ended = (SessionEvent.SessionEnded) startAndEnd.get(1);
          assertEquals("score-1", row.workshopId());
          assertEquals(ReadSideFixture.REFUND.title(), row.scenarioTitle());
          assertEquals(ended.outcome(), row.outcome());
          assertEquals(Long.valueOf(session.size()), row.events());
          StoredScore score = new ScoreRepository(db.database.dataSource(), db.mapper).get(sessionId, null, null)
              .orElseThrow();
          assertEquals(ReadSideFixture.POLICY.rules().size(), score.verdicts().size());
          assertEquals(ended.outcome(), score.outcome());
          List<TraineeKpi> kpis = new KpiRepository(db.database.dataSource()).forWorkshop("score-1", "default",
              ReadSideFixture.POLICY.version());
          assertEquals(1, kpis.size());
          assertEquals(1, kpis.get(0).sessions());
        });
    assertTrue(noticeUpTo(notices, session.size()));
  }

  @Test
  public void reviewEventsWriteTheReviewTablesAndMakeTheSessionsScoresFinal() throws Exception {
    String sessionId = "review-1.lee.refund";
    List<SessionEvent> session = db.session(sessionId, "review-1", "lee", "reactive");
    SessionEvent.SessionStarted started = (SessionEvent.SessionStarted) session.get(0);
    SessionEvent.SessionEnded ended = (SessionEvent.SessionEnded) session.get(session.size() - 1);
    SessionScorer scorer = new SessionScorer(ReadSideFixture.CATALOG, new LanguageToolChecker());
    SessionScore machine = scorer.score(session, ReadSideFixture.POLICY).score();
    String rule = machine.verdicts().stream().filter(v -> v.failed() && !v.critical()).findFirst().orElseThrow().id();
    try (Connection c = db.database.dataSource().getConnection()) {
      SessionRepository.started(c, started);
      SessionRepository.ended(c, ended);
      KpiRepository.add(c, "review-1", "lee", ScoreRepository.save(c, db.mapper, sessionId, machine, ended.at(),
          ReadSideFixture.POLICY.passMark()), true);
    }
    java.time.Instant t = ReadSideFixture.T0.plusSeconds(3600);
    List<ReviewEntity.Event> events = List.of(
        new ReviewEntity.DisputeOpened(sessionId, "review-1", "lee", t, "lee", "d1", rule, "fail", "I did", null, null),
        new ReviewEntity.DisputeAccepted(sessionId, "review-1", "lee", t.plusSeconds(60), "tok-trainer", "trainer",
            "d1", rule, "fail", "fail", "pass", "fair point", null, null),
        new ReviewEntity.ReviewCommentAdded(sessionId, "review-1", "lee", t.plusSeconds(90), "tok-trainer", "trainer",
            2L, null, "nice", null, null));
    List<EventEnvelope<Object>> envelopes = new ArrayList<>(envelopes("Review|" + sessionId, events, 1));
    envelopes.add(EventEnvelope.create(Offset.sequence(4), "Calibration|cal-1", 1L,
        new CalibrationEntity.CalibrationCreated("cal-1", t, "tok-trainer", "Week 1", List.of(sessionId),
            List.of("ann", "bob"), List.of(rule), java.util.Map.of(sessionId, java.util.Map.of(rule, "fail")), null,
            null), 0L));
    kit.run(JdbcProjection.groupedWithin(id(ReviewProjection.NAME), source(envelopes),
        () -> new PooledJdbcSession(db.database.dataSource()),
        () -> new ReviewProjectionHandler(scorer, Notices.get(db.system)), db.system), WITHIN, () -> {
          StoredScore score = new ScoreRepository(db.database.dataSource(), db.mapper).get(sessionId, null, null)
              .orElseThrow();
          StoredScore.Verdict v = score.verdicts().stream().filter(x -> x.ruleId().equals(rule)).findFirst()
              .orElseThrow();
          assertEquals("pass", v.verdict());
          assertEquals("fail", v.machineVerdict());
          assertEquals("d1", v.override().disputeId());
          assertEquals(1, score.overridden());
          assertEquals(machine.score(), score.machineScore(), 1e-9);
          assertTrue(score.score() > machine.score());
          TraineeKpi kpi = new KpiRepository(db.database.dataSource()).forWorkshop("review-1", "default",
              ReadSideFixture.POLICY.version()).get(0);
          assertEquals(score.score(), kpi.scoreSum(), 1e-9);
          ReviewRepository.SessionReview review = new ReviewRepository(db.database.dataSource()).session(sessionId);
          assertEquals("accepted", review.disputes().get(0).status());
          assertEquals("pass", review.disputes().get(0).verdictAfter());
          assertEquals(1, review.comments().size());
          assertEquals(1, new ReviewRepository(db.database.dataSource()).calibrations(null).stream()
              .filter(k -> k.calibrationId().equals("cal-1")).count());
        });
  }

  @Test
  public void workshopEventsWriteTheWorkshopTables() throws Exception {
    List<WorkshopEntity.Event> events = workshop("ws-1");
    kit.run(JdbcProjection.groupedWithin(id(WorkshopProjection.NAME), source(envelopes("Workshop|ws-1", events, 1)),
        () -> new PooledJdbcSession(db.database.dataSource()),
        () -> new WorkshopProjectionHandler(Notices.get(db.system)), db.system), WITHIN, () -> {
          WorkshopRow w = new WorkshopRepository(db.database.dataSource()).get("ws-1").orElseThrow();
          assertEquals("Workshop", w.title());
          assertEquals("assessment", w.mode());
          assertEquals(List.of(ReadSideFixture.REFUND.id()), w.scenarios());
          assertEquals(List.of("ana", "sam"), w.trainees().stream().map(WorkshopRow.Trainee::traineeId).toList());
          assertEquals(List.of("ws-1.sam.x"), w.sessions().stream().map(WorkshopRow.Assignment::sessionId).toList());
          assertTrue(w.feedbackReleased());
          assertTrue(w.closed());
        });
  }
}
