package servicesim.readside;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import servicesim.ledger.Checkpoint;
import servicesim.ledger.JournalAudit;
import servicesim.ledger.Leaf;
import servicesim.ledger.LedgerKey;
import servicesim.ledger.MerkleTree;
import servicesim.policy.Policy;
import servicesim.policy.review.FinalVerdicts;
import servicesim.policy.review.VerdictOverride;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.transcript.SessionEvent;
import servicesim.simulation.HashChain;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.ReviewEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * Checks the stored history without trusting it: one pass over the journal in its global order builds the Merkle tree
 * (and, against a signed checkpoint, proves consistency and each entity's last event), follows every session's and
 * workshop's hash chain, and holds the audit trail row by row against the event it was built from; then the session
 * rows and every stored score, recomputed under its own policy version, are held against the journal. Every anomaly is
 * a finding naming its entity, event and what is wrong; nothing stops the check early.
 */
public final class AuditVerifier {

  /**
   * One thing wrong. {@code entity} is {@code session} or {@code workshop} (empty for the journal or checkpoint as a
   * whole), {@code id} its id, {@code seqNr} the event (0: the entity as a whole), {@code where} the part found wrong.
   */
  public record Finding(String entity, String id, long seqNr, String where, String reason) {

    static Finding of(String persistenceId, long seqNr, String where, String reason) {
      int bar = persistenceId.indexOf('|');
      if (bar < 0) return new Finding("", persistenceId, seqNr, where, reason);
      return new Finding(persistenceId.substring(0, bar).toLowerCase(java.util.Locale.ROOT),
          persistenceId.substring(bar + 1), seqNr, where, reason);
    }

    /** The session this finding is about, if it is about one. */
    public String sessionId() {
      return entity.equals("session") ? id : null;
    }

    /** One line: the entity, the event, the part and the reason. */
    public String line() {
      String who = entity.isEmpty() ? (id.isEmpty() ? "ledger" : id) : entity + " " + id;
      return who + (seqNr > 0 ? ", event " + seqNr : "") + ": " + where + ": " + reason;
    }
  }

  /** What the check saw: the tree it built over the journal, and against the checkpoint if one was given. */
  public record Report(long sessions, long workshops, long events, long scores, long notYetInAuditTrail,
      long treeSize, String rootHash, Optional<JournalAudit.CheckpointCheck> checkpoint, List<Finding> findings) {
    public boolean intact() {
      return findings.isEmpty();
    }
  }

  /** A session's events' leaves and their inclusion proofs in the tree of the journal's first {@code treeSize}. */
  public record Proof(String sessionId, long treeSize, String rootHash, List<ProvenEvent> events) {}

  public record ProvenEvent(long seqNr, long index, String manifest, String payloadBase64, String leafHash,
      List<String> path) {}

  /** The tree asked for is larger than the journal. */
  public static final class TooLarge extends RuntimeException {
    public TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  private static final String SESSION = SessionEntity.ENTITY_KEY.name() + "|";
  private static final String WORKSHOP = WorkshopEntity.ENTITY_KEY.name() + "|";
  private static final String REVIEW = ReviewEntity.ENTITY_KEY.name() + "|";

  private final DataSource dataSource;
  private final ObjectMapper mapper;
  private final JournalRepository journal;
  private final SessionScorer scorer;
  private final HashChain chain;

  public AuditVerifier(DataSource dataSource, ObjectMapper mapper, JournalRepository journal, SessionScorer scorer) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.journal = journal;
    this.scorer = scorer;
    this.chain = new HashChain(mapper);
  }

  /** One session: its chain, its audit trail, its row and its scores (no tree: that needs the whole journal). */
  public Report verifySession(String sessionId) {
    return verify(SESSION + sessionId, Optional.empty(), null, s -> { });
  }

  /** The whole journal and every read model; {@code progress} hears each entity as its chain is followed. */
  public Report verifyAll(Consumer<String> progress) {
    return verify(null, Optional.empty(), null, progress);
  }

  /** As {@link #verifyAll}, and proves the checkpoint (signed by {@code trusted}) against today's journal. */
  public Report verifyAll(Optional<Checkpoint> checkpoint, PublicKey trusted, Consumer<String> progress) {
    return verify(null, checkpoint, trusted, progress);
  }

  public long sessionCount() {
    return journal.sessionCount();
  }

  /** A signed checkpoint of the whole journal as stored now. */
  public Checkpoint checkpoint(LedgerKey key, Instant now) {
    JournalAudit audit = new JournalAudit(Optional.empty());
    try (Connection c = reading(); Sql.Cursor<JournalRepository.JournalRow> rows = JournalRepository.rows(c, null)) {
      for (JournalRepository.JournalRow r = rows.take(); r != null; r = rows.take()) audit.add(ledgerRow(r));
      c.rollback();
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    JournalAudit.Result result = audit.finish(key.publicKey());
    return Checkpoint.sign(result.treeSize(), result.root(), now, result.heads(), key);
  }

  /** The session's events in the tree of the journal's first {@code treeSize} rows (all of them if null). */
  public Proof proof(String sessionId, Long treeSize) {
    MerkleTree.Leaves leaves = new MerkleTree.Leaves();
    List<JournalRepository.JournalRow> own = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    String pid = SESSION + sessionId;
    try (Connection c = reading(); Sql.Cursor<JournalRepository.JournalRow> rows = JournalRepository.rows(c, null)) {
      for (JournalRepository.JournalRow r = rows.take(); r != null; r = rows.take()) {
        if (treeSize != null && leaves.size() >= treeSize) break;
        if (r.persistenceId().equals(pid)) {
          own.add(r);
          indices.add(leaves.size());
        }
        leaves.add(Leaf.hash(r.persistenceId(), r.seqNr(), r.manifest(), r.payload()));
      }
      c.rollback();
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    int size = treeSize == null ? leaves.size() : (int) Math.min(treeSize, Integer.MAX_VALUE);
    if (size > leaves.size()) {
      throw new TooLarge("the journal holds " + leaves.size() + " events, fewer than the tree size " + treeSize
          + " asked for");
    }
    HexFormat hex = HexFormat.of();
    List<ProvenEvent> events = new ArrayList<>(own.size());
    for (int i = 0; i < own.size(); i++) {
      JournalRepository.JournalRow r = own.get(i);
      int index = indices.get(i);
      List<String> path = leaves.inclusionProof(index, size).stream().map(hex::formatHex).toList();
      events.add(new ProvenEvent(r.seqNr(), index, r.manifest(), java.util.Base64.getEncoder()
          .encodeToString(r.payload()), hex.formatHex(leaves.get(index)), path));
    }
    return new Proof(sessionId, size, hex.formatHex(leaves.root(size)), events);
  }

  // ---------------------------------------------------------------- the pass

  /** What the journal says of one session, gathered in the pass. */
  private static final class SessionSeen {
    SessionEvent.SessionStarted started;
    SessionEvent.SessionEnded ended;
    long lastSeqNr;
  }

  /** What the journal says of one workshop: whom it enrolled live, whom it assigned, and what its runs left. */
  private static final class WorkshopSeen {
    final Set<String> live = new LinkedHashSet<>();
    final Map<String, String> assigned = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    boolean runFinished;
    boolean completed;
  }

  private final class Pass {
    final List<Finding> findings = new ArrayList<>();
    final Map<String, HashChain.Follower> followers = new HashMap<>();
    final Map<String, SessionSeen> sessions = new LinkedHashMap<>();
    final Map<String, WorkshopSeen> workshops = new LinkedHashMap<>();
    /** Each session's overrides as its review's events leave them: the final verdicts its scores must show. */
    final Map<String, Map<String, VerdictOverride>> overrides = new HashMap<>();
    long events;
    long scores;
    long notYetInAuditTrail;

    void add(String persistenceId, long seqNr, String where, String reason) {
      findings.add(Finding.of(persistenceId, seqNr, where, reason));
    }
  }

  private Report verify(String onlyPersistenceId, Optional<Checkpoint> checkpoint, PublicKey trusted,
      Consumer<String> progress) {
    Pass pass = new Pass();
    JournalAudit ledger = new JournalAudit(checkpoint);
    try (Connection c = reading(); Connection trail = reading()) {
      long lastProjected = Sql.query(trail, "SELECT COALESCE(MAX(ordering), 0) FROM audit_events",
          rs -> rs.getLong(1)).get(0);
      try (Sql.Cursor<JournalRepository.JournalRow> rows = JournalRepository.rows(c, onlyPersistenceId);
          Sql.Cursor<AuditRow> audit = AuditRepository.rows(trail, onlyPersistenceId)) {
        for (JournalRepository.JournalRow r = rows.take(); r != null; r = rows.take()) {
          pass.events++;
          ledger.add(ledgerRow(r));
          if (!pass.followers.containsKey(r.persistenceId())) progress.accept(r.persistenceId());
          Object event = journalEvent(pass, r);
          // audit rows before this event's place have no event of the journal there
          while (audit.peek() != null && audit.peek().ordering() < r.ordering()) unmatched(pass, audit.take());
          if (audit.peek() != null && audit.peek().ordering() == r.ordering()) {
            compare(pass, r, event, audit.take());
          } else if (r.ordering() <= lastProjected) {
            pass.add(r.persistenceId(), r.seqNr(), "audit trail", "event " + r.seqNr() + " is missing from the audit "
                + "trail (the trail holds later events)");
          } else {
            pass.notYetInAuditTrail++;
          }
        }
        while (audit.peek() != null) unmatched(pass, audit.take());
      }
      if (onlyPersistenceId != null && onlyPersistenceId.startsWith(SESSION)) {
        // one session's scores are final under its review's overrides: its review's chain is followed too
        try (Sql.Cursor<JournalRepository.JournalRow> rows = JournalRepository.rows(c,
            REVIEW + onlyPersistenceId.substring(SESSION.length()))) {
          for (JournalRepository.JournalRow r = rows.take(); r != null; r = rows.take()) journalEvent(pass, r);
        }
      }
      c.rollback();
      trail.rollback();
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    JournalAudit.Result result = ledger.finish(trusted);
    // the journal audit's own findings (gaps, order, deletion flags, the checkpoint) come first, as the log's
    List<Finding> findings = new ArrayList<>();
    for (JournalAudit.Finding f : result.findings()) {
      findings.add(Finding.of(f.persistenceId(), f.seqNr(), f.where(), f.reason()));
    }
    findings.addAll(pass.findings);
    pass.findings.clear();
    if (onlyPersistenceId == null || onlyPersistenceId.startsWith(SESSION)) {
      String sessionId = onlyPersistenceId == null ? null : onlyPersistenceId.substring(SESSION.length());
      sessionRows(pass, sessionId);
      scores(pass, sessionId);
    }
    if (onlyPersistenceId == null) assignedSessions(pass);
    findings.addAll(pass.findings);
    long sessions = pass.sessions.size();
    long workshops = pass.followers.keySet().stream().filter(id -> id.startsWith(WORKSHOP)).count();
    if (onlyPersistenceId != null) {
      return new Report(sessions, workshops, pass.events, pass.scores, pass.notYetInAuditTrail, 0, null,
          Optional.empty(), List.copyOf(findings));
    }
    return new Report(sessions, workshops, pass.events, pass.scores, pass.notYetInAuditTrail, result.treeSize(),
        result.rootHex(), result.checkpoint(), List.copyOf(findings));
  }

  /** A connection for a long read: PostgreSQL streams a result only inside a transaction. */
  private Connection reading() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  private static JournalAudit.Row ledgerRow(JournalRepository.JournalRow r) {
    return new JournalAudit.Row(r.ordering(), r.persistenceId(), r.seqNr(), r.manifest(), r.payload(), r.deleted());
  }

  /** Follows the event's chain and notes what it says of its session or workshop; null if it cannot be read. */
  private Object journalEvent(Pass pass, JournalRepository.JournalRow r) {
    String pid = r.persistenceId();
    JsonNode json;
    try {
      json = mapper.readTree(JournalRepository.json(r.payload()));
    } catch (java.io.IOException e) {
      pass.add(pid, r.seqNr(), "journal", "event " + r.seqNr() + " is not JSON: " + e.getMessage());
      pass.followers.computeIfAbsent(pid, this::follower);
      return null;
    }
    for (HashChain.Break b : pass.followers.computeIfAbsent(pid, this::follower).next(r.seqNr(), json)) {
      pass.add(pid, b.seqNr(), "journal", b.reason());
    }
    Object event;
    try {
      event = journal.event(r);
    } catch (Exception e) {
      pass.add(pid, r.seqNr(), "journal", "event " + r.seqNr() + " cannot be read as a " + r.manifest() + ": "
          + oneLine(e));
      return null;
    }
    if (pid.startsWith(SESSION) && event instanceof SessionEvent e) {
      SessionSeen seen = pass.sessions.computeIfAbsent(pid.substring(SESSION.length()), k -> new SessionSeen());
      if (e instanceof SessionEvent.SessionStarted s) seen.started = s;
      if (e instanceof SessionEvent.SessionEnded end) seen.ended = end;
      seen.lastSeqNr = Math.max(seen.lastSeqNr, r.seqNr());
      if (e.seqNr() != r.seqNr()) {
        pass.add(pid, r.seqNr(), "journal", "event " + r.seqNr() + " says it is event " + e.seqNr());
      }
      if (!pid.equals(SESSION + e.sessionId())) {
        pass.add(pid, r.seqNr(), "journal", "event " + r.seqNr() + " names another session, '" + e.sessionId() + "'");
      }
    } else if (pid.startsWith(REVIEW) && event instanceof ReviewEntity.Event e) {
      if (!pid.equals(REVIEW + e.sessionId())) {
        pass.add(pid, r.seqNr(), "journal", "event " + r.seqNr() + " names another session, '" + e.sessionId() + "'");
      }
      Map<String, VerdictOverride> overrides = pass.overrides.computeIfAbsent(e.sessionId(), k -> new HashMap<>());
      if (e instanceof ReviewEntity.VerdictOverridden o) overrides.put(o.ruleId(), o.override());
      if (e instanceof ReviewEntity.DisputeAccepted a) overrides.put(a.ruleId(), a.override());
    } else if (pid.startsWith(WORKSHOP) && event instanceof WorkshopEntity.Event w) {
      WorkshopSeen seen = pass.workshops.computeIfAbsent(pid.substring(WORKSHOP.length()), k -> new WorkshopSeen());
      if (w instanceof WorkshopEntity.TraineeEnrolled t && t.live()) seen.live.add(t.traineeId());
      if (w instanceof WorkshopEntity.SessionAssigned a) seen.assigned.put(a.sessionId(), a.traineeId());
      if (w instanceof WorkshopEntity.WorkshopClosed closed && WorkshopEntity.COMPLETED.equals(closed.reason())) seen.completed = true;
      if (w instanceof WorkshopEntity.RunFinished f) {
        seen.runFinished = true;
        seen.failures.addAll(f.failures());
      }
    }
    return event;
  }

  /** Workshops were chained later than sessions: a workshop's events from before then carry no hash. */
  private HashChain.Follower follower(String persistenceId) {
    return persistenceId.startsWith(WORKSHOP) ? chain.followerAfterUnchained() : chain.follower();
  }

  /** An audit row the journal has no event for at its place. */
  private void unmatched(Pass pass, AuditRow row) {
    pass.add(row.persistenceId(), row.seqNr(), "audit trail", "event " + row.seqNr() + " (journal position "
        + row.ordering() + ") is in the audit trail but not in the journal");
  }

  /** Every column of the audit row against what the journal's event makes of it. */
  private void compare(Pass pass, JournalRepository.JournalRow r, Object event, AuditRow row) {
    String pid = r.persistenceId();
    long seqNr = r.seqNr();
    if (event == null) {
      pass.add(pid, seqNr, "audit trail", "event " + seqNr + " cannot be compared: the journal's event is unreadable");
      return;
    }
    AuditRow expected;
    try {
      expected = AuditRow.of(r.ordering(), pid, seqNr, event, mapper.writeValueAsString(event));
    } catch (Exception e) {
      pass.add(pid, seqNr, "audit trail", "event " + seqNr + " is not an audited event: " + oneLine(e));
      return;
    }
    List<String> differ = new ArrayList<>();
    column(differ, "persistence_id", row.persistenceId(), expected.persistenceId());
    column(differ, "seq_nr", row.seqNr(), expected.seqNr());
    column(differ, "event_type", row.type(), expected.type());
    column(differ, "session_id", row.sessionId(), expected.sessionId());
    column(differ, "workshop_id", row.workshopId(), expected.workshopId());
    column(differ, "trainee_id", row.traineeId(), expected.traineeId());
    column(differ, "occurred_at", row.occurredAt(), expected.occurredAt());
    column(differ, "prev_hash", row.prevHash(), expected.prevHash());
    column(differ, "hash", row.hash(), expected.hash());
    if (!samePayload(row.payload(), expected.payload())) differ.add("payload differs from the journal's event");
    if (!differ.isEmpty()) {
      pass.add(pid, seqNr, "audit trail", "event " + seqNr + " in the audit trail differs from the journal: "
          + String.join("; ", differ));
    }
  }

  private static void column(List<String> differ, String name, Object stored, Object expected) {
    if (stored instanceof Instant a && expected instanceof Instant b && sameMicrosecond(a, b)) return;
    if (!Objects.equals(stored, expected)) {
      differ.add(name + " is " + quote(stored) + ", the journal's event says " + quote(expected));
    }
  }

  private static void recomputed(List<String> differ, String name, Object stored, Object recomputed) {
    if (!Objects.equals(stored, recomputed)) differ.add(name + " is " + quote(stored) + ", recomputed " + quote(recomputed));
  }

  /** The database keeps times to the microsecond, rounded: a stored time is its event's within half of one. */
  private static boolean sameMicrosecond(Instant stored, Instant event) {
    return Math.abs(java.time.Duration.between(stored, event).toNanos()) <= 500;
  }

  private static String quote(Object v) {
    if (v == null) return "empty";
    String s = v.toString();
    return "'" + (s.length() > 80 ? s.substring(0, 79) + "…" : s) + "'";
  }

  private boolean samePayload(String stored, String expected) {
    try {
      return mapper.readTree(stored).equals(mapper.readTree(expected));
    } catch (Exception e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- read models

  /** Each session row against the session's first and last events in the journal. */
  private void sessionRows(Pass pass, String only) {
    for (SessionRow row : new SessionRepository(dataSource).all(only)) {
      String pid = SESSION + row.sessionId();
      SessionSeen seen = pass.sessions.get(row.sessionId());
      if (seen == null || seen.started == null) {
        pass.add(pid, 0, "sessions", "the session is listed (trainee " + row.traineeId() + ", workshop "
            + row.workshopId() + ") but the journal holds " + (seen == null ? "no events of it" : "no SessionStarted"));
        continue;
      }
      SessionEvent.SessionStarted s = seen.started;
      List<String> differ = new ArrayList<>();
      column(differ, "workshop_id", row.workshopId(), s.workshopId());
      column(differ, "trainee_id", row.traineeId(), s.traineeId());
      column(differ, "scenario_id", row.scenarioId(), s.scenarioId());
      column(differ, "policy_id", row.policyId(), s.policyId());
      column(differ, "policy_version", row.policyVersion(), s.policyVersion());
      column(differ, "channel", row.channel(), s.channel());
      column(differ, "started_at", row.startedAt(), s.at());
      SessionEvent.SessionEnded e = seen.ended;
      if (e != null && row.ended()) {
        column(differ, "ended_at", row.endedAt(), e.at());
        column(differ, "outcome", row.outcome(), e.outcome());
        column(differ, "ended_by", row.endedBy(), e.endedBy());
        column(differ, "final_mood", row.finalMood(), e.finalMood());
        column(differ, "events", row.events(), e.seqNr());
      } else if (row.ended()) {
        differ.add("it ended (event " + row.events() + ", " + row.outcome() + ") but the journal has no "
            + "SessionEnded: its events end at " + seen.lastSeqNr);
      }
      if (!differ.isEmpty()) {
        pass.add(pid, 0, "sessions", "the session row differs from the journal: " + String.join("; ", differ));
      }
    }
  }

  /** Each stored score against the score its session's events earn under the same policy version today. */
  private void scores(Pass pass, String only) {
    // scores come in session order: one session's events are read once for all its versions
    Map<String, List<SessionEvent>> last = new HashMap<>(2);
    new ScoreRepository(dataSource, mapper).forEachStored(only, stored -> {
      pass.scores++;
      String pid = SESSION + stored.sessionId();
      String label = stored.policyId() + " v" + stored.policyVersion();
      SessionSeen seen = pass.sessions.get(stored.sessionId());
      if (seen == null || seen.ended == null) {
        pass.add(pid, 0, "scores", "scored under " + label + " but the journal holds "
            + (seen == null ? "no events of the session" : "no SessionEnded of it"));
        return;
      }
      Optional<Policy> policy = scorer.policy(stored.policyId(), stored.policyVersion());
      if (policy.isEmpty()) {
        pass.add(pid, 0, "scores", "scored under " + label + ", a policy version this installation does not know");
        return;
      }
      SessionScore machine;
      SessionScore recomputed;
      try {
        if (!last.containsKey(stored.sessionId())) {
          last.clear();
          last.put(stored.sessionId(), sessionEvents(stored.sessionId()));
        }
        List<SessionEvent> events = last.get(stored.sessionId());
        int end = (int) Math.min(events.size(), seen.ended.seqNr());
        machine = scorer.score(events.subList(0, end), policy.get()).score();
        recomputed = FinalVerdicts.finalScore(machine, pass.overrides.getOrDefault(stored.sessionId(), Map.of()),
            policy.get().passMark());
      } catch (Exception e) {
        pass.add(pid, 0, "scores", "the score under " + label + " cannot be recomputed from the journal: " + oneLine(e));
        return;
      }
      List<String> differ = new ArrayList<>();
      if (Math.abs(recomputed.score() - stored.score()) > 1e-9) {
        differ.add("score is " + stored.score() + ", recomputed " + recomputed.score());
      }
      recomputed(differ, "passed", stored.passed(), recomputed.passed());
      recomputed(differ, "outcome", stored.outcome(), recomputed.outcome());
      recomputed(differ, "critical failures", String.join(",", stored.criticalFailures()),
          String.join(",", recomputed.criticalFailures()));
      Map<String, String> verdicts = new LinkedHashMap<>();
      for (RuleVerdict v : recomputed.verdicts()) verdicts.put(v.id(), v.verdict().id());
      Map<String, String> storedVerdicts = new LinkedHashMap<>();
      for (StoredScore.Verdict v : stored.verdicts()) storedVerdicts.put(v.ruleId(), v.verdict());
      verdicts.forEach((rule, verdict) -> {
        if (!verdict.equals(storedVerdicts.get(rule))) {
          differ.add("rule " + rule + " is " + quote(storedVerdicts.get(rule)) + ", recomputed " + quote(verdict));
        }
      });
      storedVerdicts.keySet().stream().filter(rule -> !verdicts.containsKey(rule))
          .forEach(rule -> differ.add("rule " + rule + " is stored but the policy has no such rule"));
      if (Math.abs(machine.score() - stored.machineScore()) > 1e-9) {
        differ.add("machine score is " + stored.machineScore() + ", recomputed " + machine.score());
      }
      recomputed(differ, "machine passed", stored.machinePassed(), machine.passed());
      Map<String, String> storedMachine = new LinkedHashMap<>();
      for (StoredScore.Verdict v : stored.verdicts()) storedMachine.put(v.ruleId(), v.machineVerdict());
      for (RuleVerdict v : machine.verdicts()) {
        if (storedMachine.containsKey(v.id()) && !v.verdict().id().equals(storedMachine.get(v.id()))) {
          differ.add("rule " + v.id() + "'s machine verdict is " + quote(storedMachine.get(v.id())) + ", recomputed "
              + quote(v.verdict().id()));
        }
      }
      if (!differ.isEmpty()) {
        pass.add(pid, seen.ended.seqNr(), "scores", "the score under " + label + " differs from the one its events "
            + "earn: " + String.join("; ", differ));
      }
    });
  }

  private List<SessionEvent> sessionEvents(String sessionId) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return journal.sessionEvents(c, sessionId);
    }
  }

  /** A scripted session a finished run played without failing (or a completed workshop) must be in the journal. */
  private void assignedSessions(Pass pass) {
    pass.workshops.forEach((workshopId, w) -> {
      if (!w.runFinished && !w.completed) return;
      w.assigned.forEach((sessionId, traineeId) -> {
        if (w.live.contains(traineeId) || pass.sessions.containsKey(sessionId)) return;
        boolean failed = w.failures.stream().anyMatch(f -> f.equals(sessionId) || f.startsWith(sessionId + ":"));
        if (!failed) {
          pass.add(SESSION + sessionId, 0, "journal", "no events in the journal, yet workshop " + workshopId
              + " assigned it to scripted trainee " + traineeId + " and " + (w.completed ? "closed as completed"
              : "its run played it without failure"));
        }
      });
    });
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.length() > 200 ? m.substring(0, 199) + "…" : m;
  }
}
