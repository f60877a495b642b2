package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.TimerScheduler;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.RecoveryCompleted;
import akka.persistence.typed.javadsl.CommandHandlerWithReply;
import akka.persistence.typed.javadsl.CommandHandlerWithReplyBuilder;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import akka.persistence.typed.javadsl.ReplyEffect;
import akka.persistence.typed.javadsl.RetentionCriteria;
import akka.persistence.typed.javadsl.SignalHandler;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import servicesim.policy.Policy;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.Scenario;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.ConversationState;
import servicesim.scenario.conversation.SessionSetup;

/**
 * One training session, event sourced: every message and action of either side, every mood change, nudge and
 * hang-up is an event here, chained by SHA-256 hashes. The customer's decisions are the pure {@link Conversation}
 * logic, taken on this entity's own state so that concurrent inputs (a live trainee and the customer's timers) are
 * decided in order.
 */
public final class SessionEntity
    extends EventSourcedBehaviorWithEnforcedReplies<SessionEntity.Command, SessionEvent, SessionEntity.State> {

  public static final EntityTypeKey<Command> ENTITY_KEY = EntityTypeKey.create(Command.class, "Session");

  /** Every session and workshop event also carries this tag: the audit trail reads them in one global order. */
  public static final String AUDIT_TAG = "audit";

  /**
   * The scoring tags, {@code count} of them (about ten per node). A session's start and end carry one, the same for
   * all sessions of one trainee in one workshop, so one scoring projection instance owns that trainee's aggregate and
   * no two instances ever update the same row.
   */
  public record Tags(int count) {

    public List<String> scoring() {
      return IntStream.range(0, count).mapToObj(Tags::scoringTag).toList();
    }

    public String scoringTagOf(String workshopId, String traineeId) {
      return scoringTag(Math.floorMod((workshopId + "|" + traineeId).hashCode(), count));
    }

    private static String scoringTag(int i) {
      return "session-" + i;
    }
  }

  // ---------------------------------------------------------------- commands

  public sealed interface Command extends JsonSerializable {}

  /** A command that changes the session and answers with a {@link Reply}. */
  public sealed interface Change extends Command {
    ActorRef<Reply> replyTo();
  }

  public record Start(SessionSetup setup, Instant at, ActorRef<Reply> replyTo) implements Change {}

  public record AgentSay(String text, String subject, Instant at, ActorRef<Reply> replyTo) implements Change {}

  /** @param type an action's name as the client gave it: the session refuses names that are not actions */
  public record AgentAct(String type, Map<String, String> fields, Instant at, ActorRef<Reply> replyTo)
      implements Change {}

  /** The customer's next move, if it is due by {@code due} (virtual time) or by now (wall time). */
  public record CustomerTurn(Instant due, ActorRef<Reply> replyTo) implements Change {}

  public record End(String endedBy, Instant at, ActorRef<Reply> replyTo) implements Change {}

  /** The live agent waits for the next thing: the customer's next move, or shortly before a promised time. */
  public record AgentWait(ActorRef<Reply> replyTo) implements Change {
    @JsonCreator
    public AgentWait {}
  }

  public record Get(ActorRef<Summary> replyTo) implements Command {
    @JsonCreator
    public Get {}
  }

  /** The live customer's timer fired: the customer makes the move that is due (sent through sharding). */
  enum CustomerDue implements Command { INSTANCE }

  /** The live customer's timer, which wakes the session through sharding so that a waiting session stays active. */
  private enum Wake implements Command { INSTANCE }

  /** Sent to itself by a live session recovered after its node was unavailable: give back the time nobody could act. */
  private enum Resume implements Command { INSTANCE }

  /**
   * What a change answers: the session after it, or why it was refused; {@code stored} holds the events the change
   * stored, in order (none when it stored nothing), so that a caller need not read them back from the journal.
   */
  public record Reply(Summary summary, Rejected rejected,
      @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) List<SessionEvent> stored)
      implements Rejection.Reply<Summary>, JsonSerializable {
    @JsonCreator
    public Reply {
      stored = stored == null ? List.of() : List.copyOf(stored);
    }

    Reply(Summary summary, Rejected rejected) {
      this(summary, rejected, List.of());
    }
  }

  /** Why a session refused a change. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  @JsonSubTypes({@JsonSubTypes.Type(NotStarted.class), @JsonSubTypes.Type(Ended.class),
      @JsonSubTypes.Type(StartedOtherwise.class), @JsonSubTypes.Type(Invalid.class)})
  public sealed interface Rejected extends Rejection {}

  public record NotStarted(String sessionId) implements Rejected, Rejection.NotFound {
    @JsonCreator
    public NotStarted {}

    public String message() {
      return "session " + sessionId + " has not started";
    }
  }

  public record Ended(String sessionId) implements Rejected, Rejection.Conflict {
    @JsonCreator
    public Ended {}

    public String message() {
      return "session " + sessionId + " has ended";
    }
  }

  public record StartedOtherwise(String sessionId) implements Rejected, Rejection.Conflict {
    @JsonCreator
    public StartedOtherwise {}

    public String message() {
      return "session " + sessionId + " was started with another setup";
    }
  }

  /** The change itself is not valid: no text, an unknown action or field, a missing time. */
  public record Invalid(String message) implements Rejected, Rejection.Invalid {
    @JsonCreator
    public Invalid {}
  }

  /**
   * The session as it stands: what clients and the driving actors see; {@code customerDueAt} is when the customer
   * makes their next move if nothing else happens first (simulated time), null when they wait for the agent.
   */
  public record Summary(String sessionId, long seqNr, SessionSetup setup, ConversationState conversation,
      String lastHash, Instant customerDueAt)
      implements JsonSerializable {
    public boolean started() {
      return setup != null;
    }

    public boolean ended() {
      return conversation != null && conversation.ended();
    }
  }

  // ---------------------------------------------------------------- state

  /** Empty until started; then the setup, the conversation's state, and the chain's position. */
  public record State(SessionSetup setup, ConversationState conversation, long seqNr, String lastHash)
      implements JsonSerializable {

    static final State EMPTY = new State(null, null, 0, HashChain.GENESIS);

    boolean started() {
      return setup != null;
    }

    boolean ended() {
      return conversation != null && conversation.ended();
    }

    State next(ConversationState c, SessionEvent e) {
      return new State(setup, c, e.seqNr(), e.hash());
    }
  }

  // ---------------------------------------------------------------- behaviour

  /** Registers sessions with Cluster Sharding (one node or many: only configuration differs). */
  public static void init(ActorSystem<?> system, Catalog catalog, Clock clock, Tags tags) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY,
        ctx -> create(ctx.getEntityId(), catalog, clock, tags, system)));
  }

  public static Behavior<Command> create(String sessionId, Catalog catalog, Clock clock, Tags tags,
      ActorSystem<?> system) {
    HashChain chain = HashChain.of(system);
    return Behaviors.setup(ctx -> Behaviors.withTimers(timers ->
        new SessionEntity(sessionId, catalog, clock, chain, tags, ctx, timers)));
  }


  private final String sessionId;
  private final Catalog catalog;
  private final Clock clock;
  private final HashChain chain;
  private final Tags tags;
  private final ActorContext<Command> ctx;
  private final TimerScheduler<Command> timers;
  /** Half sharding's idle timeout: a session whose customer waits to speak is woken before it would passivate. */
  private final Duration keepAwake;
  private Conversation conversation;
  /** Recovered with time to give back: until that is stored, commands wait so that none is decided on the old clock. */
  private boolean resuming;

  private SessionEntity(String sessionId, Catalog catalog, Clock clock, HashChain chain, Tags tags,
      ActorContext<Command> ctx, TimerScheduler<Command> timers) {
    super(PersistenceId.of(ENTITY_KEY.name(), sessionId));
    this.sessionId = sessionId;
    this.catalog = catalog;
    this.clock = clock;
    this.chain = chain;
    this.tags = tags;
    this.ctx = ctx;
    this.timers = timers;
    this.keepAwake = ctx.getSystem().settings().config()
        .getDuration("akka.cluster.sharding.passivation.default-idle-strategy.idle-entity.timeout").dividedBy(2);
  }

  @Override
  public State emptyState() {
    return State.EMPTY;
  }

  @Override
  public Set<String> tagsFor(SessionEvent event) {
    // scoring needs only a session's start and end; every event goes to the audit trail
    if (SCORED.contains(event.eventType())) {
      return Set.of(AUDIT_TAG, tags.scoringTagOf(event.workshopId(), event.traineeId()));
    }
    return AUDIT_ONLY;
  }

  private static final Set<String> AUDIT_ONLY = Set.of(AUDIT_TAG);
  private static final Set<SessionEvent.Type> SCORED =
      EnumSet.of(SessionEvent.Type.SESSION_STARTED, SessionEvent.Type.SESSION_ENDED);

  @Override
  public RetentionCriteria retentionCriteria() {
    return RetentionCriteria.snapshotEvery(100, 3);
  }

  @Override
  public CommandHandlerWithReply<Command, SessionEvent, State> commandHandler() {
    CommandHandlerWithReplyBuilder<Command, SessionEvent, State> b = newCommandHandlerWithReplyBuilder();
    b.forState(s -> !s.started())
        .onCommand(Start.class, this::onStart)
        .onCommand(Get.class, this::onGet)
        .onCommand(Change.class, (s, c) -> reject(c, new NotStarted(sessionId)))
        .onAnyCommand(c -> Effect().noReply());
    b.forState(State::ended)
        .onCommand(Start.class, this::onStartAgain)
        .onCommand(Get.class, this::onGet)
        .onCommand(Change.class, (s, c) -> reject(c, new Ended(sessionId)))
        .onAnyCommand(c -> Effect().noReply());
    b.forState(s -> resuming)
        .onCommand(Resume.class, this::onResume)
        .onCommand(Get.class, this::onGet)
        .onAnyCommand(c -> Effect().stash());
    b.forAnyState()
        .onCommand(Start.class, this::onStartAgain)
        .onCommand(AgentSay.class, this::onAgentSay)
        .onCommand(AgentAct.class, this::onAgentAct)
        .onCommand(CustomerTurn.class, this::onCustomerTurn)
        .onCommand(End.class, this::onEnd)
        .onCommand(AgentWait.class, this::onAgentWait)
        .onCommand(Get.class, this::onGet)
        .onCommand(Wake.class, this::onWake)
        .onCommand(CustomerDue.class, this::onCustomerDue)
        .onCommand(Resume.class, c -> Effect().noReply());
    return b.build();
  }

  private ReplyEffect<SessionEvent, State> onStart(State state, Start cmd) {
    SessionSetup setup = cmd.setup();
    if (!setup.sessionId().equals(sessionId)) {
      return reject(cmd, new Invalid("the setup is for session " + setup.sessionId()));
    }
    Optional<Scenario> scenario = catalog.scenario(setup.scenarioId(), setup.scenarioSha256());
    Optional<Policy> policy = catalog.policy(setup.policyId(), setup.policyVersion());
    if (scenario.isEmpty() || policy.isEmpty()) {
      return reject(cmd, new Invalid("unknown scenario " + setup.scenarioId() + " or policy " + setup.policyId() + "@"
          + setup.policyVersion()));
    }
    Instant at = setup.virtual() ? cmd.at() : clock.instant();
    conversation = new Conversation(scenario.get(), policy.get(), setup);
    return persistAll(state, List.of(conversation.started(at)), cmd.replyTo());
  }

  private ReplyEffect<SessionEvent, State> onStartAgain(State state, Start cmd) {
    if (cmd.setup().equals(state.setup())) return Effect().reply(cmd.replyTo(), new Reply(summary(state), null));
    return reject(cmd, new StartedOtherwise(sessionId));
  }

  private ReplyEffect<SessionEvent, State> onAgentSay(State state, AgentSay cmd) {
    if (cmd.text() == null || cmd.text().isBlank()) return reject(cmd, new Invalid("a message needs text"));
    return decide(state, cmd, cmd.at(),
        at -> conversation(state).agentSays(state.conversation(), cmd.text(), cmd.subject(), at));
  }

  private ReplyEffect<SessionEvent, State> onAgentAct(State state, AgentAct cmd) {
    Optional<ActionType> type = ActionType.byId(cmd.type());
    if (type.isEmpty()) {
      return reject(cmd, new Invalid("unknown action '" + cmd.type() + "' (actions: "
          + String.join(", ", ActionType.ids()) + ")"));
    }
    Map<String, String> fields = cmd.fields() == null ? Map.of() : cmd.fields();
    for (String required : type.get().requiredFields()) {
      if (fields.getOrDefault(required, "").isBlank()) {
        return reject(cmd, new Invalid("action '" + cmd.type() + "' needs the field '" + required + "'"));
      }
    }
    for (String field : fields.keySet()) {
      if (!type.get().allFields().contains(field)) {
        return reject(cmd, new Invalid("action '" + cmd.type() + "' has no field '" + field + "' (fields: "
            + String.join(", ", type.get().allFields()) + ")"));
      }
    }
    return decide(state, cmd, cmd.at(),
        at -> conversation(state).agentActs(state.conversation(), type.get(), fields, at));
  }

  private ReplyEffect<SessionEvent, State> onCustomerTurn(State state, CustomerTurn cmd) {
    Conversation c = conversation(state);
    Optional<Conversation.Move> move = c.nextCustomerMove(state.conversation());
    Instant by = state.setup().virtual() ? cmd.due() : now(state);
    if (move.isEmpty() || by == null || move.get().at().isAfter(by)) {
      return Effect().reply(cmd.replyTo(), new Reply(summary(state), null));
    }
    return persistAll(state, move.get().events(), cmd.replyTo());
  }

  private ReplyEffect<SessionEvent, State> onAgentWait(State state, AgentWait cmd) {
    if (state.setup().virtual()) return reject(cmd, new Invalid("a scripted run does not wait: it runs in virtual time"));
    Optional<SessionEvent.AgentWaited> waited = conversation(state).waitFor(state.conversation(), now(state));
    if (waited.isEmpty()) {
      return reject(cmd, new Invalid("nothing to wait for: the customer waits for you"));
    }
    return persistAll(state, List.of(waited.get()), cmd.replyTo());
  }

  private ReplyEffect<SessionEvent, State> onEnd(State state, End cmd) {
    return decide(state, cmd, cmd.at(), at -> conversation(state).end(state.conversation(), cmd.endedBy(), at));
  }

  private ReplyEffect<SessionEvent, State> onGet(State state, Get cmd) {
    return Effect().reply(cmd.replyTo(), summary(state));
  }

  private ReplyEffect<SessionEvent, State> onWake(State state, Wake cmd) {
    ClusterSharding.get(ctx.getSystem()).entityRefFor(ENTITY_KEY, sessionId).tell(CustomerDue.INSTANCE);
    return Effect().noReply();
  }

  private ReplyEffect<SessionEvent, State> onCustomerDue(State state, CustomerDue cmd) {
    if (state.setup().virtual()) return Effect().noReply();
    Optional<Conversation.Move> move = conversation(state).nextCustomerMove(state.conversation());
    if (move.isEmpty() || move.get().at().isAfter(now(state))) {
      return Effect().none().thenRun(this::armCustomer).thenNoReply();
    }
    return Effect().persist(chained(state, move.get().events())).thenRun(this::changed).thenNoReply();
  }

  private ReplyEffect<SessionEvent, State> onResume(State state, Resume cmd) {
    resuming = false;
    Optional<SessionEvent.SessionResumed> resumed = conversation(state).resume(state.conversation(), clock.instant());
    if (resumed.isEmpty()) return Effect().none().thenRun(this::armCustomer).thenNoReply().thenUnstashAll();
    return Effect().persist(chained(state, List.of(resumed.get()))).thenRun(this::changed).thenNoReply()
        .thenUnstashAll();
  }

  private ReplyEffect<SessionEvent, State> reject(Change cmd, Rejected why) {
    return Effect().reply(cmd.replyTo(), new Reply(null, why));
  }

  /** Runs a decision at the command's time (virtual) or now (wall) and persists what it causes. */
  private ReplyEffect<SessionEvent, State> decide(State state, Change cmd, Instant requested,
      Function<Instant, List<SessionEvent>> decision) {
    Instant at;
    if (state.setup().virtual()) {
      if (requested == null) return reject(cmd, new Invalid("a virtual-time session needs a time"));
      at = requested;
    } else {
      at = now(state);
    }
    Instant last = state.conversation().times().lastEventAt();
    if (last != null && at.isBefore(last)) at = last; // time never runs backwards in a session
    return persistAll(state, decision.apply(at), cmd.replyTo());
  }

  private ReplyEffect<SessionEvent, State> persistAll(State state, List<SessionEvent> decided,
      ActorRef<Reply> replyTo) {
    List<SessionEvent> events = chained(state, decided);
    return Effect().persist(events).thenRun(this::changed)
        .thenReply(replyTo, st -> new Reply(summary(st), null, events));
  }

  /** The decided events in the session's hash chain, after its last stored event. */
  private List<SessionEvent> chained(State state, List<SessionEvent> decided) {
    return chain.append(state.seqNr(), state.lastHash(), decided, SessionEvent::chained);
  }

  /**
   * After a change: in a live session, tell whoever watches it and set the customer's timer for their next move.
   * Scripted sessions are driven and watched by their driver and the audit trail's notices.
   */
  private void changed(State state) {
    if (state.setup().virtual()) return;
    Notices.get(ctx.getSystem()).publish(new Notices.Notice(Notices.session(sessionId), state.seqNr()));
    armCustomer(state);
  }

  /** Sets the live customer's timer for their next move, at most {@link #keepAwake} away. */
  private void armCustomer(State state) {
    if (!state.started() || state.setup().virtual()) return;
    Optional<Conversation.Move> move = state.ended() ? Optional.empty()
        : conversation(state).nextCustomerMove(state.conversation());
    if (move.isEmpty()) {
      timers.cancel(Wake.INSTANCE);
      return;
    }
    Duration simulated = Duration.between(now(state), move.get().at());
    Duration wait = Duration.ofMillis((long) Math.ceil(simulated.toMillis() / state.setup().timeScale()));
    Duration delay = wait.isNegative() ? MARGIN : wait.plus(MARGIN);
    timers.startSingleTimer(Wake.INSTANCE, delay.compareTo(keepAwake) > 0 ? keepAwake : delay);
  }

  /** A live session's simulated time now: its clock runs at the workshop's time scale, plus what the agent skipped. */
  private Instant now(State state) {
    return state.conversation().simulatedAt(clock.instant(), state.setup().timeScale());
  }

  /** Timers fire at or after their time; this margin keeps the session from seeing a move a moment too early. */
  private static final Duration MARGIN = Duration.ofMillis(20);

  @Override
  public SignalHandler<State> signalHandler() {
    return newSignalHandlerBuilder().onSignal(RecoveryCompleted.instance(), this::recovered).build();
  }

  /**
   * A live session that comes back with a customer's move to come (so it was kept running, and stopped only with its
   * node) and its clock run on since its latest event first gives that time back; otherwise its customer goes on.
   */
  private void recovered(State state) {
    if (state.started() && !state.ended() && !state.setup().virtual()
        && conversation(state).resume(state.conversation(), clock.instant()).isPresent()) {
      resuming = true;
      ctx.getSelf().tell(Resume.INSTANCE);
      return;
    }
    armCustomer(state);
  }

  private Summary summary(State state) {
    Instant due = !state.started() || state.ended() ? null
        : conversation(state).nextCustomerMove(state.conversation()).map(Conversation.Move::at).orElse(null);
    return new Summary(sessionId, state.seqNr(), state.setup(), state.conversation(), state.lastHash(), due);
  }

  // ---------------------------------------------------------------- the fold

  @Override
  public EventHandler<State, SessionEvent> eventHandler() {
    return newEventHandlerBuilder().forAnyState()
        .onEvent(SessionEvent.SessionStarted.class, (State state, SessionEvent.SessionStarted e) -> {
          SessionSetup setup = SessionSetup.of(e);
          return new State(setup, conversation(setup).apply(null, e), e.seqNr(), e.hash());
        })
        .onAnyEvent((State state, SessionEvent e) ->
            state.next(conversation(state.setup()).apply(state.conversation(), e), e));
  }

  private Conversation conversation(State state) {
    return conversation(state.setup());
  }

  /** The session's customer logic, from the exact scenario and policy versions it started with. */
  private Conversation conversation(SessionSetup s) {
    if (conversation == null) {
      Scenario scenario = catalog.scenario(s.scenarioId(), s.scenarioSha256()).orElseThrow(() ->
          new IllegalStateException("session " + sessionId + ": scenario " + s.scenarioId() + " (" + s.scenarioSha256()
              + ") is not in the catalog"));
      Policy policy = catalog.policy(s.policyId(), s.policyVersion()).orElseThrow(() ->
          new IllegalStateException("session " + sessionId + ": policy " + s.policyId() + "@" + s.policyVersion()
              + " is not in the catalog"));
      conversation = new Conversation(scenario, policy, s);
    }
    return conversation;
  }
}
