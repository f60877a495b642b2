package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.Behaviors;
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
import akka.persistence.typed.javadsl.RetentionCriteria;
import akka.serialization.jackson.JacksonObjectMapperProvider;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import servicesim.policy.Policy;
import servicesim.policy.transcript.ActionType;
import servicesim.scenario.Scenario;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.ConversationState;
import servicesim.scenario.conversation.SessionEvent;

/**
 * One training session, event sourced: every message and action of either side, every mood change, nudge and
 * hang-up is an event here, chained by SHA-256 hashes. The customer's decisions are the pure {@link Conversation}
 * logic, taken on this entity's own state so that concurrent inputs (a live trainee and the customer's timers) are
 * decided in order.
 */
public final class SessionEntity
    extends EventSourcedBehaviorWithEnforcedReplies<SessionEntity.Command, SessionEntity.Event, SessionEntity.State> {

  public static final EntityTypeKey<Command> ENTITY_KEY = EntityTypeKey.create(Command.class, "Session");

  /** Every session and workshop event also carries this tag: the audit trail reads them in one global order. */
  public static final String AUDIT_TAG = "audit";

  public static final String VIRTUAL = "virtual";
  public static final String WALL = "wall";

  // ---------------------------------------------------------------- commands

  public sealed interface Command extends JsonSerializable {}

  /** What a session is: recorded in {@code SessionStarted} so the session never needs a lookup to be understood. */
  public record Setup(String sessionId, String workshopId, String traineeId, String traineeName, String scenarioId,
      String scenarioSha256, String policyId, int policyVersion, String agentName, String agentScript, String clock)
      implements JsonSerializable {

    public boolean virtual() {
      return VIRTUAL.equals(clock);
    }
  }

  public record Start(Setup setup, Instant at, ActorRef<StatusReply<Summary>> replyTo) implements Command {}

  public record AgentSay(String text, String subject, Instant at, ActorRef<StatusReply<Summary>> replyTo)
      implements Command {}

  public record AgentAct(String type, Map<String, String> fields, Instant at, ActorRef<StatusReply<Summary>> replyTo)
      implements Command {}

  /** The customer's next move, if it is due by {@code due} (virtual time) or by now (wall time). */
  public record CustomerTurn(Instant due, ActorRef<StatusReply<Summary>> replyTo) implements Command {}

  public record End(String endedBy, Instant at, ActorRef<StatusReply<Summary>> replyTo) implements Command {}

  public record Get(ActorRef<Summary> replyTo) implements Command {
    @JsonCreator
    public Get {}
  }

  /** Sends {@code subscriber} the session's summary now and after every change (not persisted). */
  public record Subscribe(ActorRef<Summary> subscriber) implements Command {
    @JsonCreator
    public Subscribe {}
  }

  /** The class of a command's reply, for message adapters (Java cannot write a generic class literal). */
  @SuppressWarnings("unchecked")
  public static final Class<StatusReply<Summary>> REPLY = (Class<StatusReply<Summary>>) (Class<?>) StatusReply.class;

  /** The session as it stands: what clients and the driving actors see. */
  public record Summary(String sessionId, long seqNr, Setup setup, ConversationState conversation, String lastHash)
      implements JsonSerializable {
    public boolean started() {
      return setup != null;
    }

    public boolean ended() {
      return conversation != null && conversation.ended();
    }
  }

  // ---------------------------------------------------------------- events

  /** Every session event names its session, workshop and trainee, its place in the chain and its time. */
  public sealed interface Event extends JsonSerializable {
    String sessionId();

    String workshopId();

    String traineeId();

    long seqNr();

    Instant at();

    String prevHash();

    String hash();
  }

  public record SessionStarted(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      String traineeName, String scenarioId, String scenarioSha256, String scenarioTitle, String policyId,
      int policyVersion, String channel, String language, String organisation, String customerName,
      String agentName, String agentScript, String clock, String prevHash, String hash) implements Event {}

  public record CustomerMessageSent(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      String text, String subject, boolean part, boolean turnComplete, List<String> asks, int line, String kind,
      String prevHash, String hash) implements Event {}

  public record AgentMessageSent(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      String text, String subject, List<String> acts, boolean interruption, List<String> answered,
      List<String> unanswered, String prevHash, String hash) implements Event {}

  public record AgentActionTaken(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      String type, Map<String, String> fields, String prevHash, String hash) implements Event {}

  public record CustomerMoodChanged(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      int moodBefore, int moodAfter, int patienceBefore, int patienceAfter, String cause, String prevHash,
      String hash) implements Event {}

  public record CustomerNudged(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      int count, String text, String prevHash, String hash) implements Event {}

  public record CustomerHungUp(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      String reason, String text, String prevHash, String hash) implements Event {}

  public record SessionEnded(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      String outcome, String endedBy, int finalMood, String prevHash, String hash) implements Event {}

  // ---------------------------------------------------------------- state

  /** Empty until started; then the setup, the conversation's state, and the chain's position. */
  public record State(Setup setup, ConversationState conversation, long seqNr, String lastHash)
      implements JsonSerializable {

    static final State EMPTY = new State(null, null, 0, HashChain.GENESIS);

    boolean started() {
      return setup != null;
    }

    boolean ended() {
      return conversation != null && conversation.ended();
    }

    State next(ConversationState c, Event e) {
      return new State(setup, c, e.seqNr(), e.hash());
    }
  }

  // ---------------------------------------------------------------- behaviour

  /** Registers sessions with Cluster Sharding (one node or many: only configuration differs). */
  public static void init(ActorSystem<?> system, Catalog catalog, SimClock clock, int tagCount) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY,
        ctx -> create(ctx.getEntityId(), catalog, clock, tagCount, system)));
  }

  public static Behavior<Command> create(String sessionId, Catalog catalog, SimClock clock, int tagCount,
      ActorSystem<?> system) {
    HashChain chain = new HashChain(JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty()));
    return Behaviors.setup(ctx -> new SessionEntity(sessionId, catalog, clock, chain, tagCount));
  }

  /**
   * The scoring tag of a session's start and end: all sessions of one trainee in one workshop share it, so one scoring
   * projection instance owns that trainee's aggregate and no two instances ever update the same row.
   */
  public static String tagFor(String workshopId, String traineeId, int tagCount) {
    return "session-" + Math.floorMod((workshopId + "|" + traineeId).hashCode(), tagCount);
  }

  private final String sessionId;
  private final Catalog catalog;
  private final SimClock clock;
  private final HashChain chain;
  private final int tagCount;
  private final Set<ActorRef<Summary>> subscribers = new HashSet<>();
  private Conversation conversation;

  private SessionEntity(String sessionId, Catalog catalog, SimClock clock, HashChain chain, int tagCount) {
    super(PersistenceId.of(ENTITY_KEY.name(), sessionId));
    this.sessionId = sessionId;
    this.catalog = catalog;
    this.clock = clock;
    this.chain = chain;
    this.tagCount = tagCount;
  }

  @Override
  public State emptyState() {
    return State.EMPTY;
  }

  @Override
  public Set<String> tagsFor(Event event) {
    // scoring needs only a session's start and end; every event goes to the audit trail
    if (event instanceof SessionStarted || event instanceof SessionEnded) {
      return Set.of(AUDIT_TAG, tagFor(event.workshopId(), event.traineeId(), tagCount));
    }
    return AUDIT_ONLY;
  }

  private static final Set<String> AUDIT_ONLY = Set.of(AUDIT_TAG);

  @Override
  public RetentionCriteria retentionCriteria() {
    return RetentionCriteria.snapshotEvery(100, 3);
  }

  @Override
  public CommandHandlerWithReply<Command, Event, State> commandHandler() {
    CommandHandlerWithReplyBuilder<Command, Event, State> b = newCommandHandlerWithReplyBuilder();
    b.forState(s -> !s.started())
        .onCommand(Start.class, this::onStart)
        .onCommand(Get.class, this::onGet)
        .onCommand(Subscribe.class, this::onSubscribe)
        .onAnyCommand(this::rejectNotStarted);
    b.forState(State::ended)
        .onCommand(Start.class, this::onStartAgain)
        .onCommand(Get.class, this::onGet)
        .onCommand(Subscribe.class, this::onSubscribe)
        .onAnyCommand(this::rejectEnded);
    b.forAnyState()
        .onCommand(Start.class, this::onStartAgain)
        .onCommand(AgentSay.class, this::onAgentSay)
        .onCommand(AgentAct.class, this::onAgentAct)
        .onCommand(CustomerTurn.class, this::onCustomerTurn)
        .onCommand(End.class, this::onEnd)
        .onCommand(Get.class, this::onGet)
        .onCommand(Subscribe.class, this::onSubscribe);
    return b.build();
  }

  private ReplyEffect<Event, State> onStart(State state, Start cmd) {
    Setup setup = cmd.setup();
    if (!setup.sessionId().equals(sessionId)) {
      return Effect().reply(cmd.replyTo(), StatusReply.error("the setup is for session " + setup.sessionId()));
    }
    Optional<Scenario> scenario = catalog.scenario(setup.scenarioId(), setup.scenarioSha256());
    Optional<Policy> policy = catalog.policy(setup.policyId(), setup.policyVersion());
    if (scenario.isEmpty() || policy.isEmpty()) {
      return Effect().reply(cmd.replyTo(), StatusReply.error("unknown scenario " + setup.scenarioId()
          + " or policy " + setup.policyId() + "@" + setup.policyVersion()));
    }
    Instant at = setup.virtual() ? cmd.at() : clock.now();
    Scenario s = scenario.get();
    Event started = seal(State.EMPTY, 1, hash -> new SessionStarted(sessionId, setup.workshopId(), setup.traineeId(), 1,
        at, setup.traineeName(), s.id(), s.sha256(), s.title(), setup.policyId(), setup.policyVersion(),
        s.channel().id(), s.language(), s.organisation(), s.customer().name(), setup.agentName(), setup.agentScript(),
        setup.clock(), HashChain.GENESIS, hash));
    return Effect().persist(started).thenRun(this::publish).thenReply(cmd.replyTo(), st -> StatusReply.success(summary(st)));
  }

  private ReplyEffect<Event, State> onStartAgain(State state, Start cmd) {
    if (cmd.setup().equals(state.setup())) return Effect().reply(cmd.replyTo(), StatusReply.success(summary(state)));
    return Effect().reply(cmd.replyTo(), StatusReply.error("session " + sessionId + " was started with another setup"));
  }

  private ReplyEffect<Event, State> onAgentSay(State state, AgentSay cmd) {
    if (cmd.text() == null || cmd.text().isBlank()) {
      return Effect().reply(cmd.replyTo(), StatusReply.error("a message needs text"));
    }
    return decide(state, cmd.at(), cmd.replyTo(),
        at -> conversation(state).agentSays(state.conversation(), cmd.text(), cmd.subject(), at));
  }

  private ReplyEffect<Event, State> onAgentAct(State state, AgentAct cmd) {
    Optional<ActionType> type = ActionType.byId(cmd.type());
    if (type.isEmpty()) {
      return Effect().reply(cmd.replyTo(), StatusReply.error("unknown action '" + cmd.type() + "' (actions: "
          + String.join(", ", ActionType.ids()) + ")"));
    }
    Map<String, String> fields = cmd.fields() == null ? Map.of() : cmd.fields();
    for (String required : type.get().requiredFields()) {
      if (fields.getOrDefault(required, "").isBlank()) {
        return Effect().reply(cmd.replyTo(), StatusReply.error("action '" + cmd.type() + "' needs the field '" + required + "'"));
      }
    }
    for (String field : fields.keySet()) {
      if (!type.get().allFields().contains(field)) {
        return Effect().reply(cmd.replyTo(), StatusReply.error("action '" + cmd.type() + "' has no field '" + field
            + "' (fields: " + String.join(", ", type.get().allFields()) + ")"));
      }
    }
    return decide(state, cmd.at(), cmd.replyTo(),
        at -> conversation(state).agentActs(state.conversation(), cmd.type(), fields, at));
  }

  private ReplyEffect<Event, State> onCustomerTurn(State state, CustomerTurn cmd) {
    Conversation c = conversation(state);
    Optional<Conversation.Move> move = c.nextCustomerMove(state.conversation());
    Instant by = state.setup().virtual() ? cmd.due() : clock.now();
    if (move.isEmpty() || by == null || move.get().at().isAfter(by)) {
      return Effect().reply(cmd.replyTo(), StatusReply.success(summary(state)));
    }
    return persistAll(state, move.get().events(), cmd.replyTo());
  }

  private ReplyEffect<Event, State> onEnd(State state, End cmd) {
    return decide(state, cmd.at(), cmd.replyTo(),
        at -> conversation(state).end(state.conversation(), cmd.endedBy(), at));
  }

  private ReplyEffect<Event, State> onGet(State state, Get cmd) {
    return Effect().reply(cmd.replyTo(), summary(state));
  }

  private ReplyEffect<Event, State> onSubscribe(State state, Subscribe cmd) {
    subscribers.add(cmd.subscriber());
    cmd.subscriber().tell(summary(state));
    return Effect().noReply();
  }

  private ReplyEffect<Event, State> rejectNotStarted(State state, Command cmd) {
    return rejectWith(cmd, "session " + sessionId + " has not started");
  }

  private ReplyEffect<Event, State> rejectEnded(State state, Command cmd) {
    return rejectWith(cmd, "session " + sessionId + " has ended");
  }

  private ReplyEffect<Event, State> rejectWith(Command cmd, String message) {
    ActorRef<StatusReply<Summary>> replyTo = replyTo(cmd);
    return replyTo == null ? Effect().noReply() : Effect().reply(replyTo, StatusReply.error(message));
  }

  private static ActorRef<StatusReply<Summary>> replyTo(Command cmd) {
    if (cmd instanceof AgentSay c) return c.replyTo();
    if (cmd instanceof AgentAct c) return c.replyTo();
    if (cmd instanceof CustomerTurn c) return c.replyTo();
    if (cmd instanceof End c) return c.replyTo();
    if (cmd instanceof Start c) return c.replyTo();
    return null;
  }

  /** Runs a decision at the command's time (virtual) or now (wall) and persists what it causes. */
  private ReplyEffect<Event, State> decide(State state, Instant requested, ActorRef<StatusReply<Summary>> replyTo,
      Function<Instant, List<SessionEvent>> decision) {
    Instant at;
    if (state.setup().virtual()) {
      if (requested == null) return Effect().reply(replyTo, StatusReply.error("a virtual-time session needs a time"));
      at = requested;
    } else {
      at = clock.now();
    }
    Instant last = state.conversation().lastEventAt();
    if (last != null && at.isBefore(last)) at = last; // time never runs backwards in a session
    return persistAll(state, decision.apply(at), replyTo);
  }

  private ReplyEffect<Event, State> persistAll(State state, List<SessionEvent> decided,
      ActorRef<StatusReply<Summary>> replyTo) {
    List<Event> events = new ArrayList<>(decided.size());
    State s = state;
    for (SessionEvent e : decided) {
      Event sealed = toEvent(s, e);
      events.add(sealed);
      s = new State(s.setup(), s.conversation(), sealed.seqNr(), sealed.hash());
    }
    return Effect().persist(events).thenRun(this::publish).thenReply(replyTo, st -> StatusReply.success(summary(st)));
  }

  private void publish(State state) {
    if (subscribers.isEmpty()) return;
    Summary summary = summary(state);
    subscribers.forEach(s -> s.tell(summary));
  }

  private Summary summary(State state) {
    return new Summary(sessionId, state.seqNr(), state.setup(), state.conversation(), state.lastHash());
  }

  // ---------------------------------------------------------------- events <-> conversation

  @Override
  public EventHandler<State, Event> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent((State state, Event event) -> apply(state, event));
  }

  private State apply(State state, Event event) {
    if (event instanceof SessionStarted e) {
      Setup setup = new Setup(e.sessionId(), e.workshopId(), e.traineeId(), e.traineeName(), e.scenarioId(),
          e.scenarioSha256(), e.policyId(), e.policyVersion(), e.agentName(), e.agentScript(), e.clock());
      State started = new State(setup, null, e.seqNr(), e.hash());
      return new State(setup, conversation(started).start(e.at()), e.seqNr(), e.hash());
    }
    return state.next(conversation(state).apply(state.conversation(), toSessionEvent(event)), event);
  }

  private Conversation conversation(State state) {
    if (conversation == null) {
      Setup s = state.setup();
      Scenario scenario = catalog.scenario(s.scenarioId(), s.scenarioSha256()).orElseThrow(() ->
          new IllegalStateException("session " + sessionId + ": scenario " + s.scenarioId() + " (" + s.scenarioSha256()
              + ") is not in the catalog"));
      Policy policy = catalog.policy(s.policyId(), s.policyVersion()).orElseThrow(() ->
          new IllegalStateException("session " + sessionId + ": policy " + s.policyId() + "@" + s.policyVersion()
              + " is not in the catalog"));
      conversation = new Conversation(scenario, policy, s.agentName());
    }
    return conversation;
  }

  private Event toEvent(State s, SessionEvent e) {
    long seq = s.seqNr() + 1;
    String w = s.setup().workshopId();
    String t = s.setup().traineeId();
    String prev = s.lastHash();
    if (e instanceof SessionEvent.CustomerMessageSent m) {
      return seal(s, seq, h -> new CustomerMessageSent(sessionId, w, t, seq, m.at(), m.text(), m.subject(), m.part(),
          m.turnComplete(), m.asks(), m.line(), m.kind(), prev, h));
    }
    if (e instanceof SessionEvent.AgentMessageSent m) {
      return seal(s, seq, h -> new AgentMessageSent(sessionId, w, t, seq, m.at(), m.text(), m.subject(), m.acts(),
          m.interruption(), m.answered(), m.unanswered(), prev, h));
    }
    if (e instanceof SessionEvent.AgentActionTaken a) {
      return seal(s, seq, h -> new AgentActionTaken(sessionId, w, t, seq, a.at(), a.type(), a.fields(), prev, h));
    }
    if (e instanceof SessionEvent.CustomerMoodChanged c) {
      return seal(s, seq, h -> new CustomerMoodChanged(sessionId, w, t, seq, c.at(), c.moodBefore(), c.moodAfter(),
          c.patienceBefore(), c.patienceAfter(), c.cause(), prev, h));
    }
    if (e instanceof SessionEvent.CustomerNudged n) {
      return seal(s, seq, h -> new CustomerNudged(sessionId, w, t, seq, n.at(), n.count(), n.text(), prev, h));
    }
    if (e instanceof SessionEvent.CustomerHungUp u) {
      return seal(s, seq, h -> new CustomerHungUp(sessionId, w, t, seq, u.at(), u.reason(), u.text(), prev, h));
    }
    SessionEvent.SessionEnded x = (SessionEvent.SessionEnded) e;
    return seal(s, seq, h -> new SessionEnded(sessionId, w, t, seq, x.at(), x.outcome(), x.endedBy(), x.finalMood(),
        prev, h));
  }

  /** Builds the event, hashes it without its hash, and builds it again with the hash. */
  private Event seal(State s, long seq, Function<String, Event> withHash) {
    return withHash.apply(chain.hash(s.lastHash(), withHash.apply("")));
  }

  /** The conversation's view of a stored event. */
  public static SessionEvent toSessionEvent(Event event) {
    if (event instanceof CustomerMessageSent m) {
      return new SessionEvent.CustomerMessageSent(m.at(), m.text(), m.subject(), m.part(), m.turnComplete(), m.asks(),
          m.line(), m.kind());
    }
    if (event instanceof AgentMessageSent m) {
      return new SessionEvent.AgentMessageSent(m.at(), m.text(), m.subject(), m.acts(), m.interruption(), m.answered(),
          m.unanswered());
    }
    if (event instanceof AgentActionTaken a) return new SessionEvent.AgentActionTaken(a.at(), a.type(), a.fields());
    if (event instanceof CustomerMoodChanged c) {
      return new SessionEvent.CustomerMoodChanged(c.at(), c.moodBefore(), c.moodAfter(), c.patienceBefore(),
          c.patienceAfter(), c.cause());
    }
    if (event instanceof CustomerNudged n) return new SessionEvent.CustomerNudged(n.at(), n.count(), n.text());
    if (event instanceof CustomerHungUp u) return new SessionEvent.CustomerHungUp(u.at(), u.reason(), u.text());
    if (event instanceof SessionEnded e) {
      return new SessionEvent.SessionEnded(e.at(), e.outcome(), e.endedBy(), e.finalMood());
    }
    throw new IllegalArgumentException("not a conversation event: " + event.getClass().getSimpleName());
  }
}
