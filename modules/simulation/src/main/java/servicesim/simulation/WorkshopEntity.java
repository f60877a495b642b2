package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.Member;
import akka.cluster.MemberStatus;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.cluster.typed.Cluster;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.javadsl.CommandHandlerWithReply;
import akka.persistence.typed.javadsl.CommandHandlerWithReplyBuilder;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import akka.persistence.typed.javadsl.ReplyEffect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import servicesim.policy.transcript.EventName;
import servicesim.scenario.workshop.Workshop;

/**
 * A workshop as it was run: its definition (policy, scenarios, mode), who enrolled, which sessions were assigned to
 * whom, and when it closed; its events hash-chained as a session's are. In assessment mode feedback stays hidden until the trainer releases it.
 */
public final class WorkshopEntity
    extends EventSourcedBehaviorWithEnforcedReplies<WorkshopEntity.Command, WorkshopEntity.Event, WorkshopEntity.State> {

  public static final EntityTypeKey<Command> ENTITY_KEY = EntityTypeKey.create(Command.class, "Workshop");
  public static final String WORKSHOP_TAG = "workshop";
  /** Why a workshop closes once a run has played every scripted session without failure. */
  public static final String COMPLETED = "completed";
  private static final Set<String> TAGS = Set.of(SessionEntity.AUDIT_TAG, WORKSHOP_TAG);

  // ---------------------------------------------------------------- commands

  public sealed interface Command extends JsonSerializable {}

  /** @param timeScale live sessions' simulated seconds per real second, or null for each channel's default */
  public record Definition(String definitionId, String title, String policyId, int policyVersion, String mode,
      List<String> scenarios, String sha256, Double timeScale) implements JsonSerializable {

    public Definition(String definitionId, String title, String policyId, int policyVersion, String mode,
        List<String> scenarios, String sha256) {
      this(definitionId, title, policyId, policyVersion, mode, scenarios, sha256, null);
    }
  }

  public record Enrolment(String traineeId, String name, String agent, boolean live) implements JsonSerializable {}

  public record Assignment(String sessionId, String traineeId, String scenarioId) implements JsonSerializable {}

  /**
   * A run of the scripted sessions: on which node, how many, since when, and once over, when and what failed;
   * {@code closeWhenDone} says whether the workshop closes when the run ends (null for runs recorded without it).
   */
  public record Run(String runner, int sessions, Instant startedAt, Instant finishedAt, List<String> failures,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean closeWhenDone) implements JsonSerializable {

    public Run(String runner, int sessions, Instant startedAt, Instant finishedAt, List<String> failures) {
      this(runner, sessions, startedAt, finishedAt, failures, null);
    }

    public boolean over() {
      return finishedAt != null;
    }
  }

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

  /**
   * Several live assignments in one write (live sessions started at the same moment): those {@link AssignLive} would
   * refuse are left out, and their callers ask again one by one to learn why.
   */
  public record AssignAll(List<Assignment> assignments, Instant at, ActorRef<Reply> replyTo) implements Change {}

  public record ReleaseFeedback(Instant at, ActorRef<Reply> replyTo) implements Change {}

  /**
   * Starts a run of the workshop's {@code sessions} scripted sessions on {@code runner} (a node's unique address):
   * refused while another run goes on on a node that is still in the cluster. {@code closeWhenDone} is kept so that a
   * node taking the run over closes the workshop as the first would have.
   */
  public record BeginRun(String runner, int sessions, Boolean closeWhenDone, Instant at, ActorRef<Reply> replyTo)
      implements Change {

    public BeginRun(String runner, int sessions, Instant at, ActorRef<Reply> replyTo) {
      this(runner, sessions, null, at, replyTo);
    }
  }

  /** The run on {@code runner} is over; {@code failures} name the sessions it could not play. */
  public record FinishRun(String runner, List<String> failures, Instant at, ActorRef<Reply> replyTo)
      implements Change {}

  public record Close(String reason, Instant at, ActorRef<Reply> replyTo) implements Change {}

  public record Get(ActorRef<Summary> replyTo) implements Command {
    @JsonCreator
    public Get {}
  }

  public record Summary(String workshopId, Definition definition, Instant createdAt, List<Enrolment> trainees,
      List<Assignment> sessions, boolean feedbackReleased, boolean closed,
      @JsonInclude(JsonInclude.Include.NON_NULL) Run run) implements JsonSerializable {
    public boolean created() {
      return definition != null;
    }

    /** In an assessment, trainees see no score until the trainer releases the feedback. */
    public boolean feedbackHidden() {
      return created() && Workshop.ASSESSMENT.equals(definition.mode()) && !feedbackReleased;
    }
  }

  /** What a change answers: the workshop after it, or why it was refused. */
  public record Reply(Summary summary, Rejected rejected) implements Rejection.Reply<Summary>, JsonSerializable {}

  /** Why a workshop refused a change. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  @JsonSubTypes({@JsonSubTypes.Type(Missing.class), @JsonSubTypes.Type(Exists.class), @JsonSubTypes.Type(Closed.class),
      @JsonSubTypes.Type(NotLive.class), @JsonSubTypes.Type(NotInWorkshop.class),
      @JsonSubTypes.Type(AlreadyRunning.class)})
  public sealed interface Rejected extends Rejection {}

  public record Missing(String workshopId) implements Rejected, Rejection.NotFound {
    @JsonCreator
    public Missing {}

    public String message() {
      return "workshop " + workshopId + " does not exist";
    }
  }

  public record Exists(String workshopId) implements Rejected, Rejection.Conflict {
    @JsonCreator
    public Exists {}

    public String message() {
      return "workshop " + workshopId + " already exists";
    }
  }

  public record Closed(String workshopId) implements Rejected, Rejection.Conflict {
    @JsonCreator
    public Closed {}

    public String message() {
      return "workshop " + workshopId + " is closed";
    }
  }

  public record NotLive(String traineeId, String workshopId) implements Rejected, Rejection.Forbidden {

    public String message() {
      return "trainee " + traineeId + " is not enrolled as a live trainee in workshop " + workshopId;
    }
  }

  public record AlreadyRunning(String workshopId) implements Rejected, Rejection.Conflict {
    @JsonCreator
    public AlreadyRunning {}

    public String message() {
      return "workshop " + workshopId + " is already running";
    }
  }

  public record NotInWorkshop(String scenarioId, String workshopId, List<String> scenarios)
      implements Rejected, Rejection.Invalid {

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

    /** The hash of the workshop's event before this one ({@link HashChain#GENESIS} for the first). */
    String prevHash();

    /** SHA-256 over {@code prevHash} and this event's canonical JSON. */
    String hash();

    /** This event at its place in the workshop's hash chain. */
    Event chained(String prevHash, String hash);

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

      R on(RunStarted e);

      R on(RunFinished e);
    }

    /** The kinds of workshop event. */
    enum Type implements EventName {
      WORKSHOP_CREATED,
      TRAINEE_ENROLLED,
      SESSION_ASSIGNED,
      FEEDBACK_RELEASED,
      WORKSHOP_CLOSED,
      RUN_STARTED,
      RUN_FINISHED
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

      public Type on(RunStarted e) {
        return Type.RUN_STARTED;
      }

      public Type on(RunFinished e) {
        return Type.RUN_FINISHED;
      }
    };
  }

  public record WorkshopCreated(String workshopId, Instant at, String definitionId, String title, String policyId,
      int policyVersion, String mode, List<String> scenarios, String sha256,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double timeScale,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }

    public WorkshopCreated chained(String prevHash, String hash) {
      return new WorkshopCreated(workshopId, at, definitionId, title, policyId, policyVersion, mode, scenarios, sha256,
          timeScale, prevHash, hash);
    }
  }

  public record TraineeEnrolled(String workshopId, Instant at, String traineeId, String name, String agent,
      boolean live,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }

    public TraineeEnrolled chained(String prevHash, String hash) {
      return new TraineeEnrolled(workshopId, at, traineeId, name, agent, live, prevHash, hash);
    }
  }

  public record SessionAssigned(String workshopId, Instant at, String sessionId, String traineeId, String scenarioId,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }

    public SessionAssigned chained(String prevHash, String hash) {
      return new SessionAssigned(workshopId, at, sessionId, traineeId, scenarioId, prevHash, hash);
    }
  }

  public record FeedbackReleased(String workshopId, Instant at,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }

    public FeedbackReleased chained(String prevHash, String hash) {
      return new FeedbackReleased(workshopId, at, prevHash, hash);
    }
  }

  public record WorkshopClosed(String workshopId, Instant at, String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }

    public WorkshopClosed chained(String prevHash, String hash) {
      return new WorkshopClosed(workshopId, at, reason, prevHash, hash);
    }
  }

  /**
   * A run of the scripted sessions started on {@code runner} (a node); it takes over a run whose node is gone.
   * {@code closeWhenDone}: whether the workshop closes when the run ends (absent in runs recorded before it was kept).
   */
  public record RunStarted(String workshopId, Instant at, String runner, int sessions,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean closeWhenDone,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {

    public RunStarted(String workshopId, Instant at, String runner, int sessions, String prevHash, String hash) {
      this(workshopId, at, runner, sessions, null, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }

    public RunStarted chained(String prevHash, String hash) {
      return new RunStarted(workshopId, at, runner, sessions, closeWhenDone, prevHash, hash);
    }
  }

  public record RunFinished(String workshopId, Instant at, String runner, List<String> failures,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }

    public RunFinished chained(String prevHash, String hash) {
      return new RunFinished(workshopId, at, runner, failures, prevHash, hash);
    }
  }

  // ---------------------------------------------------------------- state

  /** Whether trainees may see their scores yet, and whether the workshop is over. */
  public record Phase(boolean feedbackReleased, boolean closed) implements JsonSerializable {
    static final Phase OPEN = new Phase(false, false);
  }

  public record State(Definition definition, Instant createdAt, List<Enrolment> trainees, List<Assignment> sessions,
      Phase phase, Run run, HashChain.Head chain) implements JsonSerializable {

    static final State EMPTY = new State(null, null, List.of(), List.of(), Phase.OPEN, null, HashChain.Head.START);

    boolean created() {
      return definition != null;
    }

    boolean closed() {
      return phase.closed();
    }

    State with(Phase p) {
      return new State(definition, createdAt, trainees, sessions, p, run, chain);
    }

    State with(Run r) {
      return new State(definition, createdAt, trainees, sessions, phase, r, chain);
    }

    State with(Enrolment t) {
      List<Enrolment> list = new ArrayList<>(trainees);
      list.add(t);
      return new State(definition, createdAt, List.copyOf(list), sessions, phase, run, chain);
    }

    State with(Assignment a) {
      List<Assignment> list = new ArrayList<>(sessions);
      list.add(a);
      return new State(definition, createdAt, trainees, List.copyOf(list), phase, run, chain);
    }

    /** The state after the event, which is also the chain's newest link. */
    State with(Event e) {
      State next = apply(e);
      return new State(next.definition, next.createdAt, next.trainees, next.sessions, next.phase, next.run,
          chain.next(e.hash()));
    }

    private State apply(Event e) {
      return e.accept(new Event.Visitor<>() {
        public State on(WorkshopCreated c) {
          return new State(new Definition(c.definitionId(), c.title(), c.policyId(), c.policyVersion(), c.mode(),
              c.scenarios(), c.sha256(), c.timeScale()), c.at(), trainees, sessions, phase, run, chain);
        }

        public State on(TraineeEnrolled t) {
          return with(new Enrolment(t.traineeId(), t.name(), t.agent(), t.live()));
        }

        public State on(SessionAssigned a) {
          return with(new Assignment(a.sessionId(), a.traineeId(), a.scenarioId()));
        }

        public State on(FeedbackReleased r) {
          return with(new Phase(true, phase.closed()));
        }

        public State on(WorkshopClosed c) {
          return with(new Phase(phase.feedbackReleased(), true));
        }

        public State on(RunStarted r) {
          return with(new Run(r.runner(), r.sessions(), r.at(), null, List.of(), r.closeWhenDone()));
        }

        public State on(RunFinished f) {
          return with(new Run(run.runner(), run.sessions(), run.startedAt(), f.at(), f.failures(),
              run.closeWhenDone()));
        }
      });
    }
  }

  // ---------------------------------------------------------------- behaviour

  public static void init(ActorSystem<?> system) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY, ctx -> create(ctx.getEntityId(), system)));
  }

  public static Behavior<Command> create(String workshopId, ActorSystem<?> system) {
    HashChain chain = HashChain.of(system);
    return Behaviors.setup(ctx -> new WorkshopEntity(workshopId, chain, ctx));
  }

  private final String workshopId;
  private final HashChain chain;
  private final ActorContext<Command> ctx;

  private WorkshopEntity(String workshopId, HashChain chain, ActorContext<Command> ctx) {
    super(PersistenceId.of(ENTITY_KEY.name(), workshopId));
    this.workshopId = workshopId;
    this.chain = chain;
    this.ctx = ctx;
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
        .onCommand(AssignAll.class, this::onAssignAll)
        .onCommand(ReleaseFeedback.class, this::onRelease)
        .onCommand(Close.class, this::onClose)
        .onCommand(BeginRun.class, this::onBeginRun)
        .onCommand(FinishRun.class, this::onFinishRun)
        .onCommand(Get.class, this::onGet);
    return b.build();
  }

  private ReplyEffect<Event, State> onCreate(State state, Create cmd) {
    Definition d = cmd.definition();
    List<Event> events = new ArrayList<>();
    events.add(new WorkshopCreated(workshopId, cmd.at(), d.definitionId(), d.title(), d.policyId(), d.policyVersion(),
        d.mode(), d.scenarios(), d.sha256(), d.timeScale(), null, null));
    for (Enrolment t : cmd.trainees()) {
      events.add(new TraineeEnrolled(workshopId, cmd.at(), t.traineeId(), t.name(), t.agent(), t.live(), null, null));
    }
    for (Assignment a : cmd.sessions()) {
      events.add(new SessionAssigned(workshopId, cmd.at(), a.sessionId(), a.traineeId(), a.scenarioId(), null, null));
    }
    return persist(state, events, cmd);
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
    return persist(state, List.of(new SessionAssigned(workshopId, cmd.at(), a.sessionId(), a.traineeId(),
        a.scenarioId(), null, null)), cmd);
  }

  private ReplyEffect<Event, State> onAssignAll(State state, AssignAll cmd) {
    if (state.closed()) return reject(cmd, new Closed(workshopId));
    List<Event> events = new ArrayList<>();
    Set<String> assigned = new java.util.HashSet<>();
    state.sessions().forEach(x -> assigned.add(x.sessionId()));
    for (Assignment a : cmd.assignments()) {
      boolean live = state.trainees().stream().anyMatch(t -> t.traineeId().equals(a.traineeId()) && t.live());
      if (live && state.definition().scenarios().contains(a.scenarioId()) && assigned.add(a.sessionId())) {
        events.add(new SessionAssigned(workshopId, cmd.at(), a.sessionId(), a.traineeId(), a.scenarioId(), null, null));
      }
    }
    if (events.isEmpty()) return accept(state, cmd);
    return persist(state, events, cmd);
  }

  private ReplyEffect<Event, State> onRelease(State state, ReleaseFeedback cmd) {
    if (state.phase().feedbackReleased()) return accept(state, cmd);
    return persist(state, List.of(new FeedbackReleased(workshopId, cmd.at(), null, null)), cmd);
  }

  private ReplyEffect<Event, State> onClose(State state, Close cmd) {
    if (state.closed()) return accept(state, cmd);
    return persist(state, List.of(new WorkshopClosed(workshopId, cmd.at(), cmd.reason(), null, null)), cmd);
  }

  private ReplyEffect<Event, State> onBeginRun(State state, BeginRun cmd) {
    if (state.closed()) return reject(cmd, new Closed(workshopId));
    Run run = state.run();
    if (run != null && !run.over() && runnerUp(run.runner())) return reject(cmd, new AlreadyRunning(workshopId));
    return persist(state, List.of(new RunStarted(workshopId, cmd.at(), cmd.runner(), cmd.sessions(),
        cmd.closeWhenDone(), null, null)), cmd);
  }

  private ReplyEffect<Event, State> onFinishRun(State state, FinishRun cmd) {
    Run run = state.run();
    // a run taken over by another node is that node's to finish
    if (run == null || run.over() || !run.runner().equals(cmd.runner())) return accept(state, cmd);
    return persist(state, List.of(new RunFinished(workshopId, cmd.at(), cmd.runner(), List.copyOf(cmd.failures()),
        null, null)), cmd);
  }

  /** Whether a runner's node is still a member of the cluster (a run on a node that is gone can be taken over). */
  private boolean runnerUp(String runner) {
    for (Member m : Cluster.get(ctx.getSystem()).state().getMembers()) {
      if (m.uniqueAddress().toString().equals(runner) && m.status() != MemberStatus.down()
          && m.status() != MemberStatus.exiting() && m.status() != MemberStatus.removed()) {
        return true;
      }
    }
    return false;
  }

  private ReplyEffect<Event, State> persist(State state, List<Event> events, Change cmd) {
    List<Event> chained = chain.append(state.chain().seqNr(), state.chain().hash(), events,
        (e, seqNr, prev, hash) -> e.chained(prev, hash));
    return Effect().persist(chained).thenReply(cmd.replyTo(), s -> new Reply(summary(s), null));
  }

  private ReplyEffect<Event, State> accept(State state, Change cmd) {
    return Effect().reply(cmd.replyTo(), new Reply(summary(state), null));
  }

  private ReplyEffect<Event, State> reject(Change cmd, Rejected why) {
    return Effect().reply(cmd.replyTo(), new Reply(null, why));
  }

  private ReplyEffect<Event, State> onGet(State state, Get cmd) {
    return Effect().reply(cmd.replyTo(), summary(state));
  }

  private Summary summary(State s) {
    return new Summary(workshopId, s.definition(), s.createdAt(), s.trainees(), s.sessions(),
        s.phase().feedbackReleased(), s.closed(), s.run());
  }

  @Override
  public EventHandler<State, Event> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent((State state, Event event) -> state.with(event));
  }
}
