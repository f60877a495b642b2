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
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import servicesim.policy.review.CalibrationResult;
import servicesim.policy.rules.Verdict;
import servicesim.policy.transcript.EventName;

/**
 * A calibration: a trainer picks scored sessions and reviewers; each reviewer judges every rule of every session
 * blind, without the others' verdicts or the machine's; the result compares them with each other and with the
 * machine. The machine's verdicts are recorded when the calibration is created, so its result needs no lookup.
 */
public final class CalibrationEntity extends
    EventSourcedBehaviorWithEnforcedReplies<CalibrationEntity.Command, CalibrationEntity.Event, CalibrationEntity.State> {

  public static final EntityTypeKey<Command> ENTITY_KEY = EntityTypeKey.create(Command.class, "Calibration");
  /** Calibrations go to the audit trail and to the review read model, as reviews do. */
  private static final Set<String> TAGS = Set.of(SessionEntity.AUDIT_TAG, ReviewEntity.REVIEW_TAG);

  // ---------------------------------------------------------------- commands

  public sealed interface Command extends JsonSerializable {}

  public sealed interface Change extends Command {
    ActorRef<Reply> replyTo();
  }

  /**
   * @param machine the machine's verdict per session and rule; the rules judged are those every session has
   */
  public record Create(String title, List<String> sessions, List<String> reviewers,
      Map<String, Map<String, String>> machine, ReviewEntity.Author author, Instant at, ActorRef<Reply> replyTo)
      implements Change {}

  /** A reviewer's verdict on every rule of one session. */
  public record Score(ReviewEntity.Author author, String sessionId, Map<String, String> verdicts, Instant at,
      ActorRef<Reply> replyTo) implements Change {}

  public record Get(ActorRef<Summary> replyTo) implements Command {
    @JsonCreator
    public Get {}
  }

  /** The calibration as it stands: its definition and every verdict given so far (who may see them is the caller's). */
  public record Summary(String calibrationId, Definition definition, Map<String, Map<String, Map<String, String>>> ratings)
      implements JsonSerializable {
    public boolean created() {
      return definition != null;
    }

    /** Whether every reviewer has scored every session. */
    public boolean complete() {
      return created() && definition.reviewers().stream().allMatch(r ->
          ratings.getOrDefault(r, Map.of()).keySet().containsAll(definition.sessions()));
    }

    public CalibrationResult result() {
      Map<String, Map<String, Map<String, Verdict>>> byReviewer = new LinkedHashMap<>();
      ratings.forEach((r, bySession) -> byReviewer.put(r, verdicts(bySession)));
      return CalibrationResult.of(definition.rules(), definition.sessions(), definition.reviewers(), byReviewer,
          verdicts(definition.machine()));
    }

    private static Map<String, Map<String, Verdict>> verdicts(Map<String, Map<String, String>> bySession) {
      Map<String, Map<String, Verdict>> out = new LinkedHashMap<>();
      bySession.forEach((s, byRule) -> {
        Map<String, Verdict> v = new LinkedHashMap<>();
        byRule.forEach((rule, id) -> v.put(rule, Verdict.byId(id)));
        out.put(s, v);
      });
      return out;
    }
  }

  public record Definition(String title, String createdBy, Instant createdAt, List<String> sessions,
      List<String> reviewers, List<String> rules, Map<String, Map<String, String>> machine)
      implements JsonSerializable {}

  public record Reply(Summary summary, Rejected rejected) implements Rejection.Reply<Summary>, JsonSerializable {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  @JsonSubTypes({@JsonSubTypes.Type(Missing.class), @JsonSubTypes.Type(Exists.class),
      @JsonSubTypes.Type(NotAllowed.class), @JsonSubTypes.Type(AlreadyScored.class), @JsonSubTypes.Type(Invalid.class)})
  public sealed interface Rejected extends Rejection {}

  public record Missing(String calibrationId) implements Rejected, Rejection.NotFound {
    @JsonCreator
    public Missing {}

    public String message() {
      return "calibration " + calibrationId + " does not exist";
    }
  }

  public record Exists(String calibrationId) implements Rejected, Rejection.Conflict {
    @JsonCreator
    public Exists {}

    public String message() {
      return "calibration " + calibrationId + " already exists";
    }
  }

  public record NotAllowed(String message) implements Rejected, Rejection.Forbidden {
    @JsonCreator
    public NotAllowed {}
  }

  public record AlreadyScored(String reviewerId, String sessionId) implements Rejected, Rejection.Conflict {
    public String message() {
      return "reviewer " + reviewerId + " has already scored session " + sessionId + " in this calibration";
    }
  }

  public record Invalid(String message) implements Rejected, Rejection.Invalid {
    @JsonCreator
    public Invalid {}
  }

  // ---------------------------------------------------------------- events

  public sealed interface Event extends JsonSerializable {
    String calibrationId();

    Instant at();

    String by();

    String prevHash();

    String hash();

    Event chained(String prevHash, String hash);

    Type eventType();

    enum Type implements EventName {
      CALIBRATION_CREATED,
      CALIBRATION_SCORED
    }
  }

  public record CalibrationCreated(String calibrationId, Instant at, String by, String title, List<String> sessions,
      List<String> reviewers, List<String> rules, Map<String, Map<String, String>> machine,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public Type eventType() {
      return Type.CALIBRATION_CREATED;
    }

    public CalibrationCreated chained(String prevHash, String hash) {
      return new CalibrationCreated(calibrationId, at, by, title, sessions, reviewers, rules, machine, prevHash, hash);
    }
  }

  public record CalibrationScored(String calibrationId, Instant at, String by, String sessionId,
      Map<String, String> verdicts,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public Type eventType() {
      return Type.CALIBRATION_SCORED;
    }

    public CalibrationScored chained(String prevHash, String hash) {
      return new CalibrationScored(calibrationId, at, by, sessionId, verdicts, prevHash, hash);
    }
  }

  // ---------------------------------------------------------------- state

  public record State(Definition definition, Map<String, Map<String, Map<String, String>>> ratings,
      HashChain.Head chain) implements JsonSerializable {

    static final State EMPTY = new State(null, Map.of(), HashChain.Head.START);

    boolean created() {
      return definition != null;
    }

    boolean scored(String reviewer, String sessionId) {
      return ratings.getOrDefault(reviewer, Map.of()).containsKey(sessionId);
    }

    State with(Event e) {
      if (e instanceof CalibrationCreated c) {
        return new State(new Definition(c.title(), c.by(), c.at(), c.sessions(), c.reviewers(), c.rules(),
            c.machine()), ratings, chain.next(c.hash()));
      }
      CalibrationScored s = (CalibrationScored) e;
      Map<String, Map<String, Map<String, String>>> next = new LinkedHashMap<>(ratings);
      Map<String, Map<String, String>> mine = new LinkedHashMap<>(next.getOrDefault(s.by(), Map.of()));
      mine.put(s.sessionId(), s.verdicts());
      next.put(s.by(), mine);
      return new State(definition, next, chain.next(s.hash()));
    }
  }

  // ---------------------------------------------------------------- behaviour

  public static void init(ActorSystem<?> system) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY, ctx -> create(ctx.getEntityId(), system)));
  }

  public static Behavior<Command> create(String calibrationId, ActorSystem<?> system) {
    HashChain chain = HashChain.of(system);
    return new CalibrationEntity(calibrationId, chain);
  }

  private final String calibrationId;
  private final HashChain chain;

  private CalibrationEntity(String calibrationId, HashChain chain) {
    super(PersistenceId.of(ENTITY_KEY.name(), calibrationId));
    this.calibrationId = calibrationId;
    this.chain = chain;
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
        .onCommand(Change.class, (s, c) -> reject(c, new Missing(calibrationId)));
    b.forAnyState()
        .onCommand(Create.class, (s, c) -> reject(c, new Exists(calibrationId)))
        .onCommand(Score.class, this::onScore);
    b.forAnyState().onCommand(Get.class, (s, c) -> Effect().reply(c.replyTo(), summary(s)));
    return b.build();
  }

  private ReplyEffect<Event, State> onCreate(State state, Create cmd) {
    if (!ReviewEntity.TRAINER.equals(cmd.author().role())) {
      return reject(cmd, new NotAllowed("only a trainer sets up a calibration"));
    }
    List<String> sessions = List.copyOf(new LinkedHashSet<>(cmd.sessions()));
    List<String> reviewers = List.copyOf(new LinkedHashSet<>(cmd.reviewers()));
    if (sessions.isEmpty()) return reject(cmd, new Invalid("sessions: name at least one scored session"));
    if (reviewers.size() < 2) return reject(cmd, new Invalid("reviewers: name at least two reviewers"));
    for (String s : sessions) {
      if (cmd.machine().getOrDefault(s, Map.of()).isEmpty()) {
        return reject(cmd, new Invalid("session " + s + " has no score yet: only scored sessions can be calibrated"));
      }
    }
    List<String> rules = new ArrayList<>(cmd.machine().get(sessions.get(0)).keySet());
    for (String s : sessions) rules.retainAll(cmd.machine().get(s).keySet());
    if (rules.isEmpty()) return reject(cmd, new Invalid("the sessions have no rule in common"));
    Map<String, Map<String, String>> machine = new LinkedHashMap<>();
    for (String s : sessions) {
      Map<String, String> byRule = new LinkedHashMap<>();
      for (String r : rules) byRule.put(r, cmd.machine().get(s).get(r));
      machine.put(s, byRule);
    }
    String title = cmd.title() == null || cmd.title().isBlank() ? calibrationId : cmd.title().strip();
    return persist(state, new CalibrationCreated(calibrationId, cmd.at(), cmd.author().id(), title, sessions,
        reviewers, List.copyOf(rules), machine, null, null), cmd);
  }

  private ReplyEffect<Event, State> onScore(State state, Score cmd) {
    Definition d = state.definition();
    String reviewer = cmd.author().id();
    if (!d.reviewers().contains(reviewer)) {
      return reject(cmd, new NotAllowed(reviewer + " is not a reviewer of calibration " + calibrationId));
    }
    if (!d.sessions().contains(cmd.sessionId())) {
      return reject(cmd, new Invalid("session " + cmd.sessionId() + " is not part of calibration " + calibrationId));
    }
    if (state.scored(reviewer, cmd.sessionId())) return reject(cmd, new AlreadyScored(reviewer, cmd.sessionId()));
    Map<String, String> verdicts = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String rule : d.rules()) {
      String v = cmd.verdicts() == null ? null : cmd.verdicts().get(rule);
      if (v == null) {
        missing.add(rule);
        continue;
      }
      try {
        verdicts.put(rule, Verdict.byId(v).id());
      } catch (IllegalArgumentException e) {
        return reject(cmd, new Invalid("verdicts." + rule + ": " + e.getMessage()));
      }
    }
    if (!missing.isEmpty()) {
      return reject(cmd, new Invalid("verdicts: every rule needs a verdict; missing " + String.join(", ", missing)));
    }
    for (String rule : cmd.verdicts().keySet()) {
      if (!d.rules().contains(rule)) {
        return reject(cmd, new Invalid("verdicts." + rule + ": not a rule of this calibration"));
      }
    }
    return persist(state, new CalibrationScored(calibrationId, cmd.at(), reviewer, cmd.sessionId(), verdicts, null,
        null), cmd);
  }

  private ReplyEffect<Event, State> persist(State state, Event event, Change cmd) {
    List<Event> chained = chain.append(state.chain().seqNr(), state.chain().hash(), List.of(event),
        (e, seqNr, prev, hash) -> e.chained(prev, hash));
    return Effect().persist(chained).thenReply(cmd.replyTo(), s -> new Reply(summary(s), null));
  }

  private ReplyEffect<Event, State> reject(Change cmd, Rejected why) {
    return Effect().reply(cmd.replyTo(), new Reply(null, why));
  }

  private Summary summary(State s) {
    return new Summary(calibrationId, s.definition(), s.ratings());
  }

  @Override
  public EventHandler<State, Event> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent((State state, Event event) -> state.with(event));
  }
}
