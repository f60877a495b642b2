package servicesim.readside;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import servicesim.policy.Outcomes;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.rules.Verdict;
import servicesim.policy.scoring.SessionScore;

/**
 * The per-trainee aggregate behind the KPIs, kept up to date as sessions are scored. Sessions of one trainee are
 * scored by different projection instances at once, so counters are incremented in place, never read and rewritten.
 */
public final class KpiRepository {

  private final DataSource dataSource;

  public KpiRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static void add(Connection c, String workshopId, String traineeId, SessionScore score, boolean complaint)
      throws SQLException {
    int applicable = applicable(score);
    int inTime = inTime(score);
    int satisfied = Outcomes.SATISFIED.equals(score.outcome()) ? 1 : 0;
    int complaints = complaint ? 1 : 0;
    int complaintsSatisfied = complaint ? satisfied : 0;
    int hungUp = Outcomes.HUNG_UP.equals(score.outcome()) ? 1 : 0;
    int passed = score.passed() ? 1 : 0;
    Object[] increments = {passed, score.score(), applicable, inTime, satisfied, complaints, complaintsSatisfied, hungUp,
        workshopId, traineeId, score.policyId(), score.policyVersion()};
    String update = "UPDATE trainee_kpis SET sessions = sessions + 1, passed = passed + ?, score_sum = score_sum + ?, "
        + "answered_applicable = answered_applicable + ?, answered_in_time = answered_in_time + ?, "
        + "satisfied = satisfied + ?, complaints = complaints + ?, complaints_satisfied = complaints_satisfied + ?, "
        + "hung_up = hung_up + ? WHERE workshop_id = ? AND trainee_id = ? AND policy_id = ? AND policy_version = ?";
    if (Sql.update(c, update, increments) > 0) return;
    Sql.update(c, "INSERT INTO trainee_kpis (workshop_id, trainee_id, policy_id, policy_version, sessions, passed, "
            + "score_sum, answered_applicable, answered_in_time, satisfied, complaints, complaints_satisfied, hung_up) "
            + "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", workshopId, traineeId, score.policyId(),
        score.policyVersion(), passed, score.score(), applicable, inTime, satisfied, complaints, complaintsSatisfied,
        hungUp);
  }

  /**
   * A score of a counted session changed (reviewers overrode verdicts): its trainee's aggregate under that policy
   * version counts the new one instead. The outcome does not change, so only the result, score and answer time move.
   */
  static void replace(Connection c, String workshopId, String traineeId, SessionScore before, SessionScore after)
      throws SQLException {
    Sql.update(c, "UPDATE trainee_kpis SET passed = passed + ?, score_sum = score_sum + ?, "
            + "answered_applicable = answered_applicable + ?, answered_in_time = answered_in_time + ? "
            + "WHERE workshop_id = ? AND trainee_id = ? AND policy_id = ? AND policy_version = ?",
        (after.passed() ? 1 : 0) - (before.passed() ? 1 : 0), after.score() - before.score(),
        applicable(after) - applicable(before), inTime(after) - inTime(before), workshopId, traineeId,
        after.policyId(), after.policyVersion());
  }

  private static Verdict prompt(SessionScore score) {
    return score.verdict("prompt-answer").map(RuleVerdict::verdict).orElse(Verdict.NOT_APPLICABLE);
  }

  private static int applicable(SessionScore score) {
    return prompt(score) == Verdict.NOT_APPLICABLE ? 0 : 1;
  }

  private static int inTime(SessionScore score) {
    return prompt(score) == Verdict.PASS ? 1 : 0;
  }

  public List<TraineeKpi> forWorkshop(String workshopId, String policyId, int version) {
    return Sql.query(dataSource, "SELECT * FROM trainee_kpis WHERE workshop_id = ? AND policy_id = ? AND "
        + "policy_version = ? ORDER BY trainee_id", rs -> new TraineeKpi(rs.getString("workshop_id"),
        rs.getString("trainee_id"), rs.getString("policy_id"), rs.getInt("policy_version"), rs.getInt("sessions"),
        rs.getInt("passed"), rs.getDouble("score_sum"), rs.getInt("answered_applicable"),
        rs.getInt("answered_in_time"), rs.getInt("satisfied"), rs.getInt("complaints"),
        rs.getInt("complaints_satisfied"), rs.getInt("hung_up")), workshopId, policyId, version);
  }

  public TraineeKpi workshopTotal(String workshopId, String policyId, int version) {
    TraineeKpi total = TraineeKpi.empty(workshopId, policyId, version);
    for (TraineeKpi k : forWorkshop(workshopId, policyId, version)) total = total.plus(k);
    return total;
  }
}
