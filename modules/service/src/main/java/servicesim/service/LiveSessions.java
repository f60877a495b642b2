package servicesim.service;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.Props;
import akka.actor.typed.SupervisorStrategy;
import akka.actor.typed.javadsl.AskPattern;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import akka.pattern.StatusReply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.policy.Policy;
import servicesim.readside.SessionRow;
import servicesim.scenario.Scenario;
import servicesim.scenario.conversation.Conversation;
import servicesim.simulation.CustomerActor;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.SimClock;
import servicesim.simulation.WorkshopEntity;

/**
 * Sessions played by a live trainee (over HTTP) in wall time. Each has a {@link CustomerActor} watching it, under one
 * supervisor, so that the customer's replies, nudges after silence and hang-ups happen for real; after a restart the
 * customers of sessions that started and have not ended are started again.
 */
public final class LiveSessions {

  /** Why a request about a live session was refused; {@code kind} says how a client should read it. */
  public static final class Refused extends RuntimeException {
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;

    public Refused(Kind kind, String message) {
      super(message, null, false, false);
      this.kind = kind;
    }

    public Kind kind() {
      return kind;
    }
  }

  /** A session as started: {@code created} is false when the trainee's unfinished session was found instead. */
  public record Started(SessionEntity.Summary summary, boolean created) {}

  private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);
  private static final Duration ASK = Duration.ofSeconds(20);

  private final Node node;
  private final ActorSystem<Void> system;
  private final ActorRef<Ensure> customers;
  private final java.util.concurrent.ConcurrentMap<String, CompletableFuture<WorkshopEntity.Summary>> workshopsAsked =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentMap<String, Assigner> assigners =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LiveSessions(Node node, ActorRef<Ensure> customers) {
    this.node = node;
    this.system = node.system();
    this.customers = customers;
  }

  /** Starts the customers' supervisor on this node. */
  public static LiveSessions start(Node node) {
    ActorRef<Ensure> customers = node.system().systemActorOf(supervisor(), "live-customers", Props.empty());
    return new LiveSessions(node, customers);
  }

  /**
   * Starts (or finds) the trainee's session of a scenario of a workshop they are enrolled in as a live trainee:
   * assigns it through the workshop, starts it on wall time, and starts its customer.
   */
  public CompletionStage<Started> start(String workshopId, String traineeId, String scenarioId) {
    return workshopNow(workshopId)
        .thenCompose(w -> {
          if (!w.created()) throw new Refused(Refused.Kind.NOT_FOUND, "workshop " + workshopId + " does not exist");
          WorkshopEntity.Enrolment trainee = w.trainees().stream()
              .filter(t -> t.traineeId().equals(traineeId) && t.live()).findFirst()
              .orElseThrow(() -> new Refused(Refused.Kind.FORBIDDEN, "trainee " + traineeId
                  + " is not enrolled as a live trainee in workshop " + workshopId));
          if (!w.definition().scenarios().contains(scenarioId)) {
            throw new Refused(Refused.Kind.INVALID, "scenario " + scenarioId + " is not part of workshop " + workshopId
                + " (scenarios: " + String.join(", ", w.definition().scenarios()) + ")");
          }
          if (w.closed()) throw new Refused(Refused.Kind.CONFLICT, "workshop " + workshopId + " is closed");
          Scenario scenario = node.scenario(scenarioId).orElseThrow(() ->
              new Refused(Refused.Kind.INVALID, "scenario " + scenarioId + " is not in the library any more"));
          Policy policy = node.catalog().policy(w.definition().policyId(), w.definition().policyVersion())
              .orElseThrow(() -> new IllegalStateException("policy " + w.definition().policyId() + "@"
                  + w.definition().policyVersion() + " is not in the catalog"));
          Instant now = SimClock.WALL.now().truncatedTo(ChronoUnit.SECONDS);
          node.readSide().versions().registerScenario(scenario, now);
          String sessionId = Workshops.sessionId(workshopId, traineeId, scenarioId);
          SessionEntity.Setup setup = new SessionEntity.Setup(sessionId, workshopId, traineeId, trainee.name(),
              scenario.id(), scenario.sha256(), policy.id(), policy.version(), trainee.name(), null,
              SessionEntity.WALL);
          return get(sessionId).thenCompose(before -> {
            if (before.ended()) {
              throw new Refused(Refused.Kind.CONFLICT, "session " + sessionId + " has ended: each scenario of a "
                  + "workshop is played once");
            }
            return assign(workshopId, new WorkshopEntity.Assignment(sessionId, traineeId, scenarioId), now)
                .thenCompose(assigned -> {
                  if (assigned.isError()) throw new Refused(Refused.Kind.CONFLICT, assigned.getError().getMessage());
                  return AskPattern.<SessionEntity.Command, StatusReply<SessionEntity.Summary>>ask(session(sessionId),
                      r -> new SessionEntity.Start(setup, now, r), ASK, system.scheduler());
                })
                .thenApply(started -> {
                  if (started.isError()) throw new Refused(Refused.Kind.CONFLICT, started.getError().getMessage());
                  SessionEntity.Summary s = started.getValue();
                  ensureCustomer(s);
                  return new Started(s, !before.started());
                });
          });
        });
  }

  /**
   * The workshop as it is now; starts arriving together share one ask (the entity answers them in turn, behind its
   * writes, so 200 asks at once would queue 200 deep).
   */
  private CompletionStage<WorkshopEntity.Summary> workshopNow(String workshopId) {
    CompletableFuture<WorkshopEntity.Summary> mine = new CompletableFuture<>();
    CompletableFuture<WorkshopEntity.Summary> shared = workshopsAsked.putIfAbsent(workshopId, mine);
    if (shared != null) return shared;
    AskPattern.<WorkshopEntity.Command, WorkshopEntity.Summary>ask(workshop(workshopId), WorkshopEntity.Get::new, ASK,
        system.scheduler()).whenComplete((summary, failure) -> {
          workshopsAsked.remove(workshopId, mine);
          if (failure != null) mine.completeExceptionally(failure);
          else mine.complete(summary);
        });
    return mine;
  }

  /** Assigns a session through its workshop; assignments waiting meanwhile go together in the next single write. */
  private CompletionStage<StatusReply<WorkshopEntity.Summary>> assign(String workshopId,
      WorkshopEntity.Assignment assignment, Instant at) {
    return assigners.computeIfAbsent(workshopId, Assigner::new).add(assignment, at)
        .thenApply(reply -> {
          if (reply.isSuccess() && reply.getValue().sessions().stream()
              .noneMatch(a -> a.sessionId().equals(assignment.sessionId()))) {
            return StatusReply.<WorkshopEntity.Summary>error("session " + assignment.sessionId()
                + " could not be assigned in workshop " + workshopId);
          }
          return reply;
        });
  }

  /** One workshop's assignments: at most one write in flight, the rest batched behind it. */
  private final class Assigner {
    private record Waiting(WorkshopEntity.Assignment assignment, Instant at,
        CompletableFuture<StatusReply<WorkshopEntity.Summary>> reply) {}

    private final String workshopId;
    private List<Waiting> queue = new ArrayList<>();
    private boolean writing;

    Assigner(String workshopId) {
      this.workshopId = workshopId;
    }

    synchronized CompletableFuture<StatusReply<WorkshopEntity.Summary>> add(WorkshopEntity.Assignment assignment,
        Instant at) {
      CompletableFuture<StatusReply<WorkshopEntity.Summary>> reply = new CompletableFuture<>();
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
      AskPattern.<WorkshopEntity.Command, StatusReply<WorkshopEntity.Summary>>ask(workshop(workshopId),
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

  public CompletionStage<StatusReply<SessionEntity.Summary>> say(String sessionId, String text, String subject) {
    return command(sessionId, r -> new SessionEntity.AgentSay(text, subject, null, r));
  }

  public CompletionStage<StatusReply<SessionEntity.Summary>> act(String sessionId, String type,
      Map<String, String> fields) {
    return command(sessionId, r -> new SessionEntity.AgentAct(type, fields, null, r));
  }

  public CompletionStage<StatusReply<SessionEntity.Summary>> end(String sessionId, String endedBy) {
    return command(sessionId, r -> new SessionEntity.End(endedBy, null, r));
  }

  public CompletionStage<SessionEntity.Summary> get(String sessionId) {
    return AskPattern.ask(session(sessionId), SessionEntity.Get::new, ASK, system.scheduler());
  }

  /**
   * Starts the customers of wall-time sessions that started and have not ended (after a restart). Sessions the read
   * side has not seen yet get their customer back on the trainee's next message.
   */
  public CompletionStage<Integer> resume() {
    return CompletableFuture.supplyAsync(() -> node.readSide().sessions().unended(SessionEntity.WALL))
        .thenCompose(rows -> {
          CompletableFuture<Integer> all = CompletableFuture.completedFuture(0);
          for (SessionRow row : rows) {
            all = all.thenCompose(n -> get(row.sessionId()).toCompletableFuture()
                .thenApply(s -> ensureCustomer(s) ? n + 1 : n)
                .exceptionally(e -> {
                  log.warn("cannot resume the customer of session {}: {}", row.sessionId(), e.getMessage());
                  return n;
                }));
          }
          return all;
        });
  }

  private CompletionStage<StatusReply<SessionEntity.Summary>> command(String sessionId,
      akka.japi.function.Function<ActorRef<StatusReply<SessionEntity.Summary>>, SessionEntity.Command> command) {
    return AskPattern.<SessionEntity.Command, StatusReply<SessionEntity.Summary>>ask(session(sessionId), command, ASK,
            system.scheduler())
        .thenApply(reply -> {
          if (reply.isSuccess()) ensureCustomer(reply.getValue());
          return reply;
        });
  }

  /** Makes sure a running live session has its customer; true if it is one. */
  private boolean ensureCustomer(SessionEntity.Summary s) {
    if (!s.started() || s.ended() || s.setup().virtual()) return false;
    SessionEntity.Setup setup = s.setup();
    Optional<Scenario> scenario = node.catalog().scenario(setup.scenarioId(), setup.scenarioSha256());
    Optional<Policy> policy = node.catalog().policy(setup.policyId(), setup.policyVersion());
    if (scenario.isEmpty() || policy.isEmpty()) {
      log.warn("session {}: its scenario or policy version is not in the catalog; no customer", s.sessionId());
      return false;
    }
    customers.tell(new Ensure(s.sessionId(), new Conversation(scenario.get(), policy.get(), setup.agentName())));
    return true;
  }

  private record Ensure(String sessionId, Conversation conversation) {}

  private static Behavior<Ensure> supervisor() {
    return Behaviors.setup(ctx -> Behaviors.receive(Ensure.class).onMessage(Ensure.class, e -> {
      String name = "customer-" + URLEncoder.encode(e.sessionId(), StandardCharsets.UTF_8);
      if (ctx.getChild(name).isPresent()) return Behaviors.same();
      EntityRef<SessionEntity.Command> session =
          ClusterSharding.get(ctx.getSystem()).entityRefFor(SessionEntity.ENTITY_KEY, e.sessionId());
      try {
        ctx.spawn(Behaviors.supervise(CustomerActor.live(e.conversation(), session, SimClock.WALL))
            .onFailure(SupervisorStrategy.restart()), name);
      } catch (akka.actor.InvalidActorNameException stopping) {
        // the previous customer of this session is stopping: its session has just ended
      }
      return Behaviors.same();
    }).build());
  }

  private EntityRef<SessionEntity.Command> session(String sessionId) {
    return ClusterSharding.get(system).entityRefFor(SessionEntity.ENTITY_KEY, sessionId);
  }

  private EntityRef<WorkshopEntity.Command> workshop(String workshopId) {
    return ClusterSharding.get(system).entityRefFor(WorkshopEntity.ENTITY_KEY, workshopId);
  }
}
