package servicesim.simulation;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.javadsl.CommandHandlerWithReply;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehaviorWithEnforcedReplies;
import akka.persistence.typed.javadsl.ReplyEffect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import servicesim.policy.review.Review;
import servicesim.policy.review.VerdictOverride;
import servicesim.policy.rules.Verdict;
import servicesim.policy.transcript.EventName;

/**
 * The review of one session, event sourced and hash-chained like the session itself: reviewers invited, comments,
 * verdicts overridden (the machine's verdict, the final one before and after, why and by whom), and the trainee's
 * disputes with their outcome. The machine's verdicts are never changed: they stay in the session's score, and the
 * final verdict of a rule is its latest override here.
 */
public final class ReviewEntity
    extends EventSourcedBehaviorWithEnforcedReplies<ReviewEntity.Command, ReviewEntity.Event, ReviewEntity.State> {

  public static final EntityTypeKey<Command> ENTITY_KEY = EntityTypeKey.create(Command.class, "Review");
  public static final String REVIEW_TAG = "review";
  private static final Set<String> TAGS = Set.of(SessionEntity.AUDIT_TAG, REVIEW_TAG);

  public static final String TRAINER = "trainer";
  public static final String REVIEWER = "reviewer";
  public static final String TRAINEE = "trainee";

  // ---------------------------------------------------------------- commands

  public sealed interface Command extends JsonSerializable {}

  /**
   * The session a command is about, as the caller found it: its workshop and trainee, whether its feedback is still
   * hidden (an assessment not yet released), and the machine's verdict per rule (empty while it is not scored).
   */
  public record Subject(String sessionId, String workshopId, String traineeId, boolean feedbackHidden,
      Map<String, String> machineVerdicts) implements JsonSerializable {}

  /** Who gives a command: a role ({@code trainer}, {@code reviewer}, {@code trainee}) and an id. */
  public record Author(String role, String id) implements JsonSerializable {}

  /** A command that changes the review and answers with a {@link Reply}. */
  public sealed interface Change extends Command {
    Subject subject();

    Author author();

    Instant at();

    ActorRef<Reply> replyTo();
  }

  /** A trainer invites a reviewer to comment on and override this session's verdicts. */
  public record Invite(Subject subject, Author author, String reviewerId, Instant at, ActorRef<Reply> replyTo)
      implements Change {}

  /** A remark on the session, on one of its events ({@code seqNr}) or one rule's verdict ({@code ruleId}). */
  public record AddComment(Subject subject, Author author, Long seqNr, String ruleId, String comment, Instant at,
      ActorRef<Reply> replyTo) implements Change {}

  public record OverrideVerdict(Subject subject, Author author, String ruleId, String verdict, String reason, Instant at,
      ActorRef<Reply> replyTo) implements Change {}

  public record OpenDispute(Subject subject, Author author, String ruleId, String message, Instant at,
      ActorRef<Reply> replyTo) implements Change {}

  /**
   * Accepts (overriding the rule's verdict with {@code verdict}, or with the opposite of pass or fail when none is
   * given) or rejects an open dispute, with a reason.
   */
  public record DecideDispute(Subject subject, Author author, String disputeId, boolean accept, String verdict,
      String reason, Instant at, ActorRef<Reply> replyTo) implements Change {}

  public record Get(ActorRef<Summary> replyTo) implements Command {
    @JsonCreator
    public Get {}
  }

  public record Summary(String sessionId, long seqNr, Review review) implements JsonSerializable {}

  /** What a change answers: the review after it, or why it was refused. */
  public record Reply(Summary summary, Rejected rejected) implements Rejection.Reply<Summary>, JsonSerializable {}

  /** Why a review refused a change. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
  @JsonSubTypes({@JsonSubTypes.Type(NotAllowed.class), @JsonSubTypes.Type(NotScored.class),
      @JsonSubTypes.Type(UnknownRule.class), @JsonSubTypes.Type(FeedbackHidden.class),
      @JsonSubTypes.Type(NoSuchDispute.class), @JsonSubTypes.Type(DisputeClosed.class),
      @JsonSubTypes.Type(AlreadyDisputed.class), @JsonSubTypes.Type(Invalid.class)})
  public sealed interface Rejected extends Rejection {}

  public record NotAllowed(String message) implements Rejected, Rejection.Forbidden {
    @JsonCreator
    public NotAllowed {}
  }

  public record NotScored(String sessionId) implements Rejected, Rejection.Conflict {
    @JsonCreator
    public NotScored {}

    public String message() {
      return "session " + sessionId + " has no score yet: its verdicts can be reviewed once it is scored";
    }
  }

  public record UnknownRule(String ruleId, List<String> rules) implements Rejected, Rejection.Invalid {
    public String message() {
      return "rule '" + ruleId + "' is not judged in this session (rules: " + String.join(", ", rules) + ")";
    }
  }

  public record FeedbackHidden(String sessionId) implements Rejected, Rejection.Forbidden {
    @JsonCreator
    public FeedbackHidden {}

    public String message() {
      return "feedback not released: disputes open once the trainer releases the assessment's feedback";
    }
  }

  public record NoSuchDispute(String disputeId) implements Rejected, Rejection.NotFound {
    @JsonCreator
    public NoSuchDispute {}

    public String message() {
      return "dispute " + disputeId + " does not exist";
    }
  }

  public record DisputeClosed(String disputeId, String status) implements Rejected, Rejection.Conflict {
    public String message() {
      return "dispute " + disputeId + " is already " + status;
    }
  }

  public record AlreadyDisputed(String ruleId, String disputeId) implements Rejected, Rejection.Conflict {
    public String message() {
      return "the verdict of '" + ruleId + "' is already disputed (dispute " + disputeId + " is open)";
    }
  }

  public record Invalid(String message) implements Rejected, Rejection.Invalid {
    @JsonCreator
    public Invalid {}
  }

  // ---------------------------------------------------------------- events

  /** Every review event names its session, the session's workshop and trainee, its time, and who acted. */
  public sealed interface Event extends JsonSerializable {
    String sessionId();

    String workshopId();

    String traineeId();

    Instant at();

    String by();

    String prevHash();

    String hash();

    Event chained(String prevHash, String hash);

    Type eventType();

    /** The kinds of review event. */
    enum Type implements EventName {
      REVIEWER_INVITED,
      REVIEW_COMMENT_ADDED,
      VERDICT_OVERRIDDEN,
      DISPUTE_OPENED,
      DISPUTE_ACCEPTED,
      DISPUTE_REJECTED
    }
  }

  public record ReviewerInvited(String sessionId, String workshopId, String traineeId, Instant at, String by,
      String reviewerId,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public Type eventType() {
      return Type.REVIEWER_INVITED;
    }

    public ReviewerInvited chained(String prevHash, String hash) {
      return new ReviewerInvited(sessionId, workshopId, traineeId, at, by, reviewerId, prevHash, hash);
    }
  }

  public record ReviewCommentAdded(String sessionId, String workshopId, String traineeId, Instant at, String by,
      String role, @JsonInclude(JsonInclude.Include.NON_NULL) Long seqNr,
      @JsonInclude(JsonInclude.Include.NON_NULL) String ruleId, String comment,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public Type eventType() {
      return Type.REVIEW_COMMENT_ADDED;
    }

    public ReviewCommentAdded chained(String prevHash, String hash) {
      return new ReviewCommentAdded(sessionId, workshopId, traineeId, at, by, role, seqNr, ruleId, comment, prevHash,
          hash);
    }
  }

  /** A rule's final verdict changed from {@code before} to {@code after}; {@code machine} is the machine's verdict. */
  public record VerdictOverridden(String sessionId, String workshopId, String traineeId, Instant at, String by,
      String role, String ruleId, String machine, String before, String after, String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public Type eventType() {
      return Type.VERDICT_OVERRIDDEN;
    }

    public VerdictOverridden chained(String prevHash, String hash) {
      return new VerdictOverridden(sessionId, workshopId, traineeId, at, by, role, ruleId, machine, before, after,
          reason, prevHash, hash);
    }

    /** The override as the final verdicts apply it. */
    public VerdictOverride override() {
      return new VerdictOverride(ruleId, Verdict.byId(machine), Verdict.byId(before), Verdict.byId(after), reason, by,
          at);
    }
  }

  /** The trainee disputes a rule's final verdict ({@code verdict}, as it stood) with a message. */
  public record DisputeOpened(String sessionId, String workshopId, String traineeId, Instant at, String by,
      String disputeId, String ruleId, String verdict, String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public Type eventType() {
      return Type.DISPUTE_OPENED;
    }

    public DisputeOpened chained(String prevHash, String hash) {
      return new DisputeOpened(sessionId, workshopId, traineeId, at, by, disputeId, ruleId, verdict, message, prevHash,
          hash);
    }
  }

  /** A dispute accepted: the rule's verdict overridden from {@code before} to {@code after}, with the reason. */
  public record DisputeAccepted(String sessionId, String workshopId, String traineeId, Instant at, String by,
      String role, String disputeId, String ruleId, String machine, String before, String after, String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public Type eventType() {
      return Type.DISPUTE_ACCEPTED;
    }

    public DisputeAccepted chained(String prevHash, String hash) {
      return new DisputeAccepted(sessionId, workshopId, traineeId, at, by, role, disputeId, ruleId, machine, before,
          after, reason, prevHash, hash);
    }

    /** The override the accepted dispute makes, as the final verdicts apply it. */
    public VerdictOverride override() {
      return new VerdictOverride(ruleId, Verdict.byId(machine), Verdict.byId(before), Verdict.byId(after), reason, by,
          at);
    }
  }

  public record DisputeRejected(String sessionId, String workshopId, String traineeId, Instant at, String by,
      String role, String disputeId, String ruleId, String reason,
      @JsonInclude(JsonInclude.Include.NON_NULL) String prevHash, @JsonInclude(JsonInclude.Include.NON_NULL) String hash)
      implements Event {
    public Type eventType() {
      return Type.DISPUTE_REJECTED;
    }

    public DisputeRejected chained(String prevHash, String hash) {
      return new DisputeRejected(sessionId, workshopId, traineeId, at, by, role, disputeId, ruleId, reason, prevHash,
          hash);
    }
  }

  // ---------------------------------------------------------------- state

  public record State(Review review, HashChain.Head chain) implements JsonSerializable {

    static final State EMPTY = new State(Review.EMPTY, HashChain.Head.START);

    /** The state after the event, which is also the chain's newest link. */
    State with(Event e) {
      return new State(apply(e), chain.next(e.hash()));
    }

    private Review apply(Event e) {
      if (e instanceof ReviewerInvited i) return review.withReviewer(i.reviewerId());
      if (e instanceof ReviewCommentAdded c) {
        return review.withComment(new Review.Comment(c.seqNr(), c.ruleId(), c.comment(), c.by(), c.at()));
      }
      if (e instanceof VerdictOverridden o) return review.withOverride(o.override());
      if (e instanceof DisputeOpened d) {
        return review.withDispute(new Review.Dispute(d.disputeId(), d.ruleId(), d.message(), d.traineeId(), d.at(),
            null));
      }
      if (e instanceof DisputeAccepted a) {
        return review.withDecision(a.disputeId(), new Review.Decision(true, a.reason(), a.by(), a.at()))
            .withOverride(a.override());
      }
      DisputeRejected r = (DisputeRejected) e;
      return review.withDecision(r.disputeId(), new Review.Decision(false, r.reason(), r.by(), r.at()));
    }

    /** A rule's final verdict: its latest override, else the machine's. */
    String finalVerdict(String ruleId, Map<String, String> machine) {
      return review.override(ruleId).map(o -> o.after().id()).orElse(machine.get(ruleId));
    }
  }

  // ---------------------------------------------------------------- behaviour

  public static void init(ActorSystem<?> system) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY, ctx -> create(ctx.getEntityId(), system)));
  }

  public static Behavior<Command> create(String sessionId, ActorSystem<?> system) {
    HashChain chain = HashChain.of(system);
    return new ReviewEntity(sessionId, chain);
  }

  private static final int MAX_TEXT = 4000;

  private final String sessionId;
  private final HashChain chain;

  private ReviewEntity(String sessionId, HashChain chain) {
    super(PersistenceId.of(ENTITY_KEY.name(), sessionId));
    this.sessionId = sessionId;
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
    return newCommandHandlerWithReplyBuilder().forAnyState()
        .onCommand(Invite.class, this::onInvite)
        .onCommand(AddComment.class, this::onComment)
        .onCommand(OverrideVerdict.class, this::onOverride)
        .onCommand(OpenDispute.class, this::onOpenDispute)
        .onCommand(DecideDispute.class, this::onDecide)
        .onCommand(Get.class, (s, c) -> Effect().reply(c.replyTo(), summary(s)))
        .build();
  }

  private ReplyEffect<Event, State> onInvite(State state, Invite cmd) {
    if (!TRAINER.equals(cmd.author().role())) return reject(cmd, new NotAllowed("only a trainer invites reviewers"));
    if (blank(cmd.reviewerId())) return reject(cmd, new Invalid("reviewer is missing"));
    if (state.review().invited(cmd.reviewerId())) return accept(state, cmd);
    Subject s = cmd.subject();
    return persist(state, new ReviewerInvited(sessionId, s.workshopId(), s.traineeId(), cmd.at(), cmd.author().id(),
        cmd.reviewerId(), null, null), cmd);
  }

  private ReplyEffect<Event, State> onComment(State state, AddComment cmd) {
    Optional<Rejected> refused = reviewerRefusal(state, cmd);
    if (refused.isEmpty() && cmd.ruleId() != null) refused = ruleRefusal(cmd.subject(), cmd.ruleId());
    if (refused.isEmpty()) refused = text(cmd.comment(), "comment");
    if (refused.isEmpty() && cmd.seqNr() != null && cmd.seqNr() < 1) {
      refused = Optional.of(new Invalid("seqNr must be an event's sequence number (1 or more)"));
    }
    if (refused.isPresent()) return reject(cmd, refused.get());
    Subject s = cmd.subject();
    return persist(state, new ReviewCommentAdded(sessionId, s.workshopId(), s.traineeId(), cmd.at(), cmd.author().id(),
        cmd.author().role(), cmd.seqNr(), cmd.ruleId(), cmd.comment().strip(), null, null), cmd);
  }

  private ReplyEffect<Event, State> onOverride(State state, OverrideVerdict cmd) {
    Optional<Rejected> refused = reviewerRefusal(state, cmd);
    if (refused.isEmpty()) refused = scored(cmd.subject());
    if (refused.isEmpty()) refused = ruleRefusal(cmd.subject(), cmd.ruleId());
    if (refused.isEmpty()) refused = verdict(cmd.verdict());
    if (refused.isEmpty()) refused = text(cmd.reason(), "reason");
    if (refused.isPresent()) return reject(cmd, refused.get());
    Subject s = cmd.subject();
    String before = state.finalVerdict(cmd.ruleId(), s.machineVerdicts());
    return persist(state, new VerdictOverridden(sessionId, s.workshopId(), s.traineeId(), cmd.at(), cmd.author().id(),
        cmd.author().role(), cmd.ruleId(), s.machineVerdicts().get(cmd.ruleId()), before, cmd.verdict(),
        cmd.reason().strip(), null, null), cmd);
  }

  private ReplyEffect<Event, State> onOpenDispute(State state, OpenDispute cmd) {
    Subject s = cmd.subject();
    if (!TRAINEE.equals(cmd.author().role()) || !cmd.author().id().equals(s.traineeId())) {
      return reject(cmd, new NotAllowed("only the session's trainee disputes its verdicts"));
    }
    if (s.feedbackHidden()) return reject(cmd, new FeedbackHidden(sessionId));
    Optional<Rejected> refused = scored(s);
    if (refused.isEmpty()) refused = ruleRefusal(s, cmd.ruleId());
    if (refused.isEmpty()) refused = text(cmd.message(), "message");
    if (refused.isPresent()) return reject(cmd, refused.get());
    Optional<Review.Dispute> open = state.review().openDisputeOn(cmd.ruleId());
    if (open.isPresent()) return reject(cmd, new AlreadyDisputed(cmd.ruleId(), open.get().disputeId()));
    return persist(state, new DisputeOpened(sessionId, s.workshopId(), s.traineeId(), cmd.at(), cmd.author().id(),
        state.review().nextDisputeId(), cmd.ruleId(), state.finalVerdict(cmd.ruleId(), s.machineVerdicts()),
        cmd.message().strip(), null, null), cmd);
  }

  private ReplyEffect<Event, State> onDecide(State state, DecideDispute cmd) {
    Optional<Rejected> refused = reviewerRefusal(state, cmd);
    if (refused.isPresent()) return reject(cmd, refused.get());
    Optional<Review.Dispute> found = state.review().dispute(cmd.disputeId());
    if (found.isEmpty()) return reject(cmd, new NoSuchDispute(cmd.disputeId()));
    Review.Dispute d = found.get();
    if (!d.open()) return reject(cmd, new DisputeClosed(d.disputeId(), d.status()));
    refused = text(cmd.reason(), "reason");
    if (refused.isPresent()) return reject(cmd, refused.get());
    Subject s = cmd.subject();
    String by = cmd.author().id();
    if (!cmd.accept()) {
      return persist(state, new DisputeRejected(sessionId, s.workshopId(), s.traineeId(), cmd.at(), by,
          cmd.author().role(), d.disputeId(), d.ruleId(), cmd.reason().strip(), null, null), cmd);
    }
    String before = state.finalVerdict(d.ruleId(), s.machineVerdicts());
    String after = cmd.verdict() != null ? cmd.verdict() : opposite(before);
    if (after == null) {
      return reject(cmd, new Invalid("say which verdict the rule gets: its verdict is " + before
          + ", which has no opposite"));
    }
    refused = verdict(after);
    if (refused.isPresent()) return reject(cmd, refused.get());
    return persist(state, new DisputeAccepted(sessionId, s.workshopId(), s.traineeId(), cmd.at(), by,
        cmd.author().role(), d.disputeId(), d.ruleId(), s.machineVerdicts().get(d.ruleId()), before, after,
        cmd.reason().strip(), null, null), cmd);
  }

  /** Trainers review every session; a reviewer only those they were invited to. */
  private Optional<Rejected> reviewerRefusal(State state, Change cmd) {
    Author a = cmd.author();
    if (TRAINER.equals(a.role())) return Optional.empty();
    if (REVIEWER.equals(a.role()) && state.review().invited(a.id())) return Optional.empty();
    if (REVIEWER.equals(a.role())) {
      return Optional.of(new NotAllowed("reviewer " + a.id() + " is not invited to review session " + sessionId));
    }
    return Optional.of(new NotAllowed("only a trainer or an invited reviewer reviews a session"));
  }

  private Optional<Rejected> scored(Subject s) {
    return s.machineVerdicts().isEmpty() ? Optional.of(new NotScored(sessionId)) : Optional.empty();
  }

  private static Optional<Rejected> ruleRefusal(Subject s, String ruleId) {
    if (blank(ruleId)) return Optional.of(new Invalid("rule is missing"));
    if (s.machineVerdicts().isEmpty() || s.machineVerdicts().containsKey(ruleId)) return Optional.empty();
    return Optional.of(new UnknownRule(ruleId, List.copyOf(s.machineVerdicts().keySet())));
  }

  private static Optional<Rejected> verdict(String verdict) {
    if (blank(verdict)) return Optional.of(new Invalid("verdict is missing (pass, fail or n/a)"));
    try {
      Verdict.byId(verdict);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(new Invalid(e.getMessage()));
    }
  }

  private static Optional<Rejected> text(String text, String what) {
    if (blank(text)) return Optional.of(new Invalid(what + " is missing"));
    if (text.length() > MAX_TEXT) return Optional.of(new Invalid(what + " is longer than " + MAX_TEXT + " characters"));
    return Optional.empty();
  }

  private static String opposite(String verdict) {
    if (Verdict.PASS.id().equals(verdict)) return Verdict.FAIL.id();
    if (Verdict.FAIL.id().equals(verdict)) return Verdict.PASS.id();
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private ReplyEffect<Event, State> persist(State state, Event event, Change cmd) {
    List<Event> chained = chain.append(state.chain().seqNr(), state.chain().hash(), List.of(event),
        (e, seqNr, prev, hash) -> e.chained(prev, hash));
    return Effect().persist(chained).thenReply(cmd.replyTo(), s -> new Reply(summary(s), null));
  }

  private ReplyEffect<Event, State> accept(State state, Change cmd) {
    return Effect().reply(cmd.replyTo(), new Reply(summary(state), null));
  }

  private ReplyEffect<Event, State> reject(Change cmd, Rejected why) {
    return Effect().reply(cmd.replyTo(), new Reply(null, why));
  }

  private Summary summary(State s) {
    return new Summary(sessionId, s.chain().seqNr(), s.review());
  }

  @Override
  public EventHandler<State, Event> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent((State state, Event event) -> state.with(event));
  }
}
