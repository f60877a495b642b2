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
    for (Statement statement : event.accept(STATEMENTS)) Sql.update(c, statement.sql(), statement.params());
  }

  private record Statement(String sql, Object... params) {}

  /** The change each workshop event makes to the workshop tables. */
  private static final WorkshopEntity.Event.Visitor<List<Statement>> STATEMENTS = new WorkshopEntity.Event.Visitor<>() {
    public List<Statement> on(WorkshopEntity.WorkshopCreated w) {
      return List.of(new Statement("INSERT INTO workshops (workshop_id, definition_id, title, policy_id, policy_version, mode, "
          + "scenarios, sha256, created_at, feedback_released) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
          w.workshopId(), w.definitionId(), w.title(), w.policyId(), w.policyVersion(), w.mode(),
          String.join(",", w.scenarios()), w.sha256(), w.at()));
    }

    public List<Statement> on(WorkshopEntity.TraineeEnrolled t) {
      return List.of(new Statement("INSERT INTO workshop_trainees (workshop_id, trainee_id, name, agent, live) "
          + "VALUES (?, ?, ?, ?, ?)", t.workshopId(), t.traineeId(), t.name(), t.agent(), t.live()));
    }

    public List<Statement> on(WorkshopEntity.SessionAssigned a) {
      return List.of(new Statement("INSERT INTO workshop_sessions (session_id, workshop_id, trainee_id, scenario_id, "
          + "assigned_at) VALUES (?, ?, ?, ?, ?)", a.sessionId(), a.workshopId(), a.traineeId(), a.scenarioId(), a.at()));
    }

    public List<Statement> on(WorkshopEntity.FeedbackReleased r) {
      return List.of(new Statement("UPDATE workshops SET feedback_released = TRUE WHERE workshop_id = ?", r.workshopId()));
    }

    public List<Statement> on(WorkshopEntity.RunStarted r) {
      return List.of(new Statement("DELETE FROM workshop_runs WHERE workshop_id = ?", r.workshopId()),
          new Statement("INSERT INTO workshop_runs (workshop_id, runner, sessions, started_at) VALUES (?, ?, ?, ?)",
              r.workshopId(), r.runner(), r.sessions(), r.at()));
    }

    public List<Statement> on(WorkshopEntity.RunFinished r) {
      return List.of(new Statement("UPDATE workshop_runs SET finished_at = ?, failures = ? WHERE workshop_id = ?",
          r.at(), String.join("\n", r.failures()), r.workshopId()));
    }

    public List<Statement> on(WorkshopEntity.WorkshopClosed w) {
      return List.of(new Statement("UPDATE workshops SET closed_at = ?, close_reason = ? WHERE workshop_id = ?", w.at(),
          w.reason(), w.workshopId()));
    }
  };

  public Optional<WorkshopRow> get(String workshopId) {
    return Sql.query(dataSource, "SELECT * FROM workshops WHERE workshop_id = ?", this::row, workshopId).stream()
        .findFirst();
  }

  public List<WorkshopRow> all() {
    return Sql.query(dataSource, "SELECT * FROM workshops ORDER BY created_at DESC, workshop_id", this::row);
  }

  /** The workshop's latest run, as its events recorded it. */
  public Optional<WorkshopRow.Run> run(String workshopId) {
    return Sql.query(dataSource, "SELECT * FROM workshop_runs WHERE workshop_id = ?", WorkshopRepository::run,
        workshopId).stream().findFirst();
  }

  /** The workshops whose latest run was started on {@code runner} and has not finished. */
  public List<String> unfinishedRuns(String runner) {
    return Sql.query(dataSource, "SELECT workshop_id FROM workshop_runs WHERE runner = ? AND finished_at IS NULL "
        + "ORDER BY started_at, workshop_id", rs -> rs.getString(1), runner);
  }

  private static WorkshopRow.Run run(ResultSet rs) throws SQLException {
    String failures = rs.getString("failures");
    return new WorkshopRow.Run(rs.getString("runner"), rs.getInt("sessions"), Sql.instant(rs, "started_at"),
        Sql.instant(rs, "finished_at"), failures == null || failures.isEmpty() ? List.of() : List.of(failures.split("\n")));
  }

  /**
   * Takes the next run number of a workshop file, unique across the nodes that share the database: the first time, it
   * follows {@code highestSoFar} (the runs the journal already holds).
   */
  public int nextRunNumber(String definitionId, int highestSoFar) {
    for (int attempt = 0; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        try {
          if (Sql.update(c, "UPDATE workshop_run_numbers SET last_run = last_run + 1 WHERE definition_id = ?",
              definitionId) == 0) {
            Sql.update(c, "INSERT INTO workshop_run_numbers (definition_id, last_run) VALUES (?, ?)", definitionId,
                highestSoFar + 1);
          }
          int next = Sql.query(c, "SELECT last_run FROM workshop_run_numbers WHERE definition_id = ?",
              rs -> rs.getInt(1), definitionId).get(0);
          c.commit();
          return next;
        } catch (SQLException e) {
          c.rollback();
          // another node made the first number at the same moment: take the next one after it
          if (attempt >= 3) throw e;
        }
      } catch (SQLException e) {
        throw new ReadModelException(e);
      }
    }
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
        sessions, rs.getString("sha256"));
  }
}
