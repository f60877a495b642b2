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
import servicesim.readside.ReadSide;
import servicesim.readside.ReviewRepository;
import servicesim.readside.SessionRow;
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
