package servicesim.scenario.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import servicesim.policy.Channel;
import servicesim.policy.Outcomes;
import servicesim.policy.Policy;
import servicesim.policy.Reaction;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;
import servicesim.policy.acts.Lexicon;
import servicesim.policy.acts.Timeline;
import servicesim.policy.transcript.FieldTimes;
import servicesim.policy.acts.PatternSyntaxException;
import servicesim.policy.acts.PhrasePattern;
import servicesim.policy.transcript.ActionType;
import servicesim.policy.transcript.Question;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.SessionEvent.AgentActionTaken;
import servicesim.policy.transcript.SessionEvent.AgentMessageSent;
import servicesim.policy.transcript.SessionEvent.AgentWaited;
import servicesim.policy.transcript.SessionEvent.CustomerHungUp;
import servicesim.policy.transcript.SessionEvent.CustomerMessageSent;
import servicesim.policy.transcript.SessionEvent.CustomerMoodChanged;
import servicesim.policy.transcript.SessionEvent.CustomerNudged;
import servicesim.policy.transcript.SessionEvent.SessionEnded;
import servicesim.policy.transcript.SessionEvent.SessionResumed;
import servicesim.policy.transcript.SessionEvent.SessionStarted;
import servicesim.scenario.AgentStep;
import servicesim.scenario.CustomerLine;
import servicesim.scenario.Guard;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioReaction;

/**
 * The simulated customer's logic for one session, as pure functions: given the scenario and what has happened so far,
 * what the customer says next and when, how the mood moves (the policy's default reactions, overridden by the
 * scenario), when they nudge or hang up after silence, and when a multi-part turn ends.
 *
 * <p>Decisions ({@link #started}, {@link #agentSays}, {@link #agentActs}, {@link #nextCustomerMove}, {@link #end},
 * {@link #resume}) return the events they cause, not yet placed in the session's hash chain; {@link #apply} folds one
 * event into the state mechanically. Nothing here reads a clock: times come in with the agent's input or are computed from the state,
 * so a replay is deterministic.
 */
public final class Conversation {

  /** Default delay of a customer line after the message it answers (DESIGN.md: customer 2 s). */
  public static final Duration CUSTOMER_DELAY = Duration.ofSeconds(2);

  /** The sequence number of an event decided but not yet placed in the chain. */
  static final long UNCHAINED = 0;

  private final Scenario scenario;
  private final Policy policy;
  private final SessionSetup setup;
  private final String sessionId;
  private final String workshopId;
  private final String traineeId;
  private final ActDetector detector;
  private final ActDetector.Context context;
  private final Map<String, List<PhrasePattern>> answers = new ConcurrentHashMap<>();

  public Conversation(Scenario scenario, Policy policy, SessionSetup setup) {
    this.scenario = scenario;
    this.policy = policy;
    this.setup = setup;
    this.sessionId = setup.sessionId();
    this.workshopId = setup.workshopId();
    this.traineeId = setup.traineeId();
    this.detector = policy.lexicons().detector(scenario.language()).orElseThrow(() ->
        new IllegalArgumentException("policy " + policy.label() + " has no lexicon for '" + scenario.language() + "'"));
    this.context = ActDetector.Context.of(setup.agentName(), scenario.organisation(), scenario.organisationAliases());
  }

  public Scenario scenario() {
    return scenario;
  }

  public Policy policy() {
    return policy;
  }

  public SessionSetup setup() {
    return setup;
  }

  /**
   * The customer writes or calls first on chat, email, letter and voicemail, and in proactive scenarios (002: the
   * customer gets in touch at {@code customerContactsAt} unless the agent contacted them first); on the phone and in
   * person the agent opens.
   */
  public boolean customerOpens() {
    return !scenario.channel().agentOpens() || scenario.facts().proactive().isPresent();
  }

  /** The state of a session that starts at {@code at}. */
  public ConversationState start(Instant at) {
    boolean customerOpens = customerOpens();
    return new ConversationState(ConversationState.Times.startingAt(at),
        new ConversationState.Script(0, List.of(), false, false, null),
        new ConversationState.Floor(customerOpens, !customerOpens),
        new ConversationState.Customer(scenario.customer().mood(), scenario.customer().patience(), Map.of(), 0, false,
            null),
        new ConversationState.Agent(0, Set.of(), Set.of(), false, false),
        ConversationState.Questions.NONE, ConversationState.Waiting.NONE);
  }

  // ---------------------------------------------------------------- decisions

  /** The session starts at {@code at}: what it is, from the setup and the scenario and policy it runs. */
  public SessionStarted started(Instant at) {
    return new SessionStarted(sessionId, workshopId, traineeId, UNCHAINED, at, setup.traineeName(), scenario.id(),
        scenario.sha256(), scenario.title(), policy.id(), policy.version(), scenario.channel().id(),
        scenario.language(), scenario.organisation(), scenario.customer().name(), setup.agentName(),
        setup.agentScript(), setup.clock(), setup.virtual() ? null : setup.timeScale(), null, null);
  }

  /** The agent sends a message: the customer hears its acts, notes answers and interruptions, and reacts. */
  public List<SessionEvent> agentSays(ConversationState s, String text, String subject, Instant at) {
    requireOpen(s);
    List<Detection> detections = detector.detect(text, context);
    List<String> acts = detections.stream().map(d -> d.act().id()).distinct().toList();
    boolean interruption = s.script().midTurn();
    List<String> answered = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    for (String q : s.questions().open()) {
      if (answers(q, text, detections)) answered.add(q);
      else if (!interruption && !s.questions().reactedUnanswered().contains(q)) unanswered.add(q);
    }
    Instant promisedBy = null;
    for (Detection d : detections) {
      if (d.act() == Act.CONCRETE_TIMELINE) {
        Instant deadline = Timeline.deadline(d, at).filter(t -> t.isAfter(at)).orElse(null);
        if (deadline != null && (promisedBy == null || deadline.isBefore(promisedBy))) promisedBy = deadline;
      }
    }
    List<SessionEvent> events = new ArrayList<>();
    events.add(new AgentMessageSent(sessionId, workshopId, traineeId, UNCHAINED, at, text, subject, acts, interruption,
        answered, unanswered, askedFor(text, detections), promisedBy, null, null));
    Reactor reactor = new Reactor(s, at);
    if (interruption) reactor.react("interruption");
    boolean redeemed = acts.contains(Act.CONCRETE_TIMELINE.id());
    for (String act : acts) {
      // 002: a promise that comes with a time is no open-ended promise, for the customer as for the rule
      if (redeemed && act.equals(Act.VAGUE_PROMISE.id())) continue;
      reactor.react(act);
    }
    for (int i = 0; i < answered.size(); i++) reactor.react("answered-question");
    for (int i = 0; i < unanswered.size(); i++) reactor.react("unanswered-question");
    events.addAll(reactor.events);
    return events;
  }

  /**
   * The details of the customer's a message asks for, in the order asked: what the lexicon's ask-detail phrases
   * and the scenario's own {@code askedBy} phrases find, and {@code preference} when the agent asks how the customer
   * would like it put right and the scenario says.
   */
  List<String> askedFor(String text, List<Detection> detections) {
    List<String> asked = new ArrayList<>();
    for (Detection d : detections) {
      if (d.act() == Act.ASK_DETAIL && d.detail() != null && !asked.contains(d.detail())) asked.add(d.detail());
    }
    scenario.customer().knows().forEach((key, known) -> {
      if (known.askedBy().isEmpty() || asked.contains(key)) return;
      List<PhrasePattern> phrases = answers.computeIfAbsent("knows:" + key, k -> compile(known.askedBy()));
      if (detector.find(text, phrases, Act.ASK_DETAIL).isPresent()) asked.add(key);
    });
    if (scenario.customer().prefers() != null
        && detections.stream().anyMatch(d -> d.act() == Act.ASK_PREFERENCE)) {
      asked.add(Lexicon.DetailPhrases.PREFERENCE);
    }
    return List.copyOf(asked);
  }

  /**
   * The customer's reply to being asked for {@code details}, in the scenario's language: each value they know, and
   * once that they do not know the rest.
   */
  public ConversationState.Pending answer(List<String> details) {
    Lexicon.DetailPhrases phrases = detector.lexicon().details();
    List<String> parts = new ArrayList<>();
    Map<String, String> given = new java.util.LinkedHashMap<>();
    boolean unknown = false;
    for (String detail : details) {
      Optional<String> value = detail.equals(Lexicon.DetailPhrases.PREFERENCE)
          ? Optional.ofNullable(scenario.customer().prefers())
          : scenario.customer().detail(detail);
      if (value.isPresent()) {
        parts.add(phrases.answer(detail, value.get()));
        given.put(detail, value.get());
      } else {
        unknown = true;
      }
    }
    if (unknown) parts.add(phrases.unknown());
    return new ConversationState.Pending(String.join(" ", parts), CustomerMessageSent.ANSWER,
        java.util.Collections.unmodifiableMap(given));
  }

  /** The agent takes an explicit action (escalate, resolve, callback...). */
  public List<SessionEvent> agentActs(ConversationState s, ActionType type, Map<String, String> fields, Instant at) {
    requireOpen(s);
    List<SessionEvent> events = new ArrayList<>();
    events.add(new AgentActionTaken(sessionId, workshopId, traineeId, UNCHAINED, at, type, Map.copyOf(fields), null,
        null));
    Reactor reactor = new Reactor(s, at);
    reactor.react(type.id());
    events.addAll(reactor.events);
    return events;
  }

  /** How long before a promised time or a due update waiting stops: time to write to the customer. */
  public static final Duration PROMISE_MARGIN = Duration.ofMinutes(10);

  /**
   * The live agent waits from {@code now} for the next thing: the customer's next move, or shortly before a time
   * given to the customer (or the next update a multi-stage resolution needs), whichever comes first. Empty when
   * nothing is to come.
   */
  public Optional<AgentWaited> waitFor(ConversationState s, Instant now) {
    requireOpen(s);
    Instant to = null;
    String until = null;
    Optional<Move> customer = nextCustomerMove(s);
    if (customer.isPresent() && customer.get().at().isAfter(now)) {
      to = customer.get().at();
      until = "customer";
    }
    Optional<Instant> promise = waitsUntil(s).map(t -> t.minus(PROMISE_MARGIN)).filter(t -> t.isAfter(now));
    if (promise.isPresent() && (to == null || promise.get().isBefore(to))) {
      to = promise.get();
      until = "promise";
    }
    if (to == null) return Optional.empty();
    return Optional.of(new AgentWaited(sessionId, workshopId, traineeId, UNCHAINED, now, to, until, null, null));
  }

  /** How far a recovered live session's simulated clock must have run on past its latest event to give time back. */
  public static final Duration RESUME_MARGIN = Duration.ofSeconds(1);

  /**
   * A live session recovered at the real moment {@code real}, after its node was unavailable: when its customer has a
   * move to come (so the session was being kept running, and stopped only with its node) and its simulated clock has
   * run on since its latest event, that time is given back, so the customer's timers restart from here and neither
   * their silence nor the rules' response times count the outage as the agent's. The time since the latest event is
   * given back whole, since when the node went is not recorded. Empty for a scripted or ended session, for one whose
   * customer waits for nothing (it may just have been idle), and when the clock barely moved.
   */
  public Optional<SessionResumed> resume(ConversationState s, Instant real) {
    if (setup.virtual() || s == null || s.ended()) return Optional.empty();
    Instant now = s.simulatedAt(real, setup.timeScale());
    Instant last = s.times().lastEventAt();
    Duration gap = Duration.between(last, now);
    if (gap.compareTo(RESUME_MARGIN) <= 0 || nextCustomerMove(s).isEmpty()) return Optional.empty();
    return Optional.of(new SessionResumed(sessionId, workshopId, traineeId, UNCHAINED, last, real, gap, null, null));
  }

  /** The session ends now; the outcome follows from the customer's mood, or {@code hung-up}. */
  public List<SessionEvent> end(ConversationState s, String endedBy, Instant at) {
    requireOpen(s);
    String outcome = s.customer().hungUp() ? Outcomes.HUNG_UP : policy.outcomes().forMood(s.customer().mood());
    return List.of(ended(s, outcome, endedBy, at));
  }

  private SessionEnded ended(ConversationState s, String outcome, String endedBy, Instant at) {
    return new SessionEnded(sessionId, workshopId, traineeId, UNCHAINED, at, outcome, endedBy, s.customer().mood(),
        null, null);
  }

  /**
   * Something that falls due at a moment unless something else happens first, and the events it causes. A scripted
   * agent's move carries its step and decides its events only if it happens: choosing the next move must not pay for
   * analysing messages that are never sent.
   */
  public static final class Move {
    public enum Kind { LINE, SILENCE, END }

    /** Whose move it is. */
    public enum Side { CUSTOMER, AGENT }

    private final Instant at;
    private final Kind kind;
    private final Side side;
    private final AgentStep step;
    private Supplier<List<SessionEvent>> decide;
    private List<SessionEvent> events;

    private Move(Instant at, Kind kind, Side side, AgentStep step, Supplier<List<SessionEvent>> decide,
        List<SessionEvent> events) {
      this.at = at;
      this.kind = kind;
      this.side = side;
      this.step = step;
      this.decide = decide;
      this.events = events;
    }

    /** A move of the customer's, with the events it causes. */
    public static Move customer(Instant at, List<SessionEvent> events, Kind kind) {
      return new Move(at, kind, Side.CUSTOMER, null, null, List.copyOf(events));
    }

    /**
     * A move of the agent's whose events are decided when first asked for; {@code step} is the script step it plays,
     * or null when the agent ends the session without one.
     */
    public static Move agent(Instant at, Kind kind, AgentStep step, Supplier<List<SessionEvent>> decide) {
      return new Move(at, kind, Side.AGENT, step, decide, null);
    }

    public Instant at() {
      return at;
    }

    public Kind kind() {
      return kind;
    }

    public Side side() {
      return side;
    }

    public Optional<AgentStep> step() {
      return Optional.ofNullable(step);
    }

    public synchronized List<SessionEvent> events() {
      if (events == null) {
        events = List.copyOf(decide.get());
        decide = null;
      }
      return events;
    }

    @Override
    public String toString() {
      return "Move[" + at + " " + side + " " + kind + (step != null ? " " + step : "") + "]";
    }
  }

  /**
   * What the customer does next if the agent stays quiet: continue a turn, say a reaction, answer the agent, nudge
   * after silence, or hang up. Empty when the customer has nothing to do until the agent acts.
   */
  public Optional<Move> nextCustomerMove(ConversationState s) {
    if (s.ended()) return Optional.empty();
    ConversationState.Times t = s.times();
    ConversationState.Script script = s.script();
    if (s.customer().patience() < 0) {
      Instant at = later(t.lastAgentAt(), t.lastCustomerAt(), t.lastNudgeAt(), t.startedAt()).plus(CUSTOMER_DELAY);
      return Optional.of(Move.customer(at, hangUp(s, "patience", at), Move.Kind.END));
    }
    if (!script.pending().isEmpty()) {
      Instant at = later(t.lastAgentAt(), t.lastCustomerAt(), t.lastNudgeAt(), t.startedAt()).plus(CUSTOMER_DELAY);
      boolean more = script.pending().size() > 1 || (script.midTurn() && nextPart(s).isPresent());
      ConversationState.Pending line = script.pending().get(0);
      return Optional.of(Move.customer(at, List.of(new CustomerMessageSent(sessionId, workshopId, traineeId, UNCHAINED, at,
          line.text(), null, script.midTurn(), !more, List.of(), -1, line.kind(), line.details(), null, null)),
          Move.Kind.LINE));
    }
    if (script.midTurn()) {
      Optional<CustomerLine> part = nextPart(s);
      if (part.isPresent()) {
        Instant at = t.lastCustomerAt().plus(delay(part.get()));
        return Optional.of(Move.customer(at, List.of(say(s, part.get(), at)), Move.Kind.LINE));
      }
    }
    if (s.floor().mayRespond() && !script.midTurn()) {
      Optional<CustomerLine> next = nextLine(s, script.nextLine());
      if (next.isPresent()) {
        Instant reference = later(t.lastAgentAt(), t.lastCustomerAt(), t.startedAt());
        if (!script.spoke() && !s.agent().contactedFirst() && scenario.facts().proactive().isPresent()) {
          reference = t.startedAt().plus(scenario.facts().proactive().get().customerContactsAt());
        }
        Instant at = reference.plus(delay(next.get()));
        return Optional.of(Move.customer(at, List.of(say(s, next.get(), at)), Move.Kind.LINE));
      }
    }
    if (s.floor().awaitingAgent() || (script.midTurn() && nextPart(s).isEmpty())) {
      // 002: a promised time or a multi-stage repair kept up to date is waiting, not silence
      Instant reference = later(t.lastNudgeAt(), t.lastCustomerAt(), t.startedAt(), s.waiting().contactedAt(),
          waitsUntil(s).orElse(null));
      Instant at = reference.plus(scenario.customer().nudgeAfter());
      int nudges = s.customer().nudges();
      if (nudges < scenario.customer().maxNudges()) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new CustomerNudged(sessionId, workshopId, traineeId, UNCHAINED, at, nudges + 1,
            line("nudge", "silence", nudges), null, null));
        Reactor reactor = new Reactor(s, at);
        reactor.react("silence");
        events.addAll(reactor.events);
        return Optional.of(Move.customer(at, events, Move.Kind.SILENCE));
      }
      return Optional.of(Move.customer(at, hangUp(s, "silence", at), Move.Kind.SILENCE));
    }
    return Optional.empty();
  }

  /** Actions that get in touch with the customer (002: an update keeps the times given before it). */
  private static final Set<ActionType> CONTACTS =
      Set.of(ActionType.STATUS_UPDATE, ActionType.CONTACT_CUSTOMER, ActionType.CALLBACK, ActionType.RESOLVE);

  /**
   * Until when the customer waits without taking the quiet for neglect: the earliest time the agent gave them that no
   * contact has kept yet, or while a multi-stage resolution is under way, the next update it requires
   * ({@code updateEvery} after the agent's latest message or action), whichever comes first. Empty when nothing was
   * promised and no resolution is under way.
   */
  public Optional<Instant> waitsUntil(ConversationState s) {
    Instant until = s.waiting().promisedBy();
    Optional<servicesim.policy.transcript.Facts.Resolution> resolution = scenario.facts().resolution();
    if (resolution.isPresent() && s.times().lastAgentAt() != null && !s.agent().actions().contains(ActionType.RESOLVE)) {
      Instant due = s.times().lastAgentAt().plus(resolution.get().updateEvery());
      if (until == null || due.isBefore(until)) until = due;
    }
    return Optional.ofNullable(until);
  }

  private List<SessionEvent> hangUp(ConversationState s, String reason, Instant at) {
    return List.of(new CustomerHungUp(sessionId, workshopId, traineeId, UNCHAINED, at, reason,
        line("hang-up", "hang-up"), null, null), ended(s, Outcomes.HUNG_UP, "customer", at));
  }

  // ---------------------------------------------------------------- the fold

  /** The state after {@code event}; a {@code SessionStarted} begins a state of its own. */
  public ConversationState apply(ConversationState s, SessionEvent event) {
    ConversationState next = event.accept(new Fold(s));
    return next.with(next.times().withEventAt(later(event.at(), next.times().lastEventAt())));
  }

  public ConversationState applyAll(ConversationState s, List<SessionEvent> events) {
    ConversationState out = s;
    for (SessionEvent e : events) out = apply(out, e);
    return out;
  }

  /** What each kind of event changes. */
  private final class Fold implements SessionEvent.Visitor<ConversationState> {
    private final ConversationState s;

    Fold(ConversationState s) {
      this.s = s;
    }

    public ConversationState on(SessionStarted e) {
      return start(e.at());
    }

    public ConversationState on(CustomerMessageSent m) {
      ConversationState.Script script = CustomerMessageSent.SCRIPT.equals(m.kind())
          ? s.script().saidLine(m.line(), m.turnComplete())
          : s.script().saidPending(m.turnComplete(), m.kind());
      // an answer keeps the floor: the customer goes on with what they came to say
      boolean answer = CustomerMessageSent.ANSWER.equals(m.kind());
      ConversationState next = s.with(script).with(s.times().withCustomerAt(m.at()))
          .with(s.customer().withNudges(0)).with(s.questions().asked(m.asks()));
      if (!m.turnComplete()) return next.with(s.floor());
      boolean goesOn = answer && nextLine(next, script.nextLine()).filter(l -> !l.part()).isPresent();
      return next.with(new ConversationState.Floor(answer, !goesOn));
    }

    public ConversationState on(AgentMessageSent m) {
      ConversationState.Agent agent = s.agent().said(m.acts(), m.interruption());
      if (!s.script().spoke() && customerOpens()) agent = agent.reachedOutFirst();
      ConversationState next = s.with(agent).with(s.times().withAgentAt(m.at()))
          .with(s.questions().replied(m.answered(), m.unanswered()))
          .with(s.waiting().contacted(m.at()).promised(m.promisedBy()));
      // a voicemail is answered by calling back: until then a message reaches nobody
      boolean heard = scenario.channel() != Channel.VOICEMAIL || agent.calledBack() || agent.contactedFirst();
      if (!heard) return next;
      if (!m.asked().isEmpty()) next = next.with(next.script().willSay(answer(m.asked())));
      return heard(next);
    }

    public ConversationState on(AgentActionTaken a) {
      ConversationState.Agent agent = s.agent().took(a.type());
      ConversationState next = s.with(agent).with(s.times().withAgentAt(a.at()));
      if (a.type() == ActionType.SCHEDULE_FOLLOW_UP) {
        next = next.with(s.waiting().promised(
            FieldTimes.parse(a.fields().get("at"), s.times().startedAt()).orElse(null)));
      } else if (CONTACTS.contains(a.type())) {
        next = next.with(s.waiting().contacted(a.at()));
      }
      if (a.type() == ActionType.CONTACT_CUSTOMER && !s.script().spoke()) {
        next = next.with(agent.reachedOutFirst()).with(next.floor().withMayRespond(true));
      }
      if (a.type() == ActionType.CALLBACK) {
        next = next.with(next.floor().withAwaitingAgent(false)).with(next.customer().withNudges(0))
            .with(next.times().withNudgeAt(null));
      }
      return next;
    }

    public ConversationState on(CustomerMoodChanged c) {
      ConversationState.Customer customer = s.customer().reacted(c.moodAfter(), c.patienceAfter(), c.cause());
      ConversationState next = s.with(customer);
      Optional<String> line = sayFor(c.cause(), customer.fired().get(c.cause()) - 1);
      return line.isPresent() ? next.with(s.script().willSay(line.get(), CustomerMessageSent.REACTION)) : next;
    }

    public ConversationState on(CustomerNudged n) {
      return s.with(s.customer().withNudges(n.count())).with(s.times().withNudgeAt(n.at()));
    }

    public ConversationState on(CustomerHungUp h) {
      return s.with(s.customer().hangingUp());
    }

    public ConversationState on(AgentWaited w) {
      Duration skipped = Duration.between(w.at(), w.to());
      return s.with(s.waiting().skipping(skipped.isNegative() ? Duration.ZERO : skipped))
          .with(s.times().withEventAt(later(w.to(), s.times().lastEventAt())));
    }

    public ConversationState on(SessionResumed r) {
      return s.with(s.waiting().givingBack(r.unavailable()));
    }

    public ConversationState on(SessionEnded e) {
      return s.with(s.customer().endedWith(e.outcome()));
    }

    /** The agent was heard: the customer stops waiting and may answer once their turn is over. */
    private ConversationState heard(ConversationState next) {
      ConversationState.Floor floor = next.floor().withAwaitingAgent(false);
      if (!next.script().midTurn()) floor = floor.withMayRespond(true);
      return next.with(floor).with(next.customer().withNudges(0)).with(next.times().withNudgeAt(null));
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Mood and patience reactions to one agent message or action, each a {@code CustomerMoodChanged}. */
  private final class Reactor {
    final List<SessionEvent> events = new ArrayList<>();
    final Map<String, Integer> fired;
    final Instant at;
    int mood;
    int patience;

    Reactor(ConversationState s, Instant at) {
      this.fired = new HashMap<>(s.customer().fired());
      this.mood = s.customer().mood();
      this.patience = s.customer().patience();
      this.at = at;
    }

    void react(String trigger) {
      Reaction r = reaction(trigger);
      if (r.once() && fired.getOrDefault(trigger, 0) > 0) return;
      boolean says = sayFor(trigger, fired.getOrDefault(trigger, 0)).isPresent();
      if (r.mood() == 0 && r.patience() == 0 && !says) return;
      int newMood = Math.max(-5, Math.min(5, mood + r.mood()));
      int newPatience = patience + r.patience();
      events.add(new CustomerMoodChanged(sessionId, workshopId, traineeId, UNCHAINED, at, mood, newMood, patience,
          newPatience, trigger, null, null));
      fired.merge(trigger, 1, Integer::sum);
      mood = newMood;
      patience = newPatience;
    }
  }

  /** The policy's default reaction to a trigger, overridden by the scenario. */
  public Reaction reaction(String trigger) {
    Reaction base = policy.reaction(trigger);
    ScenarioReaction override = scenario.reactions().get(trigger);
    return override == null ? base
        : base.overriddenBy(override.mood(), override.patience(), override.say(), override.once());
  }

  /** The line a reaction makes the customer say: the scenario's, or the language's default for that trigger. */
  private Optional<String> sayFor(String trigger, int times) {
    if (trigger.equals("silence")) return Optional.empty(); // the nudge itself says the scenario's silence line
    ScenarioReaction override = scenario.reactions().get(trigger);
    if (override != null && override.say() != null) return Optional.of(override.say());
    String kind = switch (trigger) {
      case "interruption" -> "interrupted";
      case "unanswered-question" -> "unanswered";
      default -> null;
    };
    if (kind == null) return Optional.empty();
    List<String> lines = detector.lexicon().customerLines(kind);
    return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(times % lines.size()));
  }

  /** A default customer line of the language (nudge, hang-up), unless the scenario gives one for the trigger. */
  private String line(String kind, String trigger) {
    return line(kind, trigger, 0);
  }

  private String line(String kind, String trigger, int times) {
    if (trigger != null) {
      ScenarioReaction override = scenario.reactions().get(trigger);
      if (override != null && override.say() != null) return override.say();
    }
    List<String> lines = detector.lexicon().customerLines(kind);
    return lines.isEmpty() ? "" : lines.get(times % lines.size());
  }

  private CustomerMessageSent say(ConversationState s, CustomerLine line, Instant at) {
    Guard.Facts facts = facts(s);
    boolean moreParts = false;
    for (int j = line.index() + 1; j < scenario.script().size(); j++) {
      CustomerLine next = scenario.script().get(j);
      if (next.when() != null && !next.when().test(facts)) continue;
      moreParts = next.part();
      break;
    }
    return new CustomerMessageSent(sessionId, workshopId, traineeId, UNCHAINED, at, line.say(), line.subject(),
        line.part() && s.script().midTurn(), !moreParts, line.asks(), line.index(), CustomerMessageSent.SCRIPT, Map.of(),
        null, null);
  }

  private Optional<CustomerLine> nextPart(ConversationState s) {
    return nextLine(s, s.script().nextLine()).filter(CustomerLine::part);
  }

  /** The first line from {@code from} on whose guard holds now. */
  private Optional<CustomerLine> nextLine(ConversationState s, int from) {
    Guard.Facts facts = facts(s);
    for (int i = from; i < scenario.script().size(); i++) {
      CustomerLine line = scenario.script().get(i);
      if (line.when() == null || line.when().test(facts)) return Optional.of(line);
      if (!line.part() && i > from) {
        // a skipped turn-opening line does not let its parts through on their own
        int j = i + 1;
        while (j < scenario.script().size() && scenario.script().get(j).part()) j++;
        i = j - 1;
      }
    }
    return Optional.empty();
  }

  private static Duration delay(CustomerLine line) {
    return line.after() == null ? CUSTOMER_DELAY : line.after();
  }

  private boolean answers(String questionId, String text, List<Detection> detections) {
    Question q = scenario.questions().get(questionId);
    if (q == null) return false;
    for (String a : q.answeredBy()) {
      if (a.startsWith("act:")) {
        String act = a.substring(4);
        if (detections.stream().anyMatch(d -> d.act().id().equals(act))) return true;
      }
    }
    List<PhrasePattern> patterns = answers.computeIfAbsent(questionId, id -> compile(q));
    return !patterns.isEmpty() && detector.find(text, patterns, Act.CONCRETE_TIMELINE).isPresent();
  }

  private List<PhrasePattern> compile(Question q) {
    return compile(q.answeredBy());
  }

  private List<PhrasePattern> compile(List<String> phrases) {
    List<PhrasePattern> out = new ArrayList<>();
    for (String a : phrases) {
      if (a.startsWith("act:")) continue;
      try {
        out.add(detector.compile(a));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("scenario " + scenario.id() + ": phrase '" + a + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  /** What guards see of the conversation so far. */
  public Guard.Facts facts(ConversationState s) {
    return new Guard.Facts() {
      public boolean agentShowed(Act act) {
        return s.agent().acts().contains(act.id());
      }

      public boolean agentTook(ActionType type) {
        return s.agent().actions().contains(type);
      }

      public boolean answered(String questionId) {
        return s.questions().answered().contains(questionId);
      }

      public boolean interrupted() {
        return s.agent().interrupted();
      }

      public boolean contactedFirst() {
        return s.agent().contactedFirst();
      }

      public int mood() {
        return s.customer().mood();
      }

      public int patience() {
        return s.customer().patience();
      }
    };
  }

  private static void requireOpen(ConversationState s) {
    if (s.ended()) throw new IllegalStateException("the session has ended");
  }

  static Instant later(Instant... candidates) {
    Instant best = null;
    for (Instant c : candidates) if (c != null && (best == null || c.isAfter(best))) best = c;
    return best;
  }
}
