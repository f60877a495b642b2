package servicesim.service;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.policy.Policy;
import servicesim.policy.transcript.SessionEvent;
import servicesim.readside.SessionRow;
import servicesim.scenario.Scenario;
import servicesim.scenario.conversation.SessionSetup;
import servicesim.simulation.Rejection;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * Sessions played by a live trainee (over HTTP) in wall time. Each session plays its own customer, on timers of the
 * entity itself, so there is exactly one customer per session in the cluster; after a restart the sessions that
 * started and have not ended are woken, and their customers go on.
 */
public final class LiveSessions {

  /** The scenario of a workshop's session is no longer in this node's library. */
  public record NotInLibrary(String scenarioId) implements Rejection {
    public Kind kind() {
      return Kind.INVALID;
    }

    public String message() {
      return "scenario " + scenarioId + " is not in the library any more";
    }
  }

  /** The trainee's session of this scenario has ended: each scenario of a workshop is played once. */
  public record PlayedOnce(String sessionId) implements Rejection {
    public Kind kind() {
      return Kind.CONFLICT;
    }

    public String message() {
      return "session " + sessionId + " has ended: each scenario of a workshop is played once";
    }
  }

  /**
   * A session as started: {@code created} is false when the trainee's unfinished session was found instead; a created
   * session's transcript so far is {@code stored}, the events its start stored.
   */
  public record Started(SessionEntity.Summary summary, boolean created, List<SessionEvent> stored) {}

  private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);
  private static final Duration ASK = Duration.ofSeconds(20);
  private static final Duration GET_ATTEMPT = Duration.ofSeconds(2);

  private final Node node;
  private final ActorSystem<Void> system;
  private final java.util.concurrent.ConcurrentMap<String, Assigner> assigners =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LiveSessions(Node node) {
    this.node = node;
    this.system = node.system();
  }

  public static LiveSessions start(Node node) {
    return new LiveSessions(node);
  }

  /**
   * Starts (or finds) the trainee's session of a scenario of a workshop they are enrolled in as a live trainee:
   * assigns it through the workshop (which refuses what it must), starts it on wall time, and starts its customer.
   * Refusals fail the stage with a {@link Rejection.Refused}.
   */
  public CompletionStage<Started> start(String workshopId, String traineeId, String scenarioId) {
    String sessionId = Workshops.sessionId(workshopId, traineeId, scenarioId);
    Instant now = node.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    WorkshopEntity.Assignment assignment = new WorkshopEntity.Assignment(sessionId, traineeId, scenarioId);
    return assign(workshopId, assignment, now)
        .thenCompose(reply -> {
          WorkshopEntity.Summary w = reply.orThrow();
          Scenario scenario = node.scenario(scenarioId).orElseThrow(() ->
              new Rejection.Refused(new NotInLibrary(scenarioId)));
          Policy policy = node.catalog().policy(w.definition().policyId(), w.definition().policyVersion())
              .orElseThrow(() -> new IllegalStateException("policy " + w.definition().policyId() + "@"
                  + w.definition().policyVersion() + " is not in the catalog"));
          String name = w.trainees().stream().filter(t -> t.traineeId().equals(traineeId)).findFirst().orElseThrow()
              .name();
          node.readSide().versions().registerScenario(scenario, now);
          double timeScale = w.definition().timeScale() != null ? w.definition().timeScale()
              : scenario.channel().defaultTimeScale();
          SessionSetup setup = new SessionSetup(sessionId, workshopId, traineeId, name, scenario.id(),
              scenario.sha256(), policy.id(), policy.version(), name, null, SessionSetup.WALL, timeScale);
          return get(sessionId).thenCompose(before -> {
            if (before.ended()) throw new Rejection.Refused(new PlayedOnce(sessionId));
            return AskPattern.<SessionEntity.Command, SessionEntity.Reply>ask(session(sessionId),
                    r -> new SessionEntity.Start(setup, now, r), ASK, system.scheduler())
                .thenApply(started -> new Started(started.orThrow(), !before.started(), started.stored()));
          });
        });
  }

  /**
   * Assigns a live session through its workshop. Starts arriving together go in one write (the entity answers asks in
   * turn, behind its writes, so 200 asks at once would queue 200 deep); one the batch left out is asked again alone,
   * so that its caller learns why it was refused.
   */
  private CompletionStage<WorkshopEntity.Reply> assign(String workshopId, WorkshopEntity.Assignment assignment,
      Instant at) {
    return assigners.computeIfAbsent(workshopId, Assigner::new).add(assignment, at)
        .thenCompose(reply -> {
          if (reply.rejected() == null && reply.summary().sessions().stream()
              .anyMatch(a -> a.sessionId().equals(assignment.sessionId()))) {
            return CompletableFuture.completedFuture(reply);
          }
          return AskPattern.<WorkshopEntity.Command, WorkshopEntity.Reply>ask(workshop(workshopId),
              r -> new WorkshopEntity.AssignLive(assignment, at, r), ASK, system.scheduler());
        });
  }

  /** One workshop's assignments: at most one write in flight, the rest batched behind it. */
  private final class Assigner {
    private record Waiting(WorkshopEntity.Assignment assignment, Instant at,
        CompletableFuture<WorkshopEntity.Reply> reply) {}

    private final String workshopId;
    private List<Waiting> queue = new ArrayList<>();
    private boolean writing;

    Assigner(String workshopId) {
      this.workshopId = workshopId;
    }

    synchronized CompletableFuture<WorkshopEntity.Reply> add(WorkshopEntity.Assignment assignment, Instant at) {
      CompletableFuture<WorkshopEntity.Reply> reply = new CompletableFuture<>();
      queue.add(new Waiting(assignment, at, reply));
      if (!writing) writeQueued();
      return reply;
    }

    private void writeQueued() {
      List<Waiting> batch = queue;
      queue = new ArrayList<>();
      writing = true;
      List<WorkshopEntity.Assignment> assignments = batch.stream().map(Waiting::assignment).toList();
      Instant at = batch.get(batch.size() - 1).at();
      AskPattern.<WorkshopEntity.Command, WorkshopEntity.Reply>ask(workshop(workshopId),
          r -> new WorkshopEntity.AssignAll(assignments, at, r), ASK, system.scheduler()).whenComplete((r, e) -> {
            for (Waiting w : batch) {
              if (e != null) w.reply().completeExceptionally(e);
              else w.reply().complete(r);
            }
            synchronized (Assigner.this) {
              writing = false;
              if (!queue.isEmpty()) writeQueued();
            }
          });
    }
  }

  public CompletionStage<SessionEntity.Reply> say(String sessionId, String text, String subject) {
    return command(sessionId, r -> new SessionEntity.AgentSay(text, subject, null, r));
  }

  public CompletionStage<SessionEntity.Reply> act(String sessionId, String type,
      Map<String, String> fields) {
    return command(sessionId, r -> new SessionEntity.AgentAct(type, fields, null, r));
  }

  /** The trainee waits for the next thing: the customer's next move, or shortly before a promised time. */
  public CompletionStage<SessionEntity.Reply> waitForNext(String sessionId) {
    return command(sessionId, SessionEntity.AgentWait::new);
  }

  public CompletionStage<SessionEntity.Reply> end(String sessionId, String endedBy) {
    return command(sessionId, r -> new SessionEntity.End(endedBy, null, r));
  }

  /**
   * The session as it stands, asked again every {@link #GET_ATTEMPT} until {@link #ASK} has passed: a message to a
   * node that has died is lost, not kept, so a session whose node died answers as soon as it has a new home.
   */
  public CompletionStage<SessionEntity.Summary> get(String sessionId) {
    return get(sessionId, System.nanoTime() + ASK.toNanos());
  }

  private CompletionStage<SessionEntity.Summary> get(String sessionId, long deadline) {
    long left = deadline - System.nanoTime();
    Duration attempt = Duration.ofNanos(Math.max(1_000_000L, Math.min(left, GET_ATTEMPT.toNanos())));
    return AskPattern.<SessionEntity.Command, SessionEntity.Summary>ask(session(sessionId), SessionEntity.Get::new,
            attempt, system.scheduler())
        .handle((summary, e) -> {
          if (e == null) return CompletableFuture.completedFuture(summary);
          Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
              ? e.getCause() : e;
          if (cause instanceof java.util.concurrent.TimeoutException && deadline - System.nanoTime() > 0) {
            return get(sessionId, deadline);
          }
          return CompletableFuture.<SessionEntity.Summary>failedFuture(cause);
        })
        .thenCompose(java.util.function.Function.identity());
  }

  /**
   * Wakes the wall-time sessions that started and have not ended (after a restart, or on a node that took over): each
   * session sets its customer going again as it recovers. Sessions the read side has not seen yet wake on the
   * trainee's next message.
   */
  public CompletionStage<Integer> resume() {
    return CompletableFuture.supplyAsync(() -> node.readSide().sessions().unended(SessionSetup.WALL))
        .thenCompose(rows -> {
          CompletableFuture<Integer> all = CompletableFuture.completedFuture(0);
          for (SessionRow row : rows) {
            all = all.thenCompose(n -> get(row.sessionId()).toCompletableFuture()
                .thenApply(s -> s.started() && !s.ended() && !s.setup().virtual() ? n + 1 : n)
                .exceptionally(e -> {
                  log.warn("cannot wake live session {}: {}", row.sessionId(), e.getMessage());
                  return n;
                }));
          }
          return all;
        });
  }

  private CompletionStage<SessionEntity.Reply> command(String sessionId,
      akka.japi.function.Function<ActorRef<SessionEntity.Reply>, SessionEntity.Command> command) {
    return AskPattern.ask(session(sessionId), command, ASK, system.scheduler());
  }

  private EntityRef<SessionEntity.Command> session(String sessionId) {
    return ClusterSharding.get(system).entityRefFor(SessionEntity.ENTITY_KEY, sessionId);
  }

  private EntityRef<WorkshopEntity.Command> workshop(String workshopId) {
    return ClusterSharding.get(system).entityRefFor(WorkshopEntity.ENTITY_KEY, workshopId);
  }
}
