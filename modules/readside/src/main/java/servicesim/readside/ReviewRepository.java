package servicesim.readside;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import servicesim.policy.review.VerdictOverride;
import servicesim.policy.rules.Verdict;

/**
 * The review read model: each session's latest override per rule, comments, disputes and invited reviewers, and the
 * calibrations with how far each reviewer has got. Written by {@link ReviewProjection}.
 */
public final class ReviewRepository {

  private final DataSource dataSource;

  public ReviewRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public record Comment(String sessionId, long reviewSeqNr, Long eventSeqNr, String ruleId, String comment,
      String author, String role, Instant at) {}

  public record Dispute(String sessionId, String disputeId, String workshopId, String traineeId, String ruleId,
      String verdict, String message, Instant openedAt, String status, String decidedBy, String reason,
      String verdictAfter, Instant decidedAt) {}

  public record Reviewer(String reviewerId, String invitedBy, Instant invitedAt) {}

  /** Everything reviewers said of one session. */
  public record SessionReview(String sessionId, List<StoredOverride> overrides, List<Comment> comments,
      List<Dispute> disputes, List<Reviewer> reviewers) {}

  public record Calibration(String calibrationId, String title, String createdBy, Instant createdAt, int sessions,
      int rules, Map<String, Integer> scored) {}

  // ---------------------------------------------------------------- writes (the projection's transaction)

  static void invited(Connection c, String sessionId, String reviewerId, String by, Instant at) throws SQLException {
    Sql.update(c, "DELETE FROM review_reviewers WHERE session_id = ? AND reviewer_id = ?", sessionId, reviewerId);
    Sql.update(c, "INSERT INTO review_reviewers (session_id, reviewer_id, invited_by, invited_at) VALUES (?, ?, ?, ?)",
        sessionId, reviewerId, by, at);
  }

  static void comment(Connection c, Comment m) throws SQLException {
    Sql.update(c, "INSERT INTO review_comments (session_id, review_seq_nr, event_seq_nr, rule_id, comment, author, "
        + "author_role, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", m.sessionId(), m.reviewSeqNr(), m.eventSeqNr(),
        m.ruleId(), m.comment(), m.author(), m.role(), m.at());
  }

  static void override(Connection c, StoredOverride o) throws SQLException {
    Sql.update(c, "DELETE FROM review_overrides WHERE session_id = ? AND rule_id = ?", o.sessionId(), o.ruleId());
    Sql.update(c, "INSERT INTO review_overrides (session_id, rule_id, machine_verdict, before_verdict, verdict, reason, "
        + "reviewer, reviewer_role, dispute_id, overridden_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", o.sessionId(),
        o.ruleId(), o.machineVerdict(), o.beforeVerdict(), o.verdict(), o.reason(), o.by(), o.role(), o.disputeId(),
        o.at());
  }

  static void disputeOpened(Connection c, Dispute d) throws SQLException {
    Sql.update(c, "INSERT INTO review_disputes (session_id, dispute_id, workshop_id, trainee_id, rule_id, verdict, "
        + "message, opened_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", d.sessionId(), d.disputeId(),
        d.workshopId(), d.traineeId(), d.ruleId(), d.verdict(), d.message(), d.openedAt(), d.status());
  }

  static void disputeDecided(Connection c, String sessionId, String disputeId, String status, String by, String reason,
      String verdictAfter, Instant at) throws SQLException {
    Sql.update(c, "UPDATE review_disputes SET status = ?, decided_by = ?, decision_reason = ?, verdict_after = ?, "
        + "decided_at = ? WHERE session_id = ? AND dispute_id = ?", status, by, reason, verdictAfter, at, sessionId,
        disputeId);
  }

  static void calibrationCreated(Connection c, String calibrationId, String title, String by, Instant at,
      List<String> sessions, int rules, List<String> reviewers) throws SQLException {
    Sql.update(c, "INSERT INTO calibrations (calibration_id, title, created_by, created_at, sessions, rules) "
        + "VALUES (?, ?, ?, ?, ?, ?)", calibrationId, title, by, at, sessions.size(), rules);
    for (String s : sessions) {
      Sql.update(c, "INSERT INTO calibration_sessions (calibration_id, session_id) VALUES (?, ?)", calibrationId, s);
    }
    for (String r : reviewers) {
      Sql.update(c, "INSERT INTO calibration_reviewers (calibration_id, reviewer_id, scored) VALUES (?, ?, 0)",
          calibrationId, r);
    }
  }

  static void calibrationScored(Connection c, String calibrationId, String reviewerId) throws SQLException {
    Sql.update(c, "UPDATE calibration_reviewers SET scored = scored + 1 WHERE calibration_id = ? AND reviewer_id = ?",
        calibrationId, reviewerId);
  }

  /** A session's overrides as the final verdicts apply them, by rule. */
  static Map<String, VerdictOverride> overrides(Connection c, String sessionId) throws SQLException {
    Map<String, VerdictOverride> out = new LinkedHashMap<>();
    for (StoredOverride o : Sql.query(c, "SELECT * FROM review_overrides WHERE session_id = ? ORDER BY overridden_at, "
        + "rule_id", ReviewRepository::override, sessionId)) {
      out.put(o.ruleId(), verdictOverride(o));
    }
    return out;
  }

  static VerdictOverride verdictOverride(StoredOverride o) {
    return new VerdictOverride(o.ruleId(), Verdict.byId(o.machineVerdict()), Verdict.byId(o.beforeVerdict()),
        Verdict.byId(o.verdict()), o.reason(), o.by(), o.at());
  }

  // ---------------------------------------------------------------- reads

  static Map<String, StoredOverride> overrides(DataSource ds, String sessionId) {
    Map<String, StoredOverride> out = new LinkedHashMap<>();
    for (StoredOverride o : Sql.query(ds, "SELECT * FROM review_overrides WHERE session_id = ?",
        ReviewRepository::override, sessionId)) {
      out.put(o.ruleId(), o);
    }
    return out;
  }

  static Map<String, Map<String, StoredOverride>> overridesOfWorkshop(DataSource ds, String workshopId) {
    Map<String, Map<String, StoredOverride>> out = new LinkedHashMap<>();
    for (StoredOverride o : Sql.query(ds, "SELECT o.* FROM review_overrides o JOIN sessions s ON s.session_id = "
        + "o.session_id WHERE s.workshop_id = ?", ReviewRepository::override, workshopId)) {
      out.computeIfAbsent(o.sessionId(), k -> new LinkedHashMap<>()).put(o.ruleId(), o);
    }
    return out;
  }

  public SessionReview session(String sessionId) {
    return new SessionReview(sessionId,
        Sql.query(dataSource, "SELECT * FROM review_overrides WHERE session_id = ? ORDER BY overridden_at, rule_id",
            ReviewRepository::override, sessionId),
        Sql.query(dataSource, "SELECT * FROM review_comments WHERE session_id = ? ORDER BY review_seq_nr",
            ReviewRepository::comment, sessionId),
        Sql.query(dataSource, "SELECT * FROM review_disputes WHERE session_id = ? ORDER BY opened_at, dispute_id",
            ReviewRepository::dispute, sessionId),
        Sql.query(dataSource, "SELECT * FROM review_reviewers WHERE session_id = ? ORDER BY invited_at, reviewer_id",
            rs -> new Reviewer(rs.getString("reviewer_id"), rs.getString("invited_by"), Sql.instant(rs, "invited_at")),
            sessionId));
  }

  /** Disputes, newest first: those with the given status (every one when null), of one workshop when given. */
  public List<Dispute> disputes(String status, String workshopId, int limit) {
    return Sql.query(dataSource, "SELECT * FROM review_disputes WHERE (CAST(? AS VARCHAR(16)) IS NULL OR status = ?) "
        + "AND (CAST(? AS VARCHAR(255)) IS NULL OR workshop_id = ?) ORDER BY opened_at DESC, session_id, dispute_id "
        + "LIMIT " + Math.max(1, limit), ReviewRepository::dispute, status, status, workshopId, workshopId);
  }

  /** Sessions a reviewer was invited to. */
  public List<String> invitedTo(String reviewerId) {
    return Sql.query(dataSource, "SELECT session_id FROM review_reviewers WHERE reviewer_id = ? ORDER BY invited_at",
        rs -> rs.getString(1), reviewerId);
  }

  /** Whether a reviewer may read a session: invited to review it, or calibrating with it. */
  public boolean mayRead(String sessionId, String reviewerId) {
    return invited(sessionId, reviewerId) || !Sql.query(dataSource, "SELECT 1 FROM calibration_sessions s JOIN "
        + "calibration_reviewers r ON r.calibration_id = s.calibration_id WHERE s.session_id = ? AND r.reviewer_id = ?",
        rs -> 1, sessionId, reviewerId).isEmpty();
  }

  public boolean invited(String sessionId, String reviewerId) {
    return !Sql.query(dataSource, "SELECT 1 FROM review_reviewers WHERE session_id = ? AND reviewer_id = ?",
        rs -> 1, sessionId, reviewerId).isEmpty();
  }

  /** Every override and every disputed verdict, oldest first: what reviewers say the machine got wrong or may have. */
  public List<StoredOverride> allOverrides() {
    return Sql.query(dataSource, "SELECT * FROM review_overrides ORDER BY overridden_at, session_id, rule_id",
        ReviewRepository::override);
  }

  /** Per session and rule, the events reviewers pointed at in comments on that rule. */
  public Map<String, Map<String, java.util.Set<Long>>> pointers() {
    Map<String, Map<String, java.util.Set<Long>>> out = new LinkedHashMap<>();
    for (Comment c : Sql.query(dataSource, "SELECT * FROM review_comments WHERE rule_id IS NOT NULL AND event_seq_nr "
        + "IS NOT NULL ORDER BY session_id, review_seq_nr", ReviewRepository::comment)) {
      out.computeIfAbsent(c.sessionId(), k -> new LinkedHashMap<>())
          .computeIfAbsent(c.ruleId(), k -> new java.util.LinkedHashSet<>()).add(c.eventSeqNr());
    }
    return out;
  }

  public List<Dispute> allDisputes() {
    return Sql.query(dataSource, "SELECT * FROM review_disputes ORDER BY opened_at, session_id, dispute_id",
        ReviewRepository::dispute);
  }

  /** Calibrations, newest first; only those a reviewer is part of when {@code reviewerId} is given. */
  public List<Calibration> calibrations(String reviewerId) {
    List<Calibration> list = Sql.query(dataSource, "SELECT * FROM calibrations WHERE CAST(? AS VARCHAR(255)) IS NULL "
        + "OR calibration_id IN (SELECT calibration_id FROM calibration_reviewers WHERE reviewer_id = ?) "
        + "ORDER BY created_at DESC, calibration_id", rs -> new Calibration(rs.getString("calibration_id"),
        rs.getString("title"), rs.getString("created_by"), Sql.instant(rs, "created_at"), rs.getInt("sessions"),
        rs.getInt("rules"), Map.of()), reviewerId, reviewerId);
    return list.stream().map(k -> new Calibration(k.calibrationId(), k.title(), k.createdBy(), k.createdAt(),
        k.sessions(), k.rules(), scored(k.calibrationId()))).toList();
  }

  private Map<String, Integer> scored(String calibrationId) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Object[] r : Sql.query(dataSource, "SELECT reviewer_id, scored FROM calibration_reviewers WHERE "
        + "calibration_id = ? ORDER BY reviewer_id", rs -> new Object[] {rs.getString(1), rs.getInt(2)},
        calibrationId)) {
      out.put((String) r[0], (Integer) r[1]);
    }
    return out;
  }

  private static StoredOverride override(ResultSet rs) throws SQLException {
    return new StoredOverride(rs.getString("session_id"), rs.getString("rule_id"), rs.getString("machine_verdict"),
        rs.getString("before_verdict"), rs.getString("verdict"), rs.getString("reason"), rs.getString("reviewer"),
        rs.getString("reviewer_role"), rs.getString("dispute_id"), Sql.instant(rs, "overridden_at"));
  }

  private static Comment comment(ResultSet rs) throws SQLException {
    long event = rs.getLong("event_seq_nr");
    return new Comment(rs.getString("session_id"), rs.getLong("review_seq_nr"), rs.wasNull() ? null : event,
        rs.getString("rule_id"), rs.getString("comment"), rs.getString("author"), rs.getString("author_role"),
        Sql.instant(rs, "added_at"));
  }

  private static Dispute dispute(ResultSet rs) throws SQLException {
    return new Dispute(rs.getString("session_id"), rs.getString("dispute_id"), rs.getString("workshop_id"),
        rs.getString("trainee_id"), rs.getString("rule_id"), rs.getString("verdict"), rs.getString("message"),
        Sql.instant(rs, "opened_at"), rs.getString("status"), rs.getString("decided_by"),
        rs.getString("decision_reason"), rs.getString("verdict_after"), Sql.instant(rs, "decided_at"));
  }
}
