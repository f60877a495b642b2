package servicesim.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import servicesim.policy.Goals;
import servicesim.readside.ScoreRepository;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;
import servicesim.readside.TraineeKpi;
import servicesim.readside.WorkshopRow;

/**
 * A workshop's results under one policy version: every session with its score and verdicts, each trainee's aggregate,
 * per-rule pass rates, each trainee's weakest rules, outcomes, and the KPIs against the policy's goals.
 */
public record Scoreboard(
    WorkshopRow workshop,
    String policyId,
    int policyVersion,
    Goals goals,
    List<Entry> sessions,
    List<TraineeKpi> trainees,
    TraineeKpi total,
    List<RuleRate> rules,
    Map<String, List<RuleRate>> weakest,
    Map<String, Integer> outcomes) {

  /** A session and its score (absent while the session is still running or not yet scored). */
  public record Entry(SessionRow session, Optional<StoredScore> score) {}

  /** How one rule fared, across the workshop or for one trainee. */
  public record RuleRate(String ruleId, int passed, int failed, int notApplicable) {
    public double passRate() {
      int applicable = passed + failed;
      return applicable == 0 ? Double.NaN : (double) passed / applicable;
    }
  }

  /** A KPI against its goal: the share reached, the goal, and whether it is met. */
  public record Kpi(String name, double share, Optional<Double> goal) {
    public Optional<Boolean> met() {
      return goal.map(g -> !Double.isNaN(share) && share >= g);
    }
  }

  public List<Kpi> kpis() {
    return List.of(
        new Kpi("answered within limit", total.answeredWithinLimitShare(), goals.answeredWithinLimit()),
        new Kpi("satisfied", total.satisfiedShare(), goals.satisfied()),
        new Kpi("would buy again", total.wouldBuyAgainShare(), goals.wouldBuyAgain()));
  }

  /** Builds the scoreboard from the read models. */
  static Scoreboard of(WorkshopRow workshop, Goals goals, List<SessionRow> sessions, List<StoredScore> scores,
      List<TraineeKpi> trainees, TraineeKpi total, List<ScoreRepository.RuleCount> counts) {
    Map<String, StoredScore> bySession = new LinkedHashMap<>();
    for (StoredScore s : scores) bySession.put(s.sessionId(), s);
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    for (SessionRow row : sessions) {
      Optional<StoredScore> score = Optional.ofNullable(bySession.get(row.sessionId()));
      entries.add(new Entry(row, score));
      score.ifPresent(s -> outcomes.merge(s.outcome(), 1, Integer::sum));
    }
    Map<String, RuleRate> rules = new LinkedHashMap<>();
    Map<String, List<RuleRate>> byTrainee = new LinkedHashMap<>();
    for (ScoreRepository.RuleCount c : counts) {
      rules.merge(c.ruleId(), new RuleRate(c.ruleId(), c.passed(), c.failed(), c.notApplicable()),
          (a, b) -> new RuleRate(a.ruleId(), a.passed() + b.passed(), a.failed() + b.failed(),
              a.notApplicable() + b.notApplicable()));
      byTrainee.computeIfAbsent(c.traineeId(), k -> new ArrayList<>())
          .add(new RuleRate(c.ruleId(), c.passed(), c.failed(), c.notApplicable()));
    }
    Map<String, List<RuleRate>> weakest = new LinkedHashMap<>();
    byTrainee.forEach((trainee, list) -> weakest.put(trainee, list.stream()
        .filter(r -> r.failed() > 0)
        .sorted(Comparator.comparingDouble(RuleRate::passRate).thenComparing(r -> -r.failed()))
        .limit(3).toList()));
    return new Scoreboard(workshop, workshop.policyId(), workshop.policyVersion(), goals, List.copyOf(entries),
        trainees, total, List.copyOf(rules.values()), weakest, outcomes);
  }
}
