package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.javadsl.CommandHandlerWithReply;
import akka.persistence.typed.javadsl.CommandHandlerWithReplyBuilder;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import akka.persistence.typed.javadsl.ReplyEffect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import servicesim.scenario.workshop.Workshop;

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

  /** A command that changes the workshop and answers with a {@link Reply}. */
  public sealed interface Change extends Command {
    ActorRef<Reply> replyTo();
  }

  /** Creates the workshop with its trainees and scripted sessions in one atomic write (idempotent for a retry). */
  public record Create(Definition definition, List<Enrolment> trainees, List<Assignment> sessions, Instant at,
      ActorRef<Reply> replyTo) implements Change {}

  /**
   * Assigns a live trainee's session of one of the workshop's scenarios (or finds it assigned): refused unless the
   * trainee is enrolled to play live and the workshop is open.
   */
  public record AssignLive(Assignment assignment, Instant at, ActorRef<Reply> replyTo) implements Change {}

  public record ReleaseFeedback(Instant at, ActorRef<Reply> replyTo) implements Change {}

  public record Close(String reason, Instant at, ActorRef<Reply> replyTo) implements Change {}

  public record Get(ActorRef<Summary> replyTo) implements Command {
    @JsonCreator
    public Get {}
  }

  public record Summary(String workshopId, Definition definition, Instant createdAt, List<Enrolment> trainees,
      List<Assignment> sessions, boolean feedbackReleased, boolean closed) implements JsonSerializable {
    public boolean created() {
      return definition != null;
    }

    /** In an assessment, trainees see no score until the trainer releases the feedback. */
    public boolean feedbackHidden() {
      return created() && Workshop.ASSESSMENT.equals(definition.mode()) && !feedbackReleased;
    }
  }

  /** What a change answers: the workshop after it, or why it was refused. */
  public record Reply(Summary summary, Rejected rejected) implements JsonSerializable {

    static Reply of(Summary summary) {
      return new Reply(summary, null);
    }

    static Reply of(Rejected rejected) {
      return new Reply(null, rejected);
    }

    public boolean ok() {
      return rejected == null;
    }

    /** The workshop after the change; a refusal as {@link Rejection.Refused}. */
    public Summary orThrow() {
      if (rejected != null) throw new Rejection.Refused(rejected);
      return summary;
    }
  }

  /** Why a workshop refused a change. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  @JsonSubTypes({@JsonSubTypes.Type(Missing.class), @JsonSubTypes.Type(Exists.class), @JsonSubTypes.Type(Closed.class),
      @JsonSubTypes.Type(NotLive.class), @JsonSubTypes.Type(NotInWorkshop.class)})
  public sealed interface Rejected extends Rejection {}

  public record Missing(String workshopId) implements Rejected {
    @JsonCreator
    public Missing {}

    public Kind kind() {
      return Kind.NOT_FOUND;
    }

    public String message() {
      return "workshop " + workshopId + " does not exist";
    }
  }

  public record Exists(String workshopId) implements Rejected {
    @JsonCreator
    public Exists {}

    public Kind kind() {
      return Kind.CONFLICT;
    }

    public String message() {
      return "workshop " + workshopId + " already exists";
    }
  }

  public record Closed(String workshopId) implements Rejected {
    @JsonCreator
    public Closed {}

    public Kind kind() {
      return Kind.CONFLICT;
    }

    public String message() {
      return "workshop " + workshopId + " is closed";
    }
  }

  public record NotLive(String traineeId, String workshopId) implements Rejected {
    public Kind kind() {
      return Kind.FORBIDDEN;
    }

    public String message() {
      return "trainee " + traineeId + " is not enrolled as a live trainee in workshop " + workshopId;
    }
  }

  public record NotInWorkshop(String scenarioId, String workshopId, List<String> scenarios) implements Rejected {
    public Kind kind() {
      return Kind.INVALID;
    }

    public String message() {
      return "scenario " + scenarioId + " is not part of workshop " + workshopId + " (scenarios: "
          + String.join(", ", scenarios) + ")";
    }
  }

  // ---------------------------------------------------------------- events

  /** Every workshop event names its workshop and its time. */
  public sealed interface Event extends JsonSerializable {
    String workshopId();

    Instant at();

    <R> R accept(Visitor<R> visitor);

    default Type eventType() {
      return accept(TYPES);
    }

    /** One method per kind of event. */
    interface Visitor<R> {
      R on(WorkshopCreated e);

      R on(TraineeEnrolled e);

      R on(SessionAssigned e);

      R on(FeedbackReleased e);

      R on(WorkshopClosed e);
    }

    /** The kinds of workshop event, by the name the journal, the audit trail and clients know them by. */
    enum Type {
      WORKSHOP_CREATED("WorkshopCreated"),
      TRAINEE_ENROLLED("TraineeEnrolled"),
      SESSION_ASSIGNED("SessionAssigned"),
      FEEDBACK_RELEASED("FeedbackReleased"),
      WORKSHOP_CLOSED("WorkshopClosed");

      private final String id;

      Type(String id) {
        this.id = id;
      }

      public String id() {
        return id;
      }

      @Override
      public String toString() {
        return id;
      }
    }

    Visitor<Type> TYPES = new Visitor<>() {
      public Type on(WorkshopCreated e) {
        return Type.WORKSHOP_CREATED;
      }

      public Type on(TraineeEnrolled e) {
        return Type.TRAINEE_ENROLLED;
      }

      public Type on(SessionAssigned e) {
        return Type.SESSION_ASSIGNED;
      }

      public Type on(FeedbackReleased e) {
        return Type.FEEDBACK_RELEASED;
      }

      public Type on(WorkshopClosed e) {
        return Type.WORKSHOP_CLOSED;
      }
    };
  }

  public record WorkshopCreated(String workshopId, Instant at, String definitionId, String title, String policyId,
      int policyVersion, String mode, List<String> scenarios, String sha256) implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  public record TraineeEnrolled(String workshopId, Instant at, String traineeId, String name, String agent,
      boolean live) implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  public record SessionAssigned(String workshopId, Instant at, String sessionId, String traineeId, String scenarioId)
      implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  public record FeedbackReleased(String workshopId, Instant at) implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  public record WorkshopClosed(String workshopId, Instant at, String reason) implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  // ---------------------------------------------------------------- state

  public record State(Definition definition, Instant createdAt, List<Enrolment> trainees, List<Assignment> sessions,
      boolean feedbackReleased, boolean closed) implements JsonSerializable {

    static final State EMPTY = new State(null, null, List.of(), List.of(), false, false);

    boolean created() {
      return definition != null;
    }

    State with(Event e) {
      return e.accept(new Event.Visitor<>() {
        public State on(WorkshopCreated c) {
          return new State(new Definition(c.definitionId(), c.title(), c.policyId(), c.policyVersion(), c.mode(),
              c.scenarios(), c.sha256()), c.at(), trainees, sessions, feedbackReleased, closed);
        }

        public State on(TraineeEnrolled t) {
          List<Enrolment> list = new ArrayList<>(trainees);
          list.add(new Enrolment(t.traineeId(), t.name(), t.agent(), t.live()));
          return new State(definition, createdAt, List.copyOf(list), sessions, feedbackReleased, closed);
        }

        public State on(SessionAssigned a) {
          List<Assignment> list = new ArrayList<>(sessions);
          list.add(new Assignment(a.sessionId(), a.traineeId(), a.scenarioId()));
          return new State(definition, createdAt, trainees, List.copyOf(list), feedbackReleased, closed);
        }

        public State on(FeedbackReleased r) {
          return new State(definition, createdAt, trainees, sessions, true, closed);
        }

        public State on(WorkshopClosed c) {
          return new State(definition, createdAt, trainees, sessions, feedbackReleased, true);
        }
      });
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
        .onCommand(Change.class, (s, c) -> reject(c, new Missing(workshopId)));
    b.forAnyState()
        .onCommand(Create.class, this::onCreateAgain)
        .onCommand(AssignLive.class, this::onAssignLive)
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
    return persist(events, cmd);
  }

  private ReplyEffect<Event, State> onCreateAgain(State state, Create cmd) {
    if (cmd.definition().equals(state.definition())) return accept(state, cmd);
    return reject(cmd, new Exists(workshopId));
  }

  private ReplyEffect<Event, State> onAssignLive(State state, AssignLive cmd) {
    Assignment a = cmd.assignment();
    if (state.trainees().stream().noneMatch(t -> t.traineeId().equals(a.traineeId()) && t.live())) {
      return reject(cmd, new NotLive(a.traineeId(), workshopId));
    }
    if (!state.definition().scenarios().contains(a.scenarioId())) {
      return reject(cmd, new NotInWorkshop(a.scenarioId(), workshopId, state.definition().scenarios()));
    }
    if (state.closed()) return reject(cmd, new Closed(workshopId));
    if (state.sessions().stream().anyMatch(x -> x.sessionId().equals(a.sessionId()))) return accept(state, cmd);
    return persist(List.of(new SessionAssigned(workshopId, cmd.at(), a.sessionId(), a.traineeId(), a.scenarioId())),
        cmd);
  }

  private ReplyEffect<Event, State> onRelease(State state, ReleaseFeedback cmd) {
    if (state.feedbackReleased()) return accept(state, cmd);
    return persist(List.of(new FeedbackReleased(workshopId, cmd.at())), cmd);
  }

  private ReplyEffect<Event, State> onClose(State state, Close cmd) {
    if (state.closed()) return accept(state, cmd);
    return persist(List.of(new WorkshopClosed(workshopId, cmd.at(), cmd.reason())), cmd);
  }

  private ReplyEffect<Event, State> persist(List<Event> events, Change cmd) {
    return Effect().persist(events).thenReply(cmd.replyTo(), s -> Reply.of(summary(s)));
  }

  private ReplyEffect<Event, State> accept(State state, Change cmd) {
    return Effect().reply(cmd.replyTo(), Reply.of(summary(state)));
  }

  private ReplyEffect<Event, State> reject(Change cmd, Rejected why) {
    return Effect().reply(cmd.replyTo(), Reply.of(why));
  }

  private ReplyEffect<Event, State> onGet(State state, Get cmd) {
    return Effect().reply(cmd.replyTo(), summary(state));
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
