package servicesim.readside;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import servicesim.policy.transcript.SessionEvent;

/** Sessions as started and ended, written by the scoring projection. */
public final class SessionRepository {

  private static final String COLUMNS = "session_id, workshop_id, trainee_id, trainee_name, scenario_id, "
      + "scenario_title, channel, language, policy_id, policy_version, agent_script, clock, started_at, ended_at, "
      + "outcome, ended_by, final_mood, events";

  private final DataSource dataSource;

  public SessionRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static void started(Connection c, SessionEvent.SessionStarted s) throws SQLException {
    Sql.update(c, "INSERT INTO sessions (session_id, workshop_id, trainee_id, trainee_name, scenario_id, "
            + "scenario_title, scenario_sha256, channel, language, policy_id, policy_version, agent_name, agent_script, "
            + "clock, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s.sessionId(), s.workshopId(), s.traineeId(), s.traineeName(), s.scenarioId(), s.scenarioTitle(),
        s.scenarioSha256(), s.channel(), s.language(), s.policyId(), s.policyVersion(), s.agentName(), s.agentScript(),
        s.clock(), s.at());
  }

  static void ended(Connection c, SessionEvent.SessionEnded e) throws SQLException {
    Sql.update(c, "UPDATE sessions SET ended_at = ?, outcome = ?, ended_by = ?, final_mood = ?, events = ? "
        + "WHERE session_id = ?", e.at(), e.outcome(), e.endedBy(), e.finalMood(), e.seqNr(), e.sessionId());
  }

  public Optional<SessionRow> get(String sessionId) {
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM sessions WHERE session_id = ?", SessionRepository::row,
        sessionId).stream().findFirst();
  }

  public List<SessionRow> byWorkshop(String workshopId) {
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM sessions WHERE workshop_id = ? ORDER BY trainee_id, "
        + "scenario_id", SessionRepository::row, workshopId);
  }

  public List<SessionRow> byTrainee(String traineeId) {
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM sessions WHERE trainee_id = ? ORDER BY started_at",
        SessionRepository::row, traineeId);
  }

  /** Sessions on the given clock that started and have not ended (live sessions to pick up after a restart). */
  public List<SessionRow> unended(String clock) {
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM sessions WHERE clock = ? AND ended_at IS NULL "
        + "ORDER BY started_at", SessionRepository::row, clock);
  }

  /** Ended sessions after {@code afterId} in id order: for rescoring in pages. */
  public List<String> endedIds(String afterId, int limit) {
    return Sql.query(dataSource, "SELECT session_id FROM sessions WHERE ended_at IS NOT NULL AND session_id > ? "
        + "ORDER BY session_id LIMIT ?", rs -> rs.getString(1), afterId, limit);
  }

  public long countEnded() {
    return Sql.query(dataSource, "SELECT COUNT(*) FROM sessions WHERE ended_at IS NOT NULL", rs -> rs.getLong(1)).get(0);
  }

  /** Every session row (or one), in id order. */
  public List<SessionRow> all(String sessionId) {
    String where = sessionId == null ? "" : " WHERE session_id = ?";
    Object[] params = sessionId == null ? new Object[0] : new Object[] {sessionId};
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM sessions" + where + " ORDER BY session_id",
        SessionRepository::row, params);
  }

  static SessionRow row(ResultSet rs) throws SQLException {
    long events = rs.getLong("events");
    Long eventCount = rs.wasNull() ? null : events;
    return new SessionRow(rs.getString("session_id"), rs.getString("workshop_id"), rs.getString("trainee_id"),
        rs.getString("trainee_name"), rs.getString("scenario_id"), rs.getString("scenario_title"),
        rs.getString("channel"), rs.getString("language"), rs.getString("policy_id"), rs.getInt("policy_version"),
        rs.getString("agent_script"), rs.getString("clock"), Sql.instant(rs, "started_at"),
        Sql.instant(rs, "ended_at"), rs.getString("outcome"), rs.getString("ended_by"),
        Sql.nullableInt(rs, "final_mood"), eventCount);
  }
}
