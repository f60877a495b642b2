package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import servicesim.ledger.Checkpoint;
import servicesim.ledger.LedgerKey;
import servicesim.readside.AuditVerifier;
import servicesim.simulation.HashChain;

/**
 * What an insider with write access to the database does to hide or change history, and what verification says of
 * it: each case is done to its own session of three runs of the seed scenario, then the whole database is verified
 * without and with a checkpoint taken before. One untouched session must stay without findings.
 */
final class TamperEvidenceContract {

  private TamperEvidenceContract() {}

  static final String SCENARIO = EndToEndContract.SCENARIO;

  /** Sessions of the three runs, one per tamper case. */
  record Cases(String wholeSessionDeleted, String lastEventDeleted, String auditColumnsEdited, String rechained,
      String middleRowDeleted, String scoreEdited, String workshopEdited, String untouched) {

    static Cases of(List<String> workshops) {
      return new Cases(id(workshops.get(0), "by-the-book"), id(workshops.get(0), "reactive"),
          id(workshops.get(0), "policy-bound"), id(workshops.get(1), "by-the-book"), id(workshops.get(1), "reactive"),
          id(workshops.get(1), "policy-bound"), workshops.get(2), id(workshops.get(2), "by-the-book"));
    }

    private static String id(String workshopId, String agent) {
      return Workshops.sessionId(workshopId, agent, SCENARIO);
    }
  }

  static void verify(Node node) throws Exception {
    List<String> workshops = new ArrayList<>();
    for (int i = 0; i < 3; i++) workshops.add(EndToEndContract.runSeedScenario(node).workshopId());
    Cases cases = Cases.of(workshops);
    AuditVerifier verifier = node.readSide().verifier();
    LedgerKey key = LedgerKey.loadOrCreate(Files.createTempDirectory("servicesim-key-").resolve(LedgerKey.FILE)).key();

    AuditVerifier.Report clean = verifier.verifyAll(s -> { });
    assertEquals(lines(clean), List.of(), clean.findings());
    assertEquals(9, clean.sessions());
    assertEquals(3, clean.workshops());
    Checkpoint checkpoint = Checkpoint.parse(verifier.checkpoint(key, node.clock().instant()).toJson(), "test");
    AuditVerifier.Report proven = verifier.verifyAll(Optional.of(checkpoint), key.publicKey(), s -> { });
    assertEquals(lines(proven), List.of(), proven.findings());
    assertTrue(proven.checkpoint().orElseThrow().signed());
    assertTrue(proven.checkpoint().orElseThrow().consistent());

    tamper(node, cases);

    AuditVerifier.Report report = verifier.verifyAll(s -> { });
    String all = lines(report);
    // a whole session gone from the journal and every read model: its workshop still says it was played
    assertHas(all, report, cases.wholeSessionDeleted(), "journal", 0, r -> r.contains("no events in the journal"));
    // its last event gone from journal and audit trail: the session row and the score still say it ended
    assertHas(all, report, cases.lastEventDeleted(), "sessions", 0, r -> r.contains("no SessionEnded"));
    assertHas(all, report, cases.lastEventDeleted(), "scores", 0, r -> r.contains("no SessionEnded"));
    // audit-trail columns no longer what the journal's events say
    assertHas(all, report, cases.auditColumnsEdited(), "audit trail", 2, r -> r.contains("trainee_id is 'mallory'"));
    assertHas(all, report, cases.auditColumnsEdited(), "audit trail", 3, r -> r.contains("workshop_id is 'elsewhere'"));
    assertHas(all, report, cases.auditColumnsEdited(), "audit trail", 4, r -> r.contains("event_type is 'CustomerNudged'"));
    assertHas(all, report, cases.auditColumnsEdited(), "audit trail", 5, r -> r.contains("occurred_at is"));
    // one journal row gone from the middle: named, and the check goes on past it
    assertHas(all, report, cases.middleRowDeleted(), "journal", 5, r -> r.contains("event 5 is missing"));
    assertHas(all, report, cases.middleRowDeleted(), "audit trail", 5, r -> r.contains("not in the journal"));
    assertHas(all, report, cases.scoreEdited(), "scores", -1, r -> r.contains("score is 100.0"));
    assertHas(all, report, null, "journal", 2, r -> r.contains("was altered"));
    assertTrue(all, report.findings().stream().anyMatch(f -> f.entity().equals("workshop")
        && f.id().equals(cases.workshopEdited())));
    assertNone(all, report, cases.untouched());

    AuditVerifier.Report against = verifier.verifyAll(Optional.of(checkpoint), key.publicKey(), s -> { });
    String withCheckpoint = lines(against);
    assertTrue(against.checkpoint().orElseThrow().signed());
    assertFalse(against.checkpoint().orElseThrow().consistent());
    assertHas(withCheckpoint, against, cases.wholeSessionDeleted(), "checkpoint", 0,
        r -> r.contains("no events in the journal; the checkpoint saw"));
    assertHas(withCheckpoint, against, cases.lastEventDeleted(), "checkpoint", -1, r -> r.contains("is gone"));
    // rewritten and re-chained: the chain holds, the checkpoint's leaf for its last event does not
    assertHas(withCheckpoint, against, cases.rechained(), "checkpoint", -1,
        r -> r.contains("differs from the one the checkpoint signed"));
    assertHas(withCheckpoint, against, cases.middleRowDeleted(), "journal", 5, r -> r.contains("event 5 is missing"));
    assertTrue(withCheckpoint, against.findings().stream().anyMatch(f -> f.where().equals("checkpoint")
        && f.reason().contains("fewer than the " + checkpoint.treeSize() + " the checkpoint signed")));
    assertNone(withCheckpoint, against, cases.untouched());

    // a checkpoint changed after signing, or signed by another key, is not this installation's
    Checkpoint forged = new Checkpoint(checkpoint.treeSize() - 5, checkpoint.rootHash(), checkpoint.time(),
        checkpoint.heads(), checkpoint.keyId(), checkpoint.publicKey(), checkpoint.signature());
    AuditVerifier.Report forgedReport = verifier.verifyAll(Optional.of(forged), key.publicKey(), s -> { });
    assertFalse(forgedReport.checkpoint().orElseThrow().signed());
    LedgerKey other = LedgerKey.loadOrCreate(Files.createTempDirectory("servicesim-key-").resolve(LedgerKey.FILE))
        .key();
    AuditVerifier.Report foreign = verifier.verifyAll(Optional.of(checkpoint), other.publicKey(), s -> { });
    assertTrue(lines(foreign), foreign.findings().stream().anyMatch(f -> f.reason().contains("does not verify with "
        + "this installation's key")));

    // one session alone: the middle row's gap is named, nothing crashes
    AuditVerifier.Report one = verifier.verifySession(cases.middleRowDeleted());
    assertTrue(lines(one), one.findings().stream().anyMatch(f -> f.seqNr() == 5 && f.reason().contains("missing")));
  }

  static void tamper(Node node, Cases cases) throws Exception {
    ObjectMapper mapper = node.readSide().mapper();
    try (Connection c = node.database().dataSource().getConnection()) {
      // 1. a whole session: journal, audit trail, session row, scores
      String whole = cases.wholeSessionDeleted();
      update(c, 8, -1, "DELETE FROM event_journal WHERE persistence_id = ?", "Session|" + whole);
      update(c, 8, -1, "DELETE FROM audit_events WHERE persistence_id = ?", "Session|" + whole);
      update(c, 1, 1, "DELETE FROM sessions WHERE session_id = ?", whole);
      update(c, 1, -1, "DELETE FROM rule_verdicts WHERE session_id = ?", whole);
      update(c, 1, 1, "DELETE FROM session_scores WHERE session_id = ?", whole);

      // 2. a session's last event, from the journal and the audit trail
      String last = cases.lastEventDeleted();
      long lastSeqNr = single(c, "SELECT MAX(sequence_number) FROM event_journal WHERE persistence_id = ?",
          "Session|" + last);
      update(c, 1, 1, "DELETE FROM event_journal WHERE persistence_id = ? AND sequence_number = ?", "Session|" + last,
          lastSeqNr);
      update(c, 1, 1, "DELETE FROM audit_events WHERE persistence_id = ? AND seq_nr = ?", "Session|" + last,
          lastSeqNr);

      // 3. audit-trail columns: who, which workshop, what, when
      String columns = "Session|" + cases.auditColumnsEdited();
      update(c, 1, 1, "UPDATE audit_events SET trainee_id = 'mallory' WHERE persistence_id = ? AND seq_nr = 2", columns);
      update(c, 1, 1, "UPDATE audit_events SET workshop_id = 'elsewhere' WHERE persistence_id = ? AND seq_nr = 3",
          columns);
      update(c, 1, 1, "UPDATE audit_events SET event_type = 'CustomerNudged' WHERE persistence_id = ? AND seq_nr = 4",
          columns);
      update(c, 1, 1, "UPDATE audit_events SET occurred_at = occurred_at + INTERVAL '1' DAY WHERE persistence_id = ? "
          + "AND seq_nr = 5", columns);

      // 4. an agent's words rewritten and the chain recomputed from there, in the journal and the audit trail
      rechain(c, mapper, "Session|" + cases.rechained());

      // 5. one journal row from the middle, the audit trail left as it was
      update(c, 1, 1, "DELETE FROM event_journal WHERE persistence_id = ? AND sequence_number = 5",
          "Session|" + cases.middleRowDeleted());

      // 6. a stored score
      update(c, 1, 1, "UPDATE session_scores SET score = 100 WHERE session_id = ?", cases.scoreEdited());

      // 7. a workshop's event edited in place (its enrolment of a trainee)
      String workshop = "Workshop|" + cases.workshopEdited();
      byte[] payload = bytes(c, "SELECT event_payload FROM event_journal WHERE persistence_id = ? AND "
          + "sequence_number = 2", workshop);
      String text = new String(payload, StandardCharsets.UTF_8);
      String edited = text.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Someone Else\"");
      assertFalse(text.equals(edited));
      update(c, 1, 1, "UPDATE event_journal SET event_payload = ? WHERE persistence_id = ? AND sequence_number = 2",
          edited.getBytes(StandardCharsets.UTF_8), workshop);
    }
  }

  /** Changes the first agent line's text and recomputes every hash after it, as someone who knows SHA-256 would. */
  private static void rechain(Connection c, ObjectMapper mapper, String persistenceId) throws Exception {
    HashChain chain = new HashChain(mapper);
    List<long[]> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT sequence_number FROM event_journal WHERE persistence_id = ? "
        + "ORDER BY sequence_number")) {
      ps.setString(1, persistenceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) rows.add(new long[] {rs.getLong(1)});
      }
    }
    String prev = HashChain.GENESIS;
    boolean changed = false;
    for (long[] row : rows) {
      long seqNr = row[0];
      ObjectNode json = (ObjectNode) mapper.readTree(bytes(c, "SELECT event_payload FROM event_journal WHERE "
          + "persistence_id = ? AND sequence_number = ?", persistenceId, seqNr));
      if (!changed && json.path("text").isTextual() && json.has("answered")) {
        json.put("text", "I do apologise, sir; a refund is on its way today.");
        changed = true;
      }
      json.put(HashChain.PREV_HASH, prev);
      String hash = chain.hash(prev, json);
      json.put(HashChain.HASH, hash);
      prev = hash;
      update(c, 1, 1, "UPDATE event_journal SET event_payload = ? WHERE persistence_id = ? AND sequence_number = ?",
          mapper.writeValueAsBytes(json), persistenceId, seqNr);
      update(c, 1, 1, "UPDATE audit_events SET payload = ?, prev_hash = ?, hash = ? WHERE persistence_id = ? AND "
          + "seq_nr = ?", mapper.writeValueAsString(json), json.get(HashChain.PREV_HASH).asText(), hash, persistenceId,
          seqNr);
    }
    assertTrue("an agent line to rewrite", changed);
  }

  private static void assertHas(String all, AuditVerifier.Report report, String sessionId, String where, long seqNr,
      Predicate<String> reason) {
    assertTrue("expected a finding on " + sessionId + " in " + where + (seqNr >= 0 ? " at event " + seqNr : "")
        + ", got:\n" + all, report.findings().stream().anyMatch(f -> (sessionId == null || sessionId.equals(
        f.sessionId())) && f.where().equals(where) && (seqNr < 0 || f.seqNr() == seqNr) && reason.test(f.reason())));
  }

  private static void assertNone(String all, AuditVerifier.Report report, String sessionId) {
    assertTrue(sessionId + " was not touched:\n" + all, report.findings().stream()
        .noneMatch(f -> sessionId.equals(f.sessionId())));
  }

  static String lines(AuditVerifier.Report report) {
    StringBuilder b = new StringBuilder();
    report.findings().forEach(f -> b.append(f.line()).append('\n'));
    return b.toString();
  }

  private static void update(Connection c, int min, int max, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      int n = ps.executeUpdate();
      assertTrue(sql + " changed " + n + " rows", n >= min && (max < 0 || n <= max));
    }
  }

  private static long single(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getLong(1);
      }
    }
  }

  private static byte[] bytes(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(sql, rs.next());
        return rs.getBytes(1);
      }
    }
  }
}
