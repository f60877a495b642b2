package servicesim.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import servicesim.policy.Goals;
import servicesim.policy.Outcomes;
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

  /** A KPI against its goal: the share reached (NaN while nothing counts towards it), the goal, and whether it is met. */
  public record Kpi(String id, String name, double share, Optional<Double> goal) {
    /** Empty when no goal is set or nothing counts towards it yet (no session, or none it applies to). */
    public Optional<Boolean> met() {
      return Double.isNaN(share) ? Optional.empty() : goal.map(g -> share >= g);
    }

    public boolean measured() {
      return !Double.isNaN(share);
    }
  }

  public List<Kpi> kpis() {
    return List.of(
        new Kpi("answeredWithinLimit", "answered within limit", total.answeredWithinLimitShare(),
            goals.answeredWithinLimit()),
        new Kpi("satisfied", "satisfied", total.satisfiedShare(), goals.satisfied()),
        new Kpi("wouldBuyAgain", "would buy again", total.wouldBuyAgainShare(), goals.wouldBuyAgain()));
  }

  /**
   * The likely reach of unhappy customers (003): each who ended unsatisfied or hung up tells 9 to 15 people, and for
   * every customer who complains 26 stay silent. Neutral customers are not counted.
   */
  public record Reach(int unhappy, int low, int high, int silentPerComplaint) {
    public static final int TELLS_AT_LEAST = 9;
    public static final int TELLS_AT_MOST = 15;
    public static final int SILENT_PER_COMPLAINT = 26;
  }

  public Reach reach() {
    int unhappy = outcomes.entrySet().stream().filter(e -> Outcomes.unhappy(e.getKey()))
        .mapToInt(Map.Entry::getValue).sum();
    return new Reach(unhappy, unhappy * Reach.TELLS_AT_LEAST, unhappy * Reach.TELLS_AT_MOST,
        Reach.SILENT_PER_COMPLAINT);
  }

  /** How many verdicts reviewers overrode (final differs from the machine's), in how many sessions. */
  public record Overridden(int verdicts, int sessions) {}

  /** The scores are final: this says how many verdicts in them are reviewers' rather than the machine's. */
  public Overridden overridden() {
    int verdicts = 0;
    int sessionsOverridden = 0;
    for (Entry e : sessions) {
      int n = e.score().map(StoredScore::overridden).orElse(0);
      verdicts += n;
      if (n > 0) sessionsOverridden++;
    }
    return new Overridden(verdicts, sessionsOverridden);
  }

  /** How many scored sessions fall in a band of scores ({@code from} to {@code to}, both included). */
  public record Band(int from, int to, int sessions) {}

  /** Scored sessions per ten points of score: 0–9, 10–19, …, 90–100. */
  public List<Band> distribution() {
    int[] counts = new int[10];
    for (Entry e : sessions) e.score().ifPresent(s -> counts[Math.min(9, (int) Math.floor(s.score() / 10))]++);
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < 10; i++) bands.add(new Band(i * 10, i == 9 ? 100 : i * 10 + 9, counts[i]));
    return List.copyOf(bands);
  }

  /** Builds the scoreboard from the read models. */
  public static Scoreboard of(WorkshopRow workshop, Goals goals, List<SessionRow> sessions, List<StoredScore> scores,
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
