package servicesim.readside;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import servicesim.simulation.WorkshopEntity;

/** Workshops, their trainees and assigned sessions, written by the workshop projection. */
public final class WorkshopRepository {

  private final DataSource dataSource;

  public WorkshopRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static void apply(Connection c, WorkshopEntity.Event event) throws SQLException {
    Statement statement = event.accept(STATEMENTS);
    Sql.update(c, statement.sql(), statement.params());
  }

  private record Statement(String sql, Object... params) {}

  /** The change each workshop event makes to the workshop tables. */
  private static final WorkshopEntity.Event.Visitor<Statement> STATEMENTS = new WorkshopEntity.Event.Visitor<>() {
    public Statement on(WorkshopEntity.WorkshopCreated w) {
      return new Statement("INSERT INTO workshops (workshop_id, definition_id, title, policy_id, policy_version, mode, "
          + "scenarios, sha256, created_at, feedback_released) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
          w.workshopId(), w.definitionId(), w.title(), w.policyId(), w.policyVersion(), w.mode(),
          String.join(",", w.scenarios()), w.sha256(), w.at());
    }

    public Statement on(WorkshopEntity.TraineeEnrolled t) {
      return new Statement("INSERT INTO workshop_trainees (workshop_id, trainee_id, name, agent, live) "
          + "VALUES (?, ?, ?, ?, ?)", t.workshopId(), t.traineeId(), t.name(), t.agent(), t.live());
    }

    public Statement on(WorkshopEntity.SessionAssigned a) {
      return new Statement("INSERT INTO workshop_sessions (session_id, workshop_id, trainee_id, scenario_id, "
          + "assigned_at) VALUES (?, ?, ?, ?, ?)", a.sessionId(), a.workshopId(), a.traineeId(), a.scenarioId(), a.at());
    }

    public Statement on(WorkshopEntity.FeedbackReleased r) {
      return new Statement("UPDATE workshops SET feedback_released = TRUE WHERE workshop_id = ?", r.workshopId());
    }

    public Statement on(WorkshopEntity.WorkshopClosed w) {
      return new Statement("UPDATE workshops SET closed_at = ?, close_reason = ? WHERE workshop_id = ?", w.at(),
          w.reason(), w.workshopId());
    }
  };

  public Optional<WorkshopRow> get(String workshopId) {
    return Sql.query(dataSource, "SELECT * FROM workshops WHERE workshop_id = ?", this::row, workshopId).stream()
        .findFirst();
  }

  public List<WorkshopRow> all() {
    return Sql.query(dataSource, "SELECT * FROM workshops ORDER BY created_at DESC, workshop_id", this::row);
  }

  /** Workshops run from one definition (a workshop file), newest first. */
  public List<WorkshopRow> byDefinition(String definitionId) {
    return Sql.query(dataSource, "SELECT * FROM workshops WHERE definition_id = ? ORDER BY created_at DESC",
        this::row, definitionId);
  }

  private WorkshopRow row(ResultSet rs) throws SQLException {
    String id = rs.getString("workshop_id");
    String scenarios = rs.getString("scenarios");
    List<WorkshopRow.Trainee> trainees = Sql.query(dataSource, "SELECT * FROM workshop_trainees WHERE workshop_id = ? "
        + "ORDER BY trainee_id", t -> new WorkshopRow.Trainee(t.getString("trainee_id"), t.getString("name"),
        t.getString("agent"), t.getBoolean("live")), id);
    List<WorkshopRow.Assignment> sessions = Sql.query(dataSource, "SELECT * FROM workshop_sessions WHERE "
        + "workshop_id = ? ORDER BY trainee_id, scenario_id", a -> new WorkshopRow.Assignment(a.getString("session_id"),
        a.getString("trainee_id"), a.getString("scenario_id")), id);
    return new WorkshopRow(id, rs.getString("definition_id"), rs.getString("title"), rs.getString("policy_id"),
        rs.getInt("policy_version"), rs.getString("mode"),
        scenarios == null || scenarios.isEmpty() ? List.of() : Arrays.asList(scenarios.split(",")),
        Sql.instant(rs, "created_at"), rs.getBoolean("feedback_released"), Sql.instant(rs, "closed_at"), trainees,
        sessions);
  }
}
