package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.pattern.StatusReply;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.javadsl.CommandHandlerWithReply;
import akka.persistence.typed.javadsl.CommandHandlerWithReplyBuilder;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import akka.persistence.typed.javadsl.ReplyEffect;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A workshop as it was run: its definition (policy, scenarios, mode), who enrolled, which sessions were assigned to
 * whom, and when it closed. In assessment mode feedback stays hidden until the trainer releases it.
 */
public final class WorkshopEntity
    extends EventSourcedBehaviorWithEnforcedReplies<WorkshopEntity.Command, WorkshopEntity.Event, WorkshopEntity.State> {

  public static final EntityTypeKey<Command> ENTITY_KEY = EntityTypeKey.create(Command.class, "Workshop");
  public static final String WORKSHOP_TAG = "workshop";
  private static final Set<String> TAGS = Set.of(SessionEntity.AUDIT_TAG, WORKSHOP_TAG);

  // ---------------------------------------------------------------- commands

  public sealed interface Command extends JsonSerializable {}

  public record Definition(String definitionId, String title, String policyId, int policyVersion, String mode,
      List<String> scenarios, String sha256) implements JsonSerializable {}

  public record Enrolment(String traineeId, String name, String agent, boolean live) implements JsonSerializable {}

  public record Assignment(String sessionId, String traineeId, String scenarioId) implements JsonSerializable {}

  /** Creates the workshop with its trainees and scripted sessions in one atomic write (idempotent for a retry). */
  public record Create(Definition definition, List<Enrolment> trainees, List<Assignment> sessions, Instant at,
      ActorRef<StatusReply<Summary>> replyTo) implements Command {}

  public record Assign(Assignment assignment, Instant at, ActorRef<StatusReply<Summary>> replyTo) implements Command {}

  /** Several assignments in one write (live sessions started at the same moment); those not allowed are left out. */
  public record AssignAll(List<Assignment> assignments, Instant at, ActorRef<StatusReply<Summary>> replyTo)
      implements Command {}

  public record ReleaseFeedback(Instant at, ActorRef<StatusReply<Summary>> replyTo) implements Command {}

  public record Close(String reason, Instant at, ActorRef<StatusReply<Summary>> replyTo) implements Command {}

  public record Get(ActorRef<Summary> replyTo) implements Command {
    @JsonCreator
    public Get {}
  }

  public record Summary(String workshopId, Definition definition, Instant createdAt, List<Enrolment> trainees,
      List<Assignment> sessions, boolean feedbackReleased, boolean closed) implements JsonSerializable {
    public boolean created() {
      return definition != null;
    }
  }

  // ---------------------------------------------------------------- events

  public sealed interface Event extends JsonSerializable {
    String workshopId();

    Instant at();
  }

  public record WorkshopCreated(String workshopId, Instant at, String definitionId, String title, String policyId,
      int policyVersion, String mode, List<String> scenarios, String sha256) implements Event {}

  public record TraineeEnrolled(String workshopId, Instant at, String traineeId, String name, String agent,
      boolean live) implements Event {}

  public record SessionAssigned(String workshopId, Instant at, String sessionId, String traineeId, String scenarioId)
      implements Event {}

  public record FeedbackReleased(String workshopId, Instant at) implements Event {}

  public record WorkshopClosed(String workshopId, Instant at, String reason) implements Event {}

  // ---------------------------------------------------------------- state

  public record State(Definition definition, Instant createdAt, List<Enrolment> trainees, List<Assignment> sessions,
      boolean feedbackReleased, boolean closed) implements JsonSerializable {

    static final State EMPTY = new State(null, null, List.of(), List.of(), false, false);

    boolean created() {
      return definition != null;
    }

    State with(Event e) {
      if (e instanceof WorkshopCreated c) {
        return new State(new Definition(c.definitionId(), c.title(), c.policyId(), c.policyVersion(), c.mode(),
            c.scenarios(), c.sha256()), c.at(), trainees, sessions, feedbackReleased, closed);
      }
      if (e instanceof TraineeEnrolled t) {
        List<Enrolment> list = new ArrayList<>(trainees);
        list.add(new Enrolment(t.traineeId(), t.name(), t.agent(), t.live()));
        return new State(definition, createdAt, List.copyOf(list), sessions, feedbackReleased, closed);
      }
      if (e instanceof SessionAssigned a) {
        List<Assignment> list = new ArrayList<>(sessions);
        list.add(new Assignment(a.sessionId(), a.traineeId(), a.scenarioId()));
        return new State(definition, createdAt, trainees, List.copyOf(list), feedbackReleased, closed);
      }
      if (e instanceof FeedbackReleased) return new State(definition, createdAt, trainees, sessions, true, closed);
      return new State(definition, createdAt, trainees, sessions, feedbackReleased, true);
    }
  }

  // ---------------------------------------------------------------- behaviour

  public static void init(ActorSystem<?> system) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY, ctx -> create(ctx.getEntityId())));
  }

  public static Behavior<Command> create(String workshopId) {
    return new WorkshopEntity(workshopId);
  }

  private final String workshopId;

  private WorkshopEntity(String workshopId) {
    super(PersistenceId.of(ENTITY_KEY.name(), workshopId));
    this.workshopId = workshopId;
  }

  @Override
  public State emptyState() {
    return State.EMPTY;
  }

  @Override
  public Set<String> tagsFor(Event event) {
    return TAGS;
  }

  @Override
  public CommandHandlerWithReply<Command, Event, State> commandHandler() {
    CommandHandlerWithReplyBuilder<Command, Event, State> b = newCommandHandlerWithReplyBuilder();
    b.forState(s -> !s.created())
        .onCommand(Create.class, this::onCreate)
        .onCommand(Get.class, this::onGet)
        .onAnyCommand(this::rejectMissing);
    b.forAnyState()
        .onCommand(Create.class, this::onCreateAgain)
        .onCommand(Assign.class, this::onAssign)
        .onCommand(AssignAll.class, this::onAssignAll)
        .onCommand(ReleaseFeedback.class, this::onRelease)
        .onCommand(Close.class, this::onClose)
        .onCommand(Get.class, this::onGet);
    return b.build();
  }

  private ReplyEffect<Event, State> onCreate(State state, Create cmd) {
    Definition d = cmd.definition();
    List<Event> events = new ArrayList<>();
    events.add(new WorkshopCreated(workshopId, cmd.at(), d.definitionId(), d.title(), d.policyId(), d.policyVersion(),
        d.mode(), d.scenarios(), d.sha256()));
    for (Enrolment t : cmd.trainees()) {
      events.add(new TraineeEnrolled(workshopId, cmd.at(), t.traineeId(), t.name(), t.agent(), t.live()));
    }
    for (Assignment a : cmd.sessions()) {
      events.add(new SessionAssigned(workshopId, cmd.at(), a.sessionId(), a.traineeId(), a.scenarioId()));
    }
    return Effect().persist(events).thenReply(cmd.replyTo(), s -> StatusReply.success(summary(s)));
  }

  private ReplyEffect<Event, State> onCreateAgain(State state, Create cmd) {
    if (cmd.definition().equals(state.definition())) return Effect().reply(cmd.replyTo(), StatusReply.success(summary(state)));
    return Effect().reply(cmd.replyTo(), StatusReply.error("workshop " + workshopId + " already exists"));
  }

  private ReplyEffect<Event, State> onAssign(State state, Assign cmd) {
    Assignment a = cmd.assignment();
    if (state.closed()) return Effect().reply(cmd.replyTo(), StatusReply.error("workshop " + workshopId + " is closed"));
    if (state.sessions().stream().anyMatch(x -> x.sessionId().equals(a.sessionId()))) {
      return Effect().reply(cmd.replyTo(), StatusReply.success(summary(state)));
    }
    if (state.trainees().stream().noneMatch(t -> t.traineeId().equals(a.traineeId()))) {
      return Effect().reply(cmd.replyTo(), StatusReply.error("trainee " + a.traineeId() + " is not enrolled in " + workshopId));
    }
    if (!state.definition().scenarios().contains(a.scenarioId())) {
      return Effect().reply(cmd.replyTo(), StatusReply.error("scenario " + a.scenarioId() + " is not part of " + workshopId));
    }
    return Effect().persist(new SessionAssigned(workshopId, cmd.at(), a.sessionId(), a.traineeId(), a.scenarioId()))
        .thenReply(cmd.replyTo(), s -> StatusReply.success(summary(s)));
  }

  private ReplyEffect<Event, State> onAssignAll(State state, AssignAll cmd) {
    if (state.closed()) return Effect().reply(cmd.replyTo(), StatusReply.error("workshop " + workshopId + " is closed"));
    List<Event> events = new ArrayList<>();
    Set<String> assigned = new java.util.HashSet<>();
    state.sessions().forEach(x -> assigned.add(x.sessionId()));
    for (Assignment a : cmd.assignments()) {
      boolean enrolled = state.trainees().stream().anyMatch(t -> t.traineeId().equals(a.traineeId()));
      if (enrolled && state.definition().scenarios().contains(a.scenarioId()) && assigned.add(a.sessionId())) {
        events.add(new SessionAssigned(workshopId, cmd.at(), a.sessionId(), a.traineeId(), a.scenarioId()));
      }
    }
    if (events.isEmpty()) return Effect().reply(cmd.replyTo(), StatusReply.success(summary(state)));
    return Effect().persist(events).thenReply(cmd.replyTo(), s -> StatusReply.success(summary(s)));
  }

  private ReplyEffect<Event, State> onRelease(State state, ReleaseFeedback cmd) {
    if (state.feedbackReleased()) return Effect().reply(cmd.replyTo(), StatusReply.success(summary(state)));
    return Effect().persist(new FeedbackReleased(workshopId, cmd.at()))
        .thenReply(cmd.replyTo(), s -> StatusReply.success(summary(s)));
  }

  private ReplyEffect<Event, State> onClose(State state, Close cmd) {
    if (state.closed()) return Effect().reply(cmd.replyTo(), StatusReply.success(summary(state)));
    return Effect().persist(new WorkshopClosed(workshopId, cmd.at(), cmd.reason()))
        .thenReply(cmd.replyTo(), s -> StatusReply.success(summary(s)));
  }

  private ReplyEffect<Event, State> onGet(State state, Get cmd) {
    return Effect().reply(cmd.replyTo(), summary(state));
  }

  private ReplyEffect<Event, State> rejectMissing(State state, Command cmd) {
    String message = "workshop " + workshopId + " does not exist";
    if (cmd instanceof Assign c) return Effect().reply(c.replyTo(), StatusReply.error(message));
    if (cmd instanceof AssignAll c) return Effect().reply(c.replyTo(), StatusReply.error(message));
    if (cmd instanceof ReleaseFeedback c) return Effect().reply(c.replyTo(), StatusReply.error(message));
    if (cmd instanceof Close c) return Effect().reply(c.replyTo(), StatusReply.error(message));
    return Effect().noReply();
  }

  private Summary summary(State s) {
    return new Summary(workshopId, s.definition(), s.createdAt(), s.trainees(), s.sessions(), s.feedbackReleased(),
        s.closed());
  }

  @Override
  public EventHandler<State, Event> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent((State state, Event event) -> state.with(event));
  }
}
