package servicesim.readside;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;
import servicesim.policy.rules.RuleEngine;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.writing.LanguageToolChecker;
import servicesim.scenario.conversation.Transcripts;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * The SQL of every repository, run against a real database: {@link H2RepositoriesTest} and
 * {@link PostgresRepositoriesTest} hold the same contract on each.
 */
public abstract class RepositoriesContract extends JUnitSuite {

  protected abstract ReadSideFixture db();

  private static final Instant T0 = ReadSideFixture.T0;

  private static AuditRow row(long ordering, String session, String workshop, String trainee, String type, Instant at) {
    return new AuditRow(ordering, "Session|" + session, ordering, type, session, workshop, trainee, at, "{\"n\":"
        + ordering + "}", "p" + ordering, "h" + ordering);
  }

  @Test
  public void theAuditTrailPagesByCursorUnderEveryFilter() throws Exception {
    String w = "audit-" + System.nanoTime();
    AuditRepository audit = new AuditRepository(db().database.dataSource());
    long base = audit.maxOrdering();
    List<AuditRow> rows = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      rows.add(row(base + i, w + (i % 2 == 0 ? ".ana.s" : ".ben.s"), w, i % 2 == 0 ? "ana" : "ben",
          i % 3 == 0 ? "AgentMessageSent" : "CustomerMessageSent", T0.plusSeconds(i)));
    }
    try (Connection c = db().database.dataSource().getConnection()) {
      AuditRepository.insert(c, rows);
    }
    assertEquals(base + 30, audit.maxOrdering());
    AuditFilter all = new AuditFilter(w, null, null, null, null, null);
    List<AuditRow> first = audit.page(all, 0, 10);
    assertEquals(rows.subList(0, 10), first);
    assertEquals(rows.subList(10, 20), audit.page(all, first.get(9).ordering(), 10));
    assertEquals(15, audit.page(new AuditFilter(w, "ana", null, null, null, null), 0, 100).size());
    assertEquals(15, audit.page(new AuditFilter(null, null, w + ".ben.s", null, null, null), 0, 100).size());
    assertEquals(10, audit.page(new AuditFilter(w, null, null, "AgentMessageSent", null, null), 0, 100).size());
    assertEquals(10, audit.page(new AuditFilter(w, null, null, null, T0.plusSeconds(11), T0.plusSeconds(21)), 0, 100)
        .size());
    assertEquals(15, audit.session(w + ".ana.s").size());
    assertEquals(rows.get(4), audit.byOrdering(base + 5).orElseThrow());
    List<AuditRow> seen = new ArrayList<>();
    assertEquals(30, audit.forEach(all, 7, seen::add));
    assertEquals(rows, seen);
  }

  @Test
  public void sessionsScoresAndKpisAreWrittenAndReadBack() throws Exception {
    String w = "scored-" + System.nanoTime();
    List<SessionEvent> events = db().session(w + ".sam.refund", w, "sam", "by-the-book");
    SessionEvent.SessionStarted started = (SessionEvent.SessionStarted) events.get(0);
    SessionEvent.SessionEnded ended = (SessionEvent.SessionEnded) events.get(events.size() - 1);
    SessionScore score = new RuleEngine(ReadSideFixture.POLICY, new LanguageToolChecker())
        .score(Transcripts.of(ReadSideFixture.REFUND, started, events.subList(1, events.size())));
    List<SessionEvent> other = db().session(w + ".ana.refund", w, "ana", "reactive");
    try (Connection c = db().database.dataSource().getConnection()) {
      SessionRepository.started(c, started);
      SessionRepository.ended(c, ended);
      SessionRepository.started(c, (SessionEvent.SessionStarted) other.get(0));
      assertFalse(ScoreRepository.exists(c, started.sessionId(), "default", ReadSideFixture.POLICY.version()));
      ScoreRepository.save(c, db().mapper, started.sessionId(), score, ended.at(), ReadSideFixture.POLICY.passMark());
      assertTrue(ScoreRepository.exists(c, started.sessionId(), "default", ReadSideFixture.POLICY.version()));
      KpiRepository.add(c, w, "sam", score, true);
      KpiRepository.add(c, w, "sam", score, true);
    }

    SessionRepository sessions = new SessionRepository(db().database.dataSource());
    SessionRow row = sessions.get(started.sessionId()).orElseThrow();
    assertEquals("sam", row.traineeId());
    assertEquals(ended.outcome(), row.outcome());
    assertEquals(Long.valueOf(ended.seqNr()), row.events());
    assertTrue(row.ended());
    assertEquals(2, sessions.byWorkshop(w).size());
    assertEquals(List.of(started.sessionId()), sessions.byTrainee("sam").stream().map(SessionRow::sessionId)
        .filter(id -> id.startsWith(w)).toList());
    assertTrue(sessions.unended("virtual").stream().anyMatch(r -> r.sessionId().equals(w + ".ana.refund")));
    assertTrue(sessions.endedIds("", 100_000).contains(started.sessionId()));
    assertTrue(sessions.countEnded() >= 1);

    ScoreRepository scores = new ScoreRepository(db().database.dataSource(), db().mapper);
    StoredScore stored = scores.get(started.sessionId(), null, null).orElseThrow();
    assertEquals(score.score(), stored.score(), 0.0001);
    assertEquals(score.verdicts().size(), stored.verdicts().size());
    assertEquals(score.verdicts().get(0).evidence().size(), stored.verdicts().get(0).evidence().size());
    assertEquals(1, scores.versions(started.sessionId()).size());
    assertEquals(1, scores.forWorkshop(w, "default", ReadSideFixture.POLICY.version()).size());
    assertEquals(score.verdicts().size(), scores.ruleCounts(w, "default", ReadSideFixture.POLICY.version()).size());

    KpiRepository kpis = new KpiRepository(db().database.dataSource());
    assertEquals(2, kpis.forWorkshop(w, "default", ReadSideFixture.POLICY.version()).get(0).sessions());
    assertEquals(2, kpis.workshopTotal(w, "default", ReadSideFixture.POLICY.version()).sessions());
  }

  @Test
  public void overridesMakeFinalVerdictsBesideTheMachinesAndTheAggregatesCountThem() throws Exception {
    String w = "reviewed-" + System.nanoTime();
    List<SessionEvent> events = db().session(w + ".lee.refund", w, "lee", "reactive");
    SessionEvent.SessionStarted started = (SessionEvent.SessionStarted) events.get(0);
    SessionEvent.SessionEnded ended = (SessionEvent.SessionEnded) events.get(events.size() - 1);
    SessionScore machine = new RuleEngine(ReadSideFixture.POLICY, new LanguageToolChecker())
        .score(Transcripts.of(ReadSideFixture.REFUND, started, events.subList(1, events.size())));
    String failed = machine.verdicts().stream().filter(v -> v.failed() && !v.critical()).findFirst().orElseThrow().id();
    String sessionId = started.sessionId();
    int version = ReadSideFixture.POLICY.version();
    double mark = ReadSideFixture.POLICY.passMark();
    try (Connection c = db().database.dataSource().getConnection()) {
      SessionRepository.started(c, started);
      SessionRepository.ended(c, ended);
      KpiRepository.add(c, w, "lee", ScoreRepository.save(c, db().mapper, sessionId, machine, ended.at(), mark), true);
      ReviewRepository.override(c, new StoredOverride(sessionId, failed, "fail", "fail", "pass", "said it in Urdu",
          "tok-trainer", "trainer", null, T0));
      List<ScoreRepository.Refinalized> changed = ScoreRepository.refinalize(c, sessionId,
          ReviewRepository.overrides(c, sessionId), (id, v) -> java.util.Optional.of(mark));
      assertEquals(1, changed.size());
      for (ScoreRepository.Refinalized r : changed) KpiRepository.replace(c, w, "lee", r.before(), r.after());
      ReviewRepository.comment(c, new ReviewRepository.Comment(sessionId, 2, 3L, null, "good recovery", "tok-trainer",
          "trainer", T0));
      ReviewRepository.disputeOpened(c, new ReviewRepository.Dispute(sessionId, "d1", w, "lee", "courtesy", "pass",
          "I was polite", T0, "open", null, null, null, null));
      ReviewRepository.disputeDecided(c, sessionId, "d1", "rejected", "tok-trainer", "it was", null, T0);
      ReviewRepository.invited(c, sessionId, "tok-rev", "tok-trainer", T0);
      ReviewRepository.calibrationCreated(c, w + "-cal", "Week 1", "tok-trainer", T0, List.of(sessionId), 20,
          List.of("ann", "bob"));
      ReviewRepository.calibrationScored(c, w + "-cal", "ann");
    }
    ScoreRepository scores = new ScoreRepository(db().database.dataSource(), db().mapper);
    StoredScore stored = scores.get(sessionId, null, null).orElseThrow();
    assertEquals(machine.score(), stored.machineScore(), 1e-9);
    assertTrue(stored.score() > stored.machineScore());
    assertEquals(1, stored.overridden());
    StoredScore.Verdict v = stored.verdicts().stream().filter(x -> x.ruleId().equals(failed)).findFirst().orElseThrow();
    assertEquals("pass", v.verdict());
    assertEquals("fail", v.machineVerdict());
    assertEquals("tok-trainer", v.override().by());
    assertFalse(v.override().machineChanged());
    StoredScore inWorkshop = scores.forWorkshop(w, "default", version).get(0);
    assertEquals(stored.score(), inWorkshop.score(), 1e-9);
    assertEquals("said it in Urdu", inWorkshop.verdicts().stream().filter(x -> x.ruleId().equals(failed)).findFirst()
        .orElseThrow().override().reason());
    ScoreRepository.RuleCount count = scores.ruleCounts(w, "default", version).stream()
        .filter(r -> r.ruleId().equals(failed)).findFirst().orElseThrow();
    assertEquals(1, count.passed());
    TraineeKpi kpi = new KpiRepository(db().database.dataSource()).forWorkshop(w, "default", version).get(0);
    assertEquals(stored.score(), kpi.scoreSum(), 1e-9);
    assertEquals(stored.passed() ? 1 : 0, kpi.passed());

    ReviewRepository reviews = new ReviewRepository(db().database.dataSource());
    ReviewRepository.SessionReview review = reviews.session(sessionId);
    assertEquals(1, review.overrides().size());
    assertEquals(Long.valueOf(3), review.comments().get(0).eventSeqNr());
    assertEquals("rejected", review.disputes().get(0).status());
    assertEquals("it was", review.disputes().get(0).reason());
    assertEquals("tok-rev", review.reviewers().get(0).reviewerId());
    assertTrue(reviews.invited(sessionId, "tok-rev"));
    assertEquals(1, reviews.disputes("rejected", w, 10).size());
    assertEquals(0, reviews.disputes("open", w, 10).size());
    ReviewRepository.Calibration cal = reviews.calibrations("ann").stream()
        .filter(k -> k.calibrationId().equals(w + "-cal")).findFirst().orElseThrow();
    assertEquals(java.util.Map.of("ann", 1, "bob", 0), cal.scored());
    assertEquals(1, cal.sessions());
    assertTrue(reviews.mayRead(sessionId, "bob"));
    assertTrue(reviews.mayRead(sessionId, "tok-rev"));
    assertFalse(reviews.mayRead(sessionId, "cyd"));
    assertTrue(reviews.calibrations("cyd").stream().noneMatch(k -> k.calibrationId().equals(w + "-cal")));
  }

  @Test
  public void workshopEventsMakeTheWorkshopRows() throws Exception {
    String w = "tables-" + System.nanoTime();
    try (Connection c = db().database.dataSource().getConnection()) {
      WorkshopRepository.apply(c, new WorkshopEntity.WorkshopCreated(w, T0, "tables", "Tables", "default", 1,
          "practice", List.of("a", "b"), "sha", null, null, null));
      WorkshopRepository.apply(c, new WorkshopEntity.TraineeEnrolled(w, T0, "ana", "Ana", null, true, null, null));
      WorkshopRepository.apply(c, new WorkshopEntity.SessionAssigned(w, T0, w + ".ana.a", "ana", "a", null, null));
    }
    WorkshopRepository workshops = new WorkshopRepository(db().database.dataSource());
    WorkshopRow row = workshops.get(w).orElseThrow();
    assertEquals(List.of("a", "b"), row.scenarios());
    assertEquals(List.of(new WorkshopRow.Trainee("ana", "Ana", null, true)), row.trainees());
    assertEquals(List.of(new WorkshopRow.Assignment(w + ".ana.a", "ana", "a")), row.sessions());
    assertFalse(row.closed());
    assertTrue(workshops.all().stream().anyMatch(r -> r.workshopId().equals(w)));
    try (Connection c = db().database.dataSource().getConnection()) {
      WorkshopRepository.apply(c, new WorkshopEntity.RunStarted(w, T0.plusSeconds(1), "node-a", 3, null, null));
      WorkshopRepository.apply(c, new WorkshopEntity.RunStarted(w, T0.plusSeconds(2), "node-b", 3, null, null));
    }
    assertEquals(new WorkshopRow.Run("node-b", 3, T0.plusSeconds(2), null, List.of()), workshops.run(w).orElseThrow());
    try (Connection c = db().database.dataSource().getConnection()) {
      WorkshopRepository.apply(c, new WorkshopEntity.RunFinished(w, T0.plusSeconds(4), "node-b", List.of("x: y", "z"), null, null));
      WorkshopRepository.apply(c, new WorkshopEntity.WorkshopClosed(w, T0.plusSeconds(5), "done", null, null));
    }
    assertEquals(new WorkshopRow.Run("node-b", 3, T0.plusSeconds(2), T0.plusSeconds(4), List.of("x: y", "z")),
        workshops.run(w).orElseThrow());
    assertTrue(workshops.get(w).orElseThrow().closed());
  }

  @Test
  public void runNumbersFollowTheJournalAndAreNeverGivenTwice() {
    String file = "numbers-" + System.nanoTime();
    WorkshopRepository workshops = new WorkshopRepository(db().database.dataSource());
    assertEquals(4, workshops.nextRunNumber(file, 3));
    assertEquals(5, workshops.nextRunNumber(file, 3));
    assertEquals(6, workshops.nextRunNumber(file, 0));
    assertEquals(1, workshops.nextRunNumber(file + "-other", 0));
  }

  @Test
  public void tokensAreFoundByTheirSecretAndStoredOnlyAsAHash() {
    TokenRepository tokens = new TokenRepository(db().database.dataSource());
    long before = tokens.count();
    String secret = tokens.create("trainee", "ana", T0, "test");
    assertEquals(before + 1, tokens.count());
    TokenRepository.StoredToken found = tokens.find(secret).orElseThrow();
    assertEquals("trainee", found.role());
    assertEquals("ana", found.traineeId());
    assertTrue(tokens.find(secret + "x").isEmpty());
  }

  @Test
  public void scenarioAndPolicyVersionsAreKeptByContent() throws Exception {
    VersionRepository versions = new VersionRepository(db().database.dataSource(), db().mapper);
    versions.registerScenario(ReadSideFixture.REFUND, T0);
    versions.registerScenario(ReadSideFixture.REFUND, T0);
    assertTrue(versions.scenarioContent(ReadSideFixture.REFUND.sha256()).orElseThrow().contains("refund-defective-unit"));
    Path policyFile = Home.policies().resolve("default.yaml");
    versions.registerPolicy(ReadSideFixture.POLICY, policyFile, T0);
    versions.registerPolicy(ReadSideFixture.POLICY, policyFile, T0);
    VersionRepository.StoredPolicy policy = versions.policy("default", ReadSideFixture.POLICY.version()).orElseThrow();
    assertFalse(policy.lexicons().isEmpty());
    assertTrue(versions.policyVersions().stream().anyMatch(v -> v[0].equals("default")));
  }

  @Test
  public void theJournalIsReadByEntityByTagAndAsStored() throws Exception {
    String w = "journal-" + System.nanoTime();
    String sessionId = w + ".sam.refund";
    List<SessionEvent> events = db().session(sessionId, w, "sam", "by-the-book");
    String tag = new SessionEntity.Tags(4).scoringTagOf(w, "sam");
    List<Long> orderings = db().journal(ReadSideFixture.sessionPid(sessionId), events, List.of(tag));
    JournalRepository journal = new JournalRepository(db().system, db().database.dataSource());

    try (Connection c = db().database.dataSource().getConnection()) {
      assertEquals(events, journal.sessionEvents(c, sessionId));
      List<JournalRepository.StoredEvent> stored = JournalRepository.stored(c, ReadSideFixture.sessionPid(sessionId));
      assertEquals(orderings, stored.stream().map(JournalRepository.StoredEvent::ordering).toList());
      assertEquals(db().mapper.readTree(db().mapper.writeValueAsString(events.get(1))),
          db().mapper.readTree(JournalRepository.json(stored.get(1).payload())));
    }
    assertEquals(events.subList(3, events.size()),
        journal.sessionEvents(sessionId, 4).toCompletableFuture().get(30, TimeUnit.SECONDS));
    assertEquals(List.of(sessionId), journal.entityIds(SessionEntity.ENTITY_KEY.name(), w));
    assertTrue(journal.sessionIds().contains(sessionId));
    assertTrue(journal.sessionCount() >= 1);
    assertEquals(events.size() - 2, journal.taggedAfter(tag, orderings.get(1)));
  }

  /** A checker that flags "teh" and counts how often it is asked. */
  private static final class CountingChecker implements servicesim.policy.writing.WritingChecker {
    final java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
    final String version = "counting-" + System.nanoTime();

    public java.util.Optional<List<servicesim.policy.writing.WritingIssue>> check(String language, List<String> variants,
        String text, java.util.Set<String> knownWords) {
      checks.incrementAndGet();
      int at = text.indexOf("teh");
      return java.util.Optional.of(at < 0 ? List.of() : List.of(new servicesim.policy.writing.WritingIssue(at, at + 3,
          "teh", "Possible spelling mistake found.", List.of("the"), "SPELLER")));
    }

    public java.util.Set<String> languages() {
      return java.util.Set.of("en");
    }

    public String version() {
      return version;
    }
  }

  @Test
  public void writingFindingsAreKeptByTextAndVersion() {
    CountingChecker checker = new CountingChecker();
    StoredWritingChecks stored = new StoredWritingChecks(db().database.dataSource(), db().mapper, checker);
    String text = "Thank you for teh email.";
    assertFalse(stored.allChecked("en", List.of(text)));
    var first = stored.check("en", List.of("en-GB"), text, java.util.Set.of("Ana"));
    assertEquals(1, checker.checks.get());
    assertEquals("teh", first.orElseThrow().get(0).text());
    assertEquals(List.of("the"), first.orElseThrow().get(0).suggestions());
    // another process on the same database: the stored findings, without checking again
    StoredWritingChecks again = new StoredWritingChecks(db().database.dataSource(), db().mapper, checker);
    assertEquals(first, again.check("en", List.of("en-GB"), text, java.util.Set.of("Ana")));
    assertEquals(1, checker.checks.get());
    assertTrue(again.allChecked("en", List.of(text)));
    assertFalse(again.allChecked("en", List.of(text, "Another line.")));
    // other names, other variants or another checker version are other checks
    again.check("en", List.of("en-GB"), text, java.util.Set.of("Ben"));
    again.check("en", List.of("en-US"), text, java.util.Set.of("Ana"));
    assertEquals(3, checker.checks.get());
    CountingChecker newer = new CountingChecker();
    assertFalse(new StoredWritingChecks(db().database.dataSource(), db().mapper, newer).allChecked("en", List.of(text)));
    assertEquals(java.util.Optional.empty(), again.check("xx", List.of(), text, java.util.Set.of()));
  }
}
