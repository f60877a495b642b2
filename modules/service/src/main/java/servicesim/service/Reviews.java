package servicesim.service;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import servicesim.policy.review.ReviewedLines;
import servicesim.policy.rules.RuleKind;
import servicesim.policy.rules.Verdict;
import servicesim.readside.ReadSide;
import servicesim.readside.ReviewRepository;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredOverride;
import servicesim.readside.StoredScore;
import servicesim.simulation.CalibrationEntity;
import servicesim.simulation.Rejection;
import servicesim.simulation.ReviewEntity;

/**
 * Reviews, disputes and calibrations: looks up what a review command needs to know of its session (workshop,
 * trainee, whether feedback is released, the machine's verdicts) and asks the session's review entity; calibrations
 * are entities of their own.
 */
public final class Reviews {

  private static final Duration ASK = Duration.ofSeconds(30);

  private final Node node;
  private final ActorSystem<?> system;
  private final ReadSide readSide;

  public Reviews(Node node) {
    this.node = node;
    this.system = node.system();
    this.readSide = node.readSide();
  }

  /** A session that is not (yet) on the read side. */
  public record NoSession(String sessionId) implements Rejection.NotFound {
    public String message() {
      return "no session '" + sessionId + "'";
    }
  }

  /** The session as a review sees it; the session must be known to the read side. */
  public CompletionStage<ReviewEntity.Subject> subject(String sessionId) {
    Optional<SessionRow> row = readSide.sessions().get(sessionId);
    if (row.isEmpty()) return CompletableFuture.failedFuture(new Rejection.Refused(new NoSession(sessionId)));
    SessionRow s = row.get();
    Map<String, String> machine = new LinkedHashMap<>();
    readSide.scores().get(sessionId, null, null).ifPresent(score -> {
      for (StoredScore.Verdict v : score.verdicts()) machine.put(v.ruleId(), v.machineVerdict());
    });
    return node.workshops().getAsync(s.workshopId()).thenApply(w -> new ReviewEntity.Subject(sessionId,
        s.workshopId(), s.traineeId(), w.feedbackHidden(), machine));
  }

  public CompletionStage<ReviewEntity.Summary> override(String sessionId, ReviewEntity.Author author, String ruleId,
      String verdict, String reason) {
    return change(sessionId, (s, at) -> r -> new ReviewEntity.OverrideVerdict(s, author, ruleId, verdict, reason, at,
        r));
  }

  public CompletionStage<ReviewEntity.Summary> comment(String sessionId, ReviewEntity.Author author, Long seqNr,
      String ruleId, String comment) {
    return change(sessionId, (s, at) -> r -> new ReviewEntity.AddComment(s, author, seqNr, ruleId, comment, at, r));
  }

  public CompletionStage<ReviewEntity.Summary> invite(String sessionId, ReviewEntity.Author author,
      String reviewerId) {
    return change(sessionId, (s, at) -> r -> new ReviewEntity.Invite(s, author, reviewerId, at, r));
  }

  public CompletionStage<ReviewEntity.Summary> dispute(String sessionId, ReviewEntity.Author author, String ruleId,
      String message) {
    return change(sessionId, (s, at) -> r -> new ReviewEntity.OpenDispute(s, author, ruleId, message, at, r));
  }

  public CompletionStage<ReviewEntity.Summary> decide(String sessionId, ReviewEntity.Author author, String disputeId,
      boolean accept, String verdict, String reason) {
    return change(sessionId, (s, at) -> r -> new ReviewEntity.DecideDispute(s, author, disputeId, accept, verdict,
        reason, at, r));
  }

  /** The review entity's own view: reviewers invited, comments, overrides, disputes. */
  public CompletionStage<ReviewEntity.Summary> get(String sessionId) {
    return AskPattern.ask(review(sessionId), ReviewEntity.Get::new, ASK, system.scheduler());
  }

  public ReviewRepository.SessionReview stored(String sessionId) {
    return readSide.reviews().session(sessionId);
  }

  public List<ReviewRepository.Dispute> disputes(String status, String workshopId, int limit) {
    return readSide.reviews().disputes(status, workshopId, limit);
  }

  /**
   * Every overridden or disputed text verdict as labelled lines (ACTS.md's TSV), oldest review first: what reviewers
   * say detection got wrong, or right when they upheld it, ready for {@code detect --eval}.
   */
  public List<ReviewedLines.Line> labelledLines() throws java.sql.SQLException {
    ReviewRepository repo = readSide.reviews();
    Map<String, Map<String, Boolean>> reviewed = new LinkedHashMap<>();
    for (StoredOverride o : repo.allOverrides()) {
      reviewed.computeIfAbsent(o.sessionId(), k -> new LinkedHashMap<>()).putIfAbsent(o.ruleId(), false);
    }
    for (ReviewRepository.Dispute d : repo.allDisputes()) {
      Map<String, Boolean> rules = reviewed.computeIfAbsent(d.sessionId(), k -> new LinkedHashMap<>());
      boolean open = d.status().equals("open") && !rules.containsKey(d.ruleId());
      rules.merge(d.ruleId(), open, (a, b) -> a || b);
    }
    Map<String, Map<String, java.util.Set<Long>>> pointers = repo.pointers();
    List<ReviewedLines.Line> out = new java.util.ArrayList<>();
    for (Map.Entry<String, Map<String, Boolean>> e : reviewed.entrySet()) {
      String sessionId = e.getKey();
      Optional<StoredScore> score = readSide.scores().get(sessionId, null, null);
      List<servicesim.policy.transcript.SessionEvent> events;
      try (java.sql.Connection c = node.database().dataSource().getConnection()) {
        events = readSide.journal().sessionEvents(c, sessionId);
      }
      if (score.isEmpty() || events.isEmpty()) continue;
      Optional<servicesim.policy.Policy> policy = node.catalog().policy(score.get().policyId(),
          score.get().policyVersion());
      if (policy.isEmpty()) continue;
      servicesim.policy.transcript.SessionEvent.SessionStarted started =
          (servicesim.policy.transcript.SessionEvent.SessionStarted) events.get(0);
      List<ReviewedLines.Message> messages = new java.util.ArrayList<>();
      for (servicesim.policy.transcript.SessionEvent ev : events) {
        if (ev instanceof servicesim.policy.transcript.SessionEvent.AgentMessageSent m) {
          messages.add(new ReviewedLines.Message(m.seqNr(), m.text(), m.acts() == null ? List.of() : m.acts()));
        }
      }
      List<ReviewedLines.ReviewedRule> rules = new java.util.ArrayList<>();
      for (Map.Entry<String, Boolean> r : e.getValue().entrySet()) {
        Optional<StoredScore.Verdict> v = score.get().verdicts().stream()
            .filter(x -> x.ruleId().equals(r.getKey())).findFirst();
        Optional<servicesim.policy.RuleSpec> spec = policy.get().rules().stream()
            .filter(x -> x.id().equals(r.getKey())).findFirst();
        if (v.isEmpty() || spec.isEmpty()) continue;
        Optional<RuleKind> kind = RuleKind.byId(spec.get().kind());
        if (kind.isEmpty()) continue;
        java.util.Set<Long> evidence = new java.util.LinkedHashSet<>();
        v.get().evidence().forEach(x -> evidence.add(x.seqNr()));
        rules.add(new ReviewedLines.ReviewedRule(r.getKey(), kind.get().textActs(spec.get()), kind.get().wantsActs(),
            Verdict.byId(v.get().machineVerdict()), Verdict.byId(v.get().verdict()), r.getValue(), evidence,
            pointers.getOrDefault(sessionId, Map.of()).getOrDefault(r.getKey(), java.util.Set.of())));
      }
      out.addAll(ReviewedLines.lines(new ReviewedLines.Session(sessionId, started.language(), started.agentName(),
          started.organisation(), messages, rules)));
    }
    return out;
  }

  // ---------------------------------------------------------------- calibrations

  /** Sets up a calibration over scored sessions, with the machine's verdicts of each as they stand now. */
  public CompletionStage<CalibrationEntity.Summary> createCalibration(String title, List<String> sessions,
      List<String> reviewers, ReviewEntity.Author author) {
    Map<String, Map<String, String>> machine = new LinkedHashMap<>();
    for (String s : sessions) {
      Map<String, String> verdicts = new LinkedHashMap<>();
      readSide.scores().get(s, null, null).ifPresent(score -> {
        for (StoredScore.Verdict v : score.verdicts()) verdicts.put(v.ruleId(), v.machineVerdict());
      });
      machine.put(s, verdicts);
    }
    String id = "cal-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
    Instant at = now();
    return AskPattern.<CalibrationEntity.Command, CalibrationEntity.Reply>ask(calibration(id),
            r -> new CalibrationEntity.Create(title, sessions, reviewers, machine, author, at, r), ASK,
            system.scheduler())
        .thenApply(CalibrationEntity.Reply::orThrow);
  }

  public CompletionStage<CalibrationEntity.Summary> scoreCalibration(String calibrationId, ReviewEntity.Author author,
      String sessionId, Map<String, String> verdicts) {
    Instant at = now();
    return AskPattern.<CalibrationEntity.Command, CalibrationEntity.Reply>ask(calibration(calibrationId),
            r -> new CalibrationEntity.Score(author, sessionId, verdicts, at, r), ASK, system.scheduler())
        .thenApply(CalibrationEntity.Reply::orThrow);
  }

  public CompletionStage<CalibrationEntity.Summary> calibration(String calibrationId, boolean mustExist) {
    return AskPattern.<CalibrationEntity.Command, CalibrationEntity.Summary>ask(calibration(calibrationId),
        CalibrationEntity.Get::new, ASK, system.scheduler()).thenApply(s -> {
          if (mustExist && !s.created()) throw new Rejection.Refused(new CalibrationEntity.Missing(calibrationId));
          return s;
        });
  }

  public List<ReviewRepository.Calibration> calibrations(String reviewerId) {
    return readSide.reviews().calibrations(reviewerId);
  }

  // ---------------------------------------------------------------- plumbing

  private interface Command {
    java.util.function.Function<akka.actor.typed.ActorRef<ReviewEntity.Reply>, ReviewEntity.Command> make(
        ReviewEntity.Subject subject, Instant at);
  }

  private CompletionStage<ReviewEntity.Summary> change(String sessionId, Command command) {
    return subject(sessionId).thenCompose(s -> {
      Instant at = now();
      return AskPattern.<ReviewEntity.Command, ReviewEntity.Reply>ask(review(sessionId), r -> command.make(s, at)
          .apply(r), ASK, system.scheduler());
    }).thenApply(ReviewEntity.Reply::orThrow);
  }

  private Instant now() {
    return node.clock().instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private EntityRef<ReviewEntity.Command> review(String sessionId) {
    return ClusterSharding.get(system).entityRefFor(ReviewEntity.ENTITY_KEY, sessionId);
  }

  private EntityRef<CalibrationEntity.Command> calibration(String calibrationId) {
    return ClusterSharding.get(system).entityRefFor(CalibrationEntity.ENTITY_KEY, calibrationId);
  }
}
