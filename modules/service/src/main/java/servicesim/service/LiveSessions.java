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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import servicesim.scenario.conversation.SessionSetup;
import servicesim.simulation.CustomerActor;
import servicesim.simulation.Rejection;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * Sessions played by a live trainee (over HTTP) in wall time. Each has a {@link CustomerActor} watching it, under one
 * supervisor, so that the customer's replies, nudges after silence and hang-ups happen for real; after a restart the
 * customers of sessions that started and have not ended are started again.
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

  /** A session as started: {@code created} is false when the trainee's unfinished session was found instead. */
  public record Started(SessionEntity.Summary summary, boolean created) {}

  private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);
  private static final Duration ASK = Duration.ofSeconds(20);

  private final Node node;
  private final ActorSystem<Void> system;
  private final ActorRef<Ensure> customers;

  private LiveSessions(Node node, ActorRef<Ensure> customers) {
    this.node = node;
    this.system = node.system();
    this.customers = customers;
  }

  /** Starts the customers' supervisor on this node. */
  public static LiveSessions start(Node node) {
    ActorRef<Ensure> customers = node.system().systemActorOf(supervisor(node.clock()), "live-customers",
        Props.empty());
    return new LiveSessions(node, customers);
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
    return AskPattern.<WorkshopEntity.Command, WorkshopEntity.Reply>ask(workshop(workshopId),
            r -> new WorkshopEntity.AssignLive(assignment, now, r), ASK, system.scheduler())
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
          SessionSetup setup = new SessionSetup(sessionId, workshopId, traineeId, name, scenario.id(),
              scenario.sha256(), policy.id(), policy.version(), name, null, SessionSetup.WALL);
          return get(sessionId).thenCompose(before -> {
            if (before.ended()) throw new Rejection.Refused(new PlayedOnce(sessionId));
            return AskPattern.<SessionEntity.Command, SessionEntity.Reply>ask(session(sessionId),
                    r -> new SessionEntity.Start(setup, now, r), ASK, system.scheduler())
                .thenApply(started -> {
                  SessionEntity.Summary s = started.orThrow();
                  ensureCustomer(s);
                  return new Started(s, !before.started());
                });
          });
        });
  }

  public CompletionStage<SessionEntity.Reply> say(String sessionId, String text, String subject) {
    return command(sessionId, r -> new SessionEntity.AgentSay(text, subject, null, r));
  }

  public CompletionStage<SessionEntity.Reply> act(String sessionId, String type,
      Map<String, String> fields) {
    return command(sessionId, r -> new SessionEntity.AgentAct(type, fields, null, r));
  }

  public CompletionStage<SessionEntity.Reply> end(String sessionId, String endedBy) {
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
    return CompletableFuture.supplyAsync(() -> node.readSide().sessions().unended(SessionSetup.WALL))
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

  private CompletionStage<SessionEntity.Reply> command(String sessionId,
      akka.japi.function.Function<ActorRef<SessionEntity.Reply>, SessionEntity.Command> command) {
    return AskPattern.<SessionEntity.Command, SessionEntity.Reply>ask(session(sessionId), command, ASK,
            system.scheduler())
        .thenApply(reply -> {
          if (reply.ok()) ensureCustomer(reply.summary());
          return reply;
        });
  }

  /** Makes sure a running live session has its customer; true if it is one. */
  private boolean ensureCustomer(SessionEntity.Summary s) {
    if (!s.started() || s.ended() || s.setup().virtual()) return false;
    SessionSetup setup = s.setup();
    Optional<Scenario> scenario = node.catalog().scenario(setup.scenarioId(), setup.scenarioSha256());
    Optional<Policy> policy = node.catalog().policy(setup.policyId(), setup.policyVersion());
    if (scenario.isEmpty() || policy.isEmpty()) {
      log.warn("session {}: its scenario or policy version is not in the catalog; no customer", s.sessionId());
      return false;
    }
    customers.tell(new Ensure(s.sessionId(), new Conversation(scenario.get(), policy.get(), setup)));
    return true;
  }

  private record Ensure(String sessionId, Conversation conversation) {}

  private static Behavior<Ensure> supervisor(java.time.Clock clock) {
    return Behaviors.setup(ctx -> Behaviors.receive(Ensure.class).onMessage(Ensure.class, e -> {
      String name = "customer-" + URLEncoder.encode(e.sessionId(), StandardCharsets.UTF_8);
      if (ctx.getChild(name).isPresent()) return Behaviors.same();
      EntityRef<SessionEntity.Command> session =
          ClusterSharding.get(ctx.getSystem()).entityRefFor(SessionEntity.ENTITY_KEY, e.sessionId());
      try {
        ctx.spawn(Behaviors.supervise(CustomerActor.live(e.conversation(), session, clock))
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
