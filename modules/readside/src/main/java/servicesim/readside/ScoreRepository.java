package servicesim.readside;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import servicesim.policy.rules.Evidence;
import servicesim.policy.review.FinalVerdicts;
import servicesim.policy.review.VerdictOverride;
import servicesim.policy.rules.RuleVerdict;
import servicesim.policy.rules.Verdict;
import servicesim.policy.scoring.SessionScore;

/**
 * Scores and per-rule verdicts, one set per session and policy version: rescoring under a new version adds a set and
 * keeps the old, so both stay queryable.
 */
public final class ScoreRepository {

  private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {};

  private final DataSource dataSource;
  private final ObjectMapper mapper;

  public ScoreRepository(DataSource dataSource, ObjectMapper mapper) {
    this.dataSource = dataSource;
    this.mapper = mapper;
  }

  static boolean exists(Connection c, String sessionId, String policyId, int version) throws SQLException {
    return !Sql.query(c, "SELECT 1 FROM session_scores WHERE session_id = ? AND policy_id = ? AND policy_version = ?",
        rs -> 1, sessionId, policyId, version).isEmpty();
  }

  /**
   * Stores the machine's score of a session and, where reviewers overrode verdicts of the session already, the final
   * score beside it; answers the final score (the one KPIs count).
   */
  static SessionScore save(Connection c, ObjectMapper mapper, String sessionId, SessionScore machine, Instant scoredAt,
      double passMark) throws Exception {
    Map<String, VerdictOverride> overrides = ReviewRepository.overrides(c, sessionId);
    SessionScore fin = FinalVerdicts.finalScore(machine, overrides, passMark);
    Sql.update(c, "INSERT INTO session_scores (session_id, policy_id, policy_version, score, passed, outcome, "
            + "critical_failures, scored_at, machine_score, machine_passed, overridden) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessionId, machine.policyId(),
        machine.policyVersion(), fin.score(), fin.passed(), machine.outcome(), String.join(",", fin.criticalFailures()),
        scoredAt, machine.score(), machine.passed(), FinalVerdicts.overridden(machine.verdicts(), overrides));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO rule_verdicts (session_id, policy_id, policy_version, "
        + "rule_id, position, verdict, critical, weight, explanation, evidence, machine_verdict) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (RuleVerdict v : machine.verdicts()) {
        String verdict = fin.verdicts().get(position).verdict().id();
        Sql.bind(ps, sessionId, machine.policyId(), machine.policyVersion(), v.id(), position++, verdict,
            v.critical(), v.weight(), truncate(v.explanation(), 4000), mapper.writeValueAsString(v.evidence()),
            v.verdict().id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return fin;
  }

  /** A stored score's final verdicts before and after its session's overrides changed. */
  record Refinalized(SessionScore before, SessionScore after) {}

  /**
   * Applies a session's overrides, as they now stand, to every score it has (under each policy version it was scored
   * under): the final verdicts, score and result change, the machine's stay. Answers each score that changed.
   */
  static List<Refinalized> refinalize(Connection c, String sessionId, Map<String, VerdictOverride> overrides,
      java.util.function.BiFunction<String, Integer, Optional<Double>> passMark) throws SQLException {
    List<Refinalized> changed = new ArrayList<>();
    List<Object[]> scores = Sql.query(c, "SELECT policy_id, policy_version, score, passed, outcome, critical_failures "
        + "FROM session_scores WHERE session_id = ? ORDER BY policy_id, policy_version", rs -> new Object[] {
            rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getBoolean(4), rs.getString(5), rs.getString(6)},
        sessionId);
    for (Object[] row : scores) {
      String policyId = (String) row[0];
      int version = (Integer) row[1];
      Optional<Double> mark = passMark.apply(policyId, version);
      if (mark.isEmpty()) continue;
      List<RuleVerdict[]> verdicts = Sql.query(c, "SELECT rule_id, verdict, machine_verdict, critical, weight "
          + "FROM rule_verdicts WHERE session_id = ? AND policy_id = ? AND policy_version = ? ORDER BY position",
          rs -> new RuleVerdict[] {
              new RuleVerdict(rs.getString(1), Verdict.byId(rs.getString(2)), rs.getBoolean(4), rs.getDouble(5),
                  List.of(), ""),
              new RuleVerdict(rs.getString(1), Verdict.byId(rs.getString(3)), rs.getBoolean(4), rs.getDouble(5),
                  List.of(), "")}, sessionId, policyId, version);
      List<RuleVerdict> stored = verdicts.stream().map(v -> v[0]).toList();
      List<RuleVerdict> machine = verdicts.stream().map(v -> v[1]).toList();
      String critical = (String) row[5];
      SessionScore before = new SessionScore(policyId, version, (Double) row[2], (Boolean) row[3], (String) row[4],
          critical == null || critical.isEmpty() ? List.of() : Arrays.asList(critical.split(",")), stored);
      SessionScore after = FinalVerdicts.finalScore(SessionScore.of(policyId, version, mark.get(), before.outcome(),
          machine), overrides, mark.get());
      List<String> differing = new ArrayList<>();
      for (int i = 0; i < stored.size(); i++) {
        if (stored.get(i).verdict() != after.verdicts().get(i).verdict()) differing.add(stored.get(i).id());
      }
      if (differing.isEmpty()) continue;
      for (String rule : differing) {
        Sql.update(c, "UPDATE rule_verdicts SET verdict = ? WHERE session_id = ? AND policy_id = ? AND "
            + "policy_version = ? AND rule_id = ?", after.verdict(rule).orElseThrow().verdict().id(), sessionId,
            policyId, version, rule);
      }
      Sql.update(c, "UPDATE session_scores SET score = ?, passed = ?, critical_failures = ?, overridden = ? "
              + "WHERE session_id = ? AND policy_id = ? AND policy_version = ?", after.score(), after.passed(),
          String.join(",", after.criticalFailures()), FinalVerdicts.overridden(machine, overrides), sessionId,
          policyId, version);
      changed.add(new Refinalized(before, after));
    }
    return changed;
  }

  /** The session's score under the given policy version, or under the version it ran with when none is given. */
  public Optional<StoredScore> get(String sessionId, String policyId, Integer version) {
    List<StoredScore> scores = Sql.query(dataSource, "SELECT sc.* FROM session_scores sc JOIN sessions s "
            + "ON s.session_id = sc.session_id WHERE sc.session_id = ? AND sc.policy_id = COALESCE(?, s.policy_id) "
            + "AND sc.policy_version = COALESCE(?, s.policy_version)", this::withoutVerdicts, sessionId, policyId,
        version);
    if (scores.isEmpty()) return Optional.empty();
    StoredScore s = withVerdicts(scores.get(0));
    return Optional.of(withOverrides(s, ReviewRepository.overrides(dataSource, sessionId)));
  }

  /** Every stored score (or one session's), each with its verdicts, in session and version order. */
  public void forEachStored(String sessionId, java.util.function.Consumer<StoredScore> consumer) {
    String where = sessionId == null ? "" : " WHERE session_id = ?";
    Object[] params = sessionId == null ? new Object[0] : new Object[] {sessionId};
    List<StoredScore> keys = Sql.query(dataSource, "SELECT * FROM session_scores" + where
        + " ORDER BY session_id, policy_id, policy_version", this::withoutVerdicts, params);
    for (StoredScore s : keys) consumer.accept(withVerdicts(s));
  }

  /** Every policy version a session has been scored under. */
  public List<StoredScore> versions(String sessionId) {
    return Sql.query(dataSource, "SELECT * FROM session_scores WHERE session_id = ? ORDER BY policy_id, policy_version",
        this::withoutVerdicts, sessionId);
  }

  /** Scores of a workshop's sessions under one policy version, verdicts included. */
  public List<StoredScore> forWorkshop(String workshopId, String policyId, int version) {
    List<StoredScore> scores = Sql.query(dataSource, "SELECT sc.* FROM session_scores sc JOIN sessions s "
            + "ON s.session_id = sc.session_id WHERE s.workshop_id = ? AND sc.policy_id = ? AND sc.policy_version = ? "
            + "ORDER BY s.trainee_id, s.scenario_id", this::withoutVerdicts, workshopId, policyId, version);
    if (scores.isEmpty()) return scores;
    Map<String, List<StoredScore.Verdict>> verdicts = new LinkedHashMap<>();
    for (Object[] row : Sql.query(dataSource, "SELECT v.* FROM rule_verdicts v JOIN sessions s ON s.session_id = "
            + "v.session_id WHERE s.workshop_id = ? AND v.policy_id = ? AND v.policy_version = ? ORDER BY v.session_id, "
            + "v.position", rs -> new Object[] {rs.getString("session_id"), verdict(rs)}, workshopId, policyId, version)) {
      verdicts.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((StoredScore.Verdict) row[1]);
    }
    Map<String, Map<String, StoredOverride>> overrides = ReviewRepository.overridesOfWorkshop(dataSource, workshopId);
    List<StoredScore> out = new ArrayList<>(scores.size());
    for (StoredScore s : scores) {
      out.add(withOverrides(s.withVerdicts(verdicts.getOrDefault(s.sessionId(), List.of())),
          overrides.getOrDefault(s.sessionId(), Map.of())));
    }
    return out;
  }

  /**
   * A trainee's scored sessions in every workshop, each under the policy version it ran with, verdicts included,
   * oldest first.
   */
  public List<StoredScore> forTrainee(String traineeId) {
    String own = "JOIN sessions s ON s.session_id = %s.session_id AND %s.policy_id = s.policy_id "
        + "AND %s.policy_version = s.policy_version WHERE s.trainee_id = ?";
    List<StoredScore> scores = Sql.query(dataSource, "SELECT sc.* FROM session_scores sc " + own.formatted("sc", "sc",
        "sc") + " ORDER BY s.started_at, s.session_id", this::withoutVerdicts, traineeId);
    if (scores.isEmpty()) return scores;
    Map<String, List<StoredScore.Verdict>> verdicts = new LinkedHashMap<>();
    for (Object[] row : Sql.query(dataSource, "SELECT v.* FROM rule_verdicts v " + own.formatted("v", "v", "v")
        + " ORDER BY v.session_id, v.position", rs -> new Object[] {rs.getString("session_id"), verdict(rs)}, traineeId)) {
      verdicts.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((StoredScore.Verdict) row[1]);
    }
    List<StoredScore> out = new ArrayList<>(scores.size());
    for (StoredScore s : scores) out.add(s.withVerdicts(verdicts.getOrDefault(s.sessionId(), List.of())));
    return out;
  }

  /** How often each rule passed, failed or did not apply, per trainee, for a workshop under one policy version. */
  public record RuleCount(String traineeId, String ruleId, int passed, int failed, int notApplicable) {
    public double passRate() {
      int applicable = passed + failed;
      return applicable == 0 ? Double.NaN : (double) passed / applicable;
    }
  }

  public List<RuleCount> ruleCounts(String workshopId, String policyId, int version) {
    return Sql.query(dataSource, "SELECT s.trainee_id, v.rule_id, MIN(v.position) AS pos, "
            + "SUM(CASE WHEN v.verdict = 'pass' THEN 1 ELSE 0 END) AS passed, "
            + "SUM(CASE WHEN v.verdict = 'fail' THEN 1 ELSE 0 END) AS failed, "
            + "SUM(CASE WHEN v.verdict = 'n/a' THEN 1 ELSE 0 END) AS na "
            + "FROM rule_verdicts v JOIN sessions s ON s.session_id = v.session_id "
            + "WHERE s.workshop_id = ? AND v.policy_id = ? AND v.policy_version = ? "
            + "GROUP BY s.trainee_id, v.rule_id ORDER BY s.trainee_id, pos",
        rs -> new RuleCount(rs.getString(1), rs.getString(2), rs.getInt(4), rs.getInt(5), rs.getInt(6)), workshopId,
        policyId, version);
  }

  /** Sessions scored under a version, their average there, and the same sessions' average as first scored. */
  public record Comparison(long sessions, double average, double originalAverage) {}

  public Comparison compare(String policyId, int version) {
    return Sql.query(dataSource, "SELECT COUNT(*), AVG(n.score), AVG(o.score) FROM session_scores n "
        + "JOIN sessions s ON s.session_id = n.session_id "
        + "JOIN session_scores o ON o.session_id = s.session_id AND o.policy_id = s.policy_id "
        + "AND o.policy_version = s.policy_version WHERE n.policy_id = ? AND n.policy_version = ?",
        rs -> new Comparison(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)), policyId, version).get(0);
  }

  private StoredScore withoutVerdicts(ResultSet rs) throws SQLException {
    String critical = rs.getString("critical_failures");
    return new StoredScore(rs.getString("session_id"), rs.getString("policy_id"), rs.getInt("policy_version"),
        rs.getDouble("score"), rs.getBoolean("passed"), rs.getString("outcome"),
        critical == null || critical.isEmpty() ? List.of() : Arrays.asList(critical.split(",")),
        Sql.instant(rs, "scored_at"), List.of(), rs.getDouble("machine_score"), rs.getBoolean("machine_passed"),
        rs.getInt("overridden"));
  }

  /** The score with who overrode which verdict, and whether the machine's verdict moved since. */
  private static StoredScore withOverrides(StoredScore s, Map<String, StoredOverride> overrides) {
    if (overrides.isEmpty()) return s;
    List<StoredScore.Verdict> verdicts = new ArrayList<>(s.verdicts().size());
    for (StoredScore.Verdict v : s.verdicts()) {
      StoredOverride o = overrides.get(v.ruleId());
      verdicts.add(o == null ? v : v.withOverride(new StoredScore.Override(o.by(), o.role(), o.reason(), o.at(),
          o.machineVerdict(), !o.machineVerdict().equals(v.machineVerdict()), o.disputeId())));
    }
    return s.withVerdicts(verdicts);
  }

  private StoredScore withVerdicts(StoredScore s) {
    List<StoredScore.Verdict> verdicts = Sql.query(dataSource, "SELECT * FROM rule_verdicts WHERE session_id = ? AND "
        + "policy_id = ? AND policy_version = ? ORDER BY position", this::verdict, s.sessionId(), s.policyId(),
        s.policyVersion());
    return s.withVerdicts(verdicts);
  }

  private StoredScore.Verdict verdict(ResultSet rs) throws SQLException {
    List<Evidence> evidence;
    try {
      evidence = mapper.readValue(rs.getString("evidence"), EVIDENCE);
    } catch (Exception e) {
      throw new SQLException("unreadable evidence of " + rs.getString("session_id") + "/" + rs.getString("rule_id"), e);
    }
    return new StoredScore.Verdict(rs.getString("rule_id"), rs.getString("verdict"), rs.getBoolean("critical"),
        rs.getDouble("weight"), rs.getString("explanation"), evidence, rs.getString("machine_verdict"), null);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
