package servicesim.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import servicesim.policy.rules.Verdict;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;
import servicesim.readside.WorkshopRow;
import servicesim.scenario.workshop.Workshop;

/**
 * A trainee's progress across workshops: every session with its score and its weakest rules, the trend of scores
 * over time, and each rule's pass rate over the trainee's last {@code last} scored sessions. Scores an assessment
 * has not released yet are left out when the trainee reads their own progress.
 *
 * @param sessions every session of the trainee, oldest first
 * @param trend the scored sessions shown, oldest first: what a chart of progress plots
 * @param rules each rule over the last {@code last} scored sessions shown, weakest first (rules that never applied
 *     last)
 */
public record Progress(String traineeId, String name, int last, List<Item> sessions, List<Point> trend,
    List<Scoreboard.RuleRate> rules, Summary summary) {

  /** The default number of recent sessions the pass rates look at. */
  public static final int LAST = 10;

  /** How many failed rules a session lists as its weakest. */
  public static final int WEAKEST = 3;

  /**
   * One session: where and what, how it stands ({@code running}, {@code ended} while it is being scored,
   * {@code scored}, or {@code feedback-pending} in an assessment not released yet), and once scored its score,
   * result, outcome and weakest rules (failed ones, critical first, then by weight).
   */
  public record Item(String sessionId, String workshopId, String workshopTitle, String scenarioId,
      String scenarioTitle, String channel, String language, Instant startedAt, Instant endedAt, String status,
      Optional<Score> score) {}

  /** A score as the progress shows it. */
  public record Score(double score, boolean passed, boolean criticalFailed, String outcome, String policyId,
      int policyVersion, List<String> weakest) {}

  /** A point of the trend: a scored session by the time it ended. */
  public record Point(String sessionId, Instant at, double score, boolean passed) {}

  /** Sessions in all, scored ones shown, passed ones, their average score, and the average of the last ones. */
  public record Summary(int sessions, int scored, int passed, Optional<Double> averageScore,
      Optional<Double> recentAverageScore) {}

  public static Progress of(String traineeId, List<SessionRow> sessions, List<StoredScore> scores,
      Map<String, WorkshopRow> workshops, int last, boolean hideUnreleased) {
    Map<String, StoredScore> bySession = new LinkedHashMap<>();
    for (StoredScore s : scores) bySession.put(s.sessionId(), s);
    List<SessionRow> ordered = new ArrayList<>(sessions);
    ordered.sort(Comparator.comparing(SessionRow::startedAt, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(SessionRow::sessionId));
    List<Item> items = new ArrayList<>();
    List<StoredScore> shown = new ArrayList<>();
    String name = traineeId;
    for (SessionRow row : ordered) {
      if (row.traineeName() != null) name = row.traineeName();
      WorkshopRow w = workshops.get(row.workshopId());
      // a workshop the read side does not know yet may be an assessment: its score waits
      boolean held = hideUnreleased && (w == null || Workshop.ASSESSMENT.equals(w.mode()) && !w.feedbackReleased());
      StoredScore score = bySession.get(row.sessionId());
      String status = !row.ended() ? "running" : score == null ? "ended" : held ? "feedback-pending" : "scored";
      Optional<Score> visible = Optional.empty();
      if (score != null && !held) {
        shown.add(score);
        visible = Optional.of(new Score(score.score(), score.passed(), !score.criticalFailures().isEmpty(),
            score.outcome(), score.policyId(), score.policyVersion(), weakest(score)));
      }
      items.add(new Item(row.sessionId(), row.workshopId(), w == null ? row.workshopId() : w.title(),
          row.scenarioId(), row.scenarioTitle(), row.channel(), row.language(), row.startedAt(), row.endedAt(),
          status, visible));
    }
    Map<String, SessionRow> rows = new LinkedHashMap<>();
    for (SessionRow r : ordered) rows.put(r.sessionId(), r);
    List<Point> trend = shown.stream().map(s -> {
      SessionRow r = rows.get(s.sessionId());
      return new Point(s.sessionId(), r.endedAt() != null ? r.endedAt() : r.startedAt(), s.score(), s.passed());
    }).toList();
    List<StoredScore> recent = shown.subList(Math.max(0, shown.size() - last), shown.size());
    Summary summary = new Summary(items.size(), shown.size(), (int) shown.stream().filter(StoredScore::passed).count(),
        average(shown), average(recent));
    return new Progress(traineeId, name, last, List.copyOf(items), trend, rates(recent), summary);
  }

  /** Failed rules, critical ones first, then the heaviest. */
  static List<String> weakest(StoredScore s) {
    return s.verdicts().stream().filter(v -> v.verdict().equals(Verdict.FAIL.id()))
        .sorted(Comparator.comparing((StoredScore.Verdict v) -> !v.critical())
            .thenComparing(Comparator.comparingDouble(StoredScore.Verdict::weight).reversed()))
        .limit(WEAKEST).map(StoredScore.Verdict::ruleId).toList();
  }

  private static List<Scoreboard.RuleRate> rates(List<StoredScore> scores) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (StoredScore s : scores) {
      for (StoredScore.Verdict v : s.verdicts()) {
        int[] c = counts.computeIfAbsent(v.ruleId(), k -> new int[3]);
        c[v.verdict().equals(Verdict.PASS.id()) ? 0 : v.verdict().equals(Verdict.FAIL.id()) ? 1 : 2]++;
      }
    }
    List<Scoreboard.RuleRate> out = new ArrayList<>();
    counts.forEach((rule, c) -> out.add(new Scoreboard.RuleRate(rule, c[0], c[1], c[2])));
    out.sort(Comparator.comparing((Scoreboard.RuleRate r) -> Double.isNaN(r.passRate()))
        .thenComparingDouble(r -> Double.isNaN(r.passRate()) ? 0 : r.passRate()));
    return List.copyOf(out);
  }

  private static Optional<Double> average(List<StoredScore> scores) {
    return scores.isEmpty() ? Optional.empty()
        : Optional.of(scores.stream().mapToDouble(StoredScore::score).average().orElseThrow());
  }
}
