package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.Offset;
import akka.persistence.query.PersistenceQuery;
import akka.persistence.query.Sequence;
import akka.stream.javadsl.Sink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import servicesim.policy.Policy;
import servicesim.policy.RuleSpec;
import servicesim.policy.rules.RuleEngine;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.writing.LanguageToolChecker;
import servicesim.readside.AuditRow;
import servicesim.readside.AuditVerifier;
import servicesim.readside.Rescorer;
import servicesim.readside.StoredScore;
import servicesim.scenario.Scenario;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.SessionSetup;
import servicesim.scenario.conversation.Transcripts;
import servicesim.scenario.conversation.VirtualRun;
import servicesim.simulation.WorkshopRunner;

/** What a run must guarantee on any database; each database's test runs it on its own node. */
final class EndToEndContract {

  static final String SCENARIO = "refund-defective-unit";

  private EndToEndContract() {}

  static Workshops.Result runSeedScenario(Node node) throws Exception {
    Workshops workshops = node.workshops();
    Scenario scenario = node.library().get(SCENARIO).orElseThrow();
    Workshops.Plan plan = workshops.plan(workshops.single(scenario, Optional.empty()));
    List<WorkshopRunner.Progress> seen = new ArrayList<>();
    Workshops.Result result = workshops.run(plan, seen::add).toCompletableFuture().get(2, TimeUnit.MINUTES);
    assertEquals(List.of(), result.failures());
    assertEquals(scenario.agents().size(), seen.size());
    assertTrue("projections caught up", node.awaitCatchUp(Duration.ofMinutes(2), lag -> { }));
    return result;
  }

  static void verify(Node node) throws Exception {
    Workshops.Result first = runSeedScenario(node);
    String workshopId = first.workshopId();
    assertEquals(SCENARIO + "-1", workshopId);
    Scenario scenario = node.library().get(SCENARIO).orElseThrow();
    Policy policy = node.policies().defaultPolicy();

    // every interaction of every session is in the journal and in the audit trail, in order
    long journalEvents = count(node, "SELECT COUNT(*) FROM event_journal");
    assertEquals(missing(node), journalEvents, node.readSide().audit().count());
    for (String agent : scenario.agents().keySet()) {
      String sessionId = Workshops.sessionId(workshopId, agent, SCENARIO);
      List<AuditRow> trail = node.readSide().audit().session(sessionId);
      assertEquals(count(node, "SELECT COUNT(*) FROM event_journal WHERE persistence_id = 'Session|" + sessionId + "'"),
          trail.size());
      for (int i = 0; i < trail.size(); i++) assertEquals(i + 1, trail.get(i).seqNr());
      for (int i = 1; i < trail.size(); i++) assertTrue(trail.get(i).ordering() > trail.get(i - 1).ordering());
      assertEquals("SessionStarted", trail.get(0).type());
      assertEquals("SessionEnded", trail.get(trail.size() - 1).type());

      // the score comes from the projection and equals the rule engine's judgement of the same run
      StoredScore stored = node.readSide().scores().get(sessionId, null, null).orElseThrow();
      SessionScore expected = reference(scenario, agent, policy, trail.get(0).occurredAt());
      assertEquals(agent, expected.score(), stored.score(), 0.0001);
      assertEquals(expected.passed(), stored.passed());
      assertEquals(expected.verdicts().size(), stored.verdicts().size());
      for (int i = 0; i < expected.verdicts().size(); i++) {
        RuleVerdict e = expected.verdicts().get(i);
        StoredScore.Verdict s = stored.verdicts().get(i);
        assertEquals(agent + "/" + e.id(), e.verdict().id(), s.verdict());
        assertEquals(agent + "/" + e.id(), e.evidence(), s.evidence());
      }
    }
    servicesim.readside.AuditVerifier.Report verified = node.readSide().verifier().verifyAll(s -> { });
    assertTrue(TamperEvidenceContract.lines(verified), verified.intact());
    eventsByTagReadsEveryTaggedEventAfterAnOffset(node);

    // running it again adds a second workshop and keeps the first one's sessions
    Workshops.Result second = runSeedScenario(node);
    assertEquals(SCENARIO + "-2", second.workshopId());
    assertEquals(scenario.agents().size(), node.readSide().sessions().byWorkshop(workshopId).size());
    assertEquals(scenario.agents().size(), node.readSide().sessions().byWorkshop(second.workshopId()).size());

    rescoreKeepsBothVersions(node, workshopId, policy);
    tamperingIsReported(node, workshopId);
  }

  /** The read journal as the projections ask it: every event of a tag after an offset, in journal order. */
  private static void eventsByTagReadsEveryTaggedEventAfterAnOffset(Node node) throws Exception {
    JdbcReadJournal journal = PersistenceQuery.get(node.system())
        .getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
    List<String> tags = strings(node, "SELECT DISTINCT tag FROM event_tag ORDER BY tag");
    assertTrue(tags.toString(), tags.size() >= 3);
    for (String tag : tags) {
      List<Long> all = eventIds(node, tag, 0);
      for (long offset : List.of(0L, all.get(all.size() / 2), all.get(all.size() - 1))) {
        List<Long> read = journal.currentEventsByTag(tag, Offset.sequence(offset))
            .map(e -> ((Sequence) e.offset()).value())
            .runWith(Sink.seq(), node.system()).toCompletableFuture().get(1, TimeUnit.MINUTES);
        assertEquals(tag + " after " + offset, eventIds(node, tag, offset), read);
      }
    }
  }

  private static List<Long> eventIds(Node node, String tag, long after) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Connection c = node.database().dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT event_id FROM event_tag WHERE tag = ? AND event_id > ? "
            + "ORDER BY event_id")) {
      ps.setString(1, tag);
      ps.setLong(2, after);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  private static List<String> strings(Node node, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = node.database().dataSource().getConnection(); var st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  private static void rescoreKeepsBothVersions(Node node, String workshopId, Policy policy) {
    List<RuleSpec> rules = new ArrayList<>();
    for (RuleSpec r : policy.rules()) rules.add(r.id().equals("greeting") ? r.withWeight(40) : r);
    Policy v2 = new Policy(policy.id(), policy.version() + 1, policy.title(), policy.passMark(), rules, policy.goals(),
        policy.outcomes(), policy.reactions(), policy.lexiconDirectory(), policy.lexicons(), policy.sha256());
    // as rescore does: the new version is known to the catalog, so its scores can be verified
    node.catalog().loaded().add(v2);
    Rescorer.Result result = node.readSide().rescorer().rescore(v2, java.time.Instant.now(), s -> { });
    assertEquals(List.of(), result.failures());
    assertEquals(node.readSide().sessions().countEnded(), result.scored());
    String lee = Workshops.sessionId(workshopId, "reactive", SCENARIO);
    StoredScore old = node.readSide().scores().get(lee, policy.id(), policy.version()).orElseThrow();
    StoredScore rescored = node.readSide().scores().get(lee, policy.id(), v2.version()).orElseThrow();
    assertNotEquals("a heavier greeting rule changes the score of an agent who failed it", old.score(),
        rescored.score());
    assertEquals(2, node.readSide().scores().versions(lee).size());
    Rescorer.Result again = node.readSide().rescorer().rescore(v2, java.time.Instant.now(), s -> { });
    assertEquals(0, again.scored());
  }

  private static void tamperingIsReported(Node node, String workshopId) throws Exception {
    AuditVerifier verifier = node.readSide().verifier();
    String pat = Workshops.sessionId(workshopId, "policy-bound", SCENARIO);
    String sam = Workshops.sessionId(workshopId, "by-the-book", SCENARIO);
    try (Connection c = node.database().dataSource().getConnection()) {
      byte[] payload;
      try (PreparedStatement ps = c.prepareStatement("SELECT event_payload FROM event_journal WHERE persistence_id = ? "
          + "AND sequence_number = 4")) {
        ps.setString(1, "Session|" + pat);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          payload = rs.getBytes(1);
        }
      }
      String json = new String(payload, java.nio.charset.StandardCharsets.UTF_8);
      String altered = json.replaceFirst("\"text\":\"[^\"]*\"", "\"text\":\"I was polite all along.\"");
      assertNotEquals(json, altered);
      try (PreparedStatement ps = c.prepareStatement("UPDATE event_journal SET event_payload = ? WHERE persistence_id = ? "
          + "AND sequence_number = 4")) {
        ps.setBytes(1, altered.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ps.setString(2, "Session|" + pat);
        assertEquals(1, ps.executeUpdate());
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE audit_events SET payload = REPLACE(payload, 'Sam', 'Bob') "
          + "WHERE session_id = ? AND seq_nr = 2")) {
        ps.setString(1, sam);
        assertEquals(1, ps.executeUpdate());
      }
    }
    AuditVerifier.Report journal = verifier.verifySession(pat);
    assertFalse(journal.intact());
    assertEquals(4, journal.findings().get(0).seqNr());
    assertEquals("journal", journal.findings().get(0).where());
    AuditVerifier.Report trail = verifier.verifySession(sam);
    assertEquals(2, trail.findings().get(0).seqNr());
    assertEquals("audit trail", trail.findings().get(0).where());
    AuditVerifier.Report all = verifier.verifyAll(s -> { });
    assertTrue(TamperEvidenceContract.lines(all), all.findings().stream()
        .allMatch(f -> pat.equals(f.sessionId()) || sam.equals(f.sessionId())));
    assertTrue(all.findings().stream().anyMatch(f -> pat.equals(f.sessionId()) && f.seqNr() == 4));
    assertTrue(all.findings().stream().anyMatch(f -> sam.equals(f.sessionId()) && f.seqNr() == 2));
  }

  private static SessionScore reference(Scenario scenario, String agent, Policy policy, java.time.Instant start) {
    var script = scenario.agent(agent).orElseThrow();
    Conversation c = new Conversation(scenario, policy,
        SessionSetup.scripted("ref", "ref", script.key(), script.name(), scenario, policy, script));
    VirtualRun.Result run = VirtualRun.run(c, new AgentReplay(c, script), start);
    return new RuleEngine(policy, new LanguageToolChecker()).score(Transcripts.of(scenario, run.started(),
        run.events()));
  }

  private static long count(Node node, String sql) throws Exception {
    try (Connection c = node.database().dataSource().getConnection(); var st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Journal events without an audit row, for the failure message. */
  static String missing(Node node) throws Exception {
    StringBuilder b = new StringBuilder("journal events missing from the audit trail:");
    try (Connection c = node.database().dataSource().getConnection(); var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT j.ordering, j.persistence_id, j.sequence_number, "
            + "(SELECT COUNT(*) FROM event_tag t WHERE t.event_id = j.ordering) AS tags FROM event_journal j "
            + "WHERE NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.ordering = j.ordering) ORDER BY j.ordering")) {
      while (rs.next()) {
        b.append(' ').append(rs.getLong(1)).append('=').append(rs.getString(2)).append('#').append(rs.getLong(3))
            .append(" tags:").append(rs.getLong(4));
      }
    }
    return b.toString();
  }
}
