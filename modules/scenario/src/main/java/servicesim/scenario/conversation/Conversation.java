package servicesim.scenario.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import servicesim.policy.Channel;
import servicesim.policy.Outcomes;
import servicesim.policy.Policy;
import servicesim.policy.Reaction;
import servicesim.policy.acts.Act;
import servicesim.policy.acts.ActDetector;
import servicesim.policy.acts.Detection;
import servicesim.policy.acts.PatternSyntaxException;
import servicesim.policy.acts.PhrasePattern;
import servicesim.policy.transcript.Question;
import servicesim.scenario.CustomerLine;
import servicesim.scenario.Guard;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioReaction;

/**
 * The simulated customer's logic, as pure functions: given the scenario and what has happened so far, what the
 * customer says next and when, how the mood moves (the policy's default reactions, overridden by the scenario),
 * when they nudge or hang up after silence, and when a multi-part turn ends.
 *
 * <p>Decisions ({@link #agentSays}, {@link #agentActs}, {@link #nextCustomerMove}, {@link #end}) return the events
 * they cause; {@link #apply} folds one event into the state mechanically. Nothing here reads a clock: times come in
 * with the agent's input or are computed from the state, so a replay is deterministic.
 */
public final class Conversation {

  /** Default delay of a customer line after the message it answers (DESIGN.md: customer 2 s). */
  public static final Duration CUSTOMER_DELAY = Duration.ofSeconds(2);

  private final Scenario scenario;
  private final Policy policy;
  private final ActDetector detector;
  private final ActDetector.Context context;
  private final Map<String, List<PhrasePattern>> answers = new ConcurrentHashMap<>();

  public Conversation(Scenario scenario, Policy policy, String agentName) {
    this.scenario = scenario;
    this.policy = policy;
    this.detector = policy.lexicons().detector(scenario.language()).orElseThrow(() ->
        new IllegalArgumentException("policy " + policy.label() + " has no lexicon for '" + scenario.language() + "'"));
    this.context = ActDetector.Context.of(agentName, scenario.organisation(), scenario.organisationAliases());
  }

  public Scenario scenario() {
    return scenario;
  }

  public Policy policy() {
    return policy;
  }

  /**
   * The customer writes or calls first on chat, email, letter and voicemail, and in proactive scenarios (002: the
   * customer gets in touch at {@code customerContactsAt} unless the agent contacted them first); on the phone and in
   * person the agent opens.
   */
  public boolean customerOpens() {
    return !scenario.channel().agentOpens() || scenario.facts().proactive().isPresent();
  }

  public ConversationState start(Instant at) {
    boolean customerOpens = customerOpens();
    return new ConversationState(at, 0, false, customerOpens, !customerOpens, List.of(), scenario.customer().mood(),
        scenario.customer().patience(), Map.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of(), false, false,
        false, false, false, false, null, null, null, null, at, 0, 0);
  }

  // ---------------------------------------------------------------- decisions

  /** The agent sends a message: the customer hears its acts, notes answers and interruptions, and reacts. */
  public List<SessionEvent> agentSays(ConversationState s, String text, String subject, Instant at) {
    requireOpen(s);
    List<Detection> detections = detector.detect(text, context);
    List<String> acts = detections.stream().map(d -> d.act().id()).distinct().toList();
    boolean interruption = s.turnOpen();
    List<String> answered = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    for (String q : s.open()) {
      if (answers(q, text, detections)) answered.add(q);
      else if (!interruption && !s.reactedUnanswered().contains(q)) unanswered.add(q);
    }
    List<SessionEvent> events = new ArrayList<>();
    events.add(new SessionEvent.AgentMessageSent(at, text, subject, acts, interruption, answered, unanswered));
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

  /** The agent takes an explicit action (escalate, resolve, callback...). */
  public List<SessionEvent> agentActs(ConversationState s, String type, Map<String, String> fields, Instant at) {
    requireOpen(s);
    List<SessionEvent> events = new ArrayList<>();
    events.add(new SessionEvent.AgentActionTaken(at, type, Map.copyOf(fields)));
    Reactor reactor = new Reactor(s, at);
    reactor.react(type);
    events.addAll(reactor.events);
    return events;
  }

  /** The session ends now; the outcome follows from the customer's mood, or {@code hung-up}. */
  public List<SessionEvent> end(ConversationState s, String endedBy, Instant at) {
    requireOpen(s);
    String outcome = s.hungUp() ? Outcomes.HUNG_UP : policy.outcomes().forMood(s.mood());
    return List.of(new SessionEvent.SessionEnded(at, outcome, endedBy, s.mood()));
  }

  /**
   * Something that falls due at a moment unless something else happens first, and the events it causes. A scripted
   * agent's move carries its step and decides its events only if it happens: choosing the next move must not pay for
   * analysing messages that are never sent.
   */
  public static final class Move {
    public enum Kind { LINE, SILENCE, END }

    private final Instant at;
    private final Kind kind;
    private final servicesim.scenario.AgentStep step;
    private java.util.function.Supplier<List<SessionEvent>> decide;
    private List<SessionEvent> events;

    private Move(Instant at, Kind kind, servicesim.scenario.AgentStep step,
        java.util.function.Supplier<List<SessionEvent>> decide, List<SessionEvent> events) {
      this.at = at;
      this.kind = kind;
      this.step = step;
      this.decide = decide;
      this.events = events;
    }

    public static Move of(Instant at, List<SessionEvent> events, Kind kind) {
      return new Move(at, kind, null, null, List.copyOf(events));
    }

    /** A move whose events are decided when first asked for; {@code step} is the agent step it plays, if any. */
    public static Move deferred(Instant at, Kind kind, servicesim.scenario.AgentStep step,
        java.util.function.Supplier<List<SessionEvent>> decide) {
      return new Move(at, kind, step, decide, null);
    }

    public Instant at() {
      return at;
    }

    public Kind kind() {
      return kind;
    }

    public Optional<servicesim.scenario.AgentStep> step() {
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
      return "Move[" + at + " " + kind + (step != null ? " " + step : "") + "]";
    }
  }

  /**
   * What the customer does next if the agent stays quiet: continue a turn, say a reaction, answer the agent, nudge
   * after silence, or hang up. Empty when the customer has nothing to do until the agent acts.
   */
  public Optional<Move> nextCustomerMove(ConversationState s) {
    if (s.ended()) return Optional.empty();
    if (s.patience() < 0) {
      Instant at = later(s.lastAgentAt(), s.lastCustomerAt(), s.lastNudgeAt(), s.startedAt()).plus(CUSTOMER_DELAY);
      String text = line("hang-up", "hang-up");
      List<SessionEvent> events = new ArrayList<>();
      events.add(new SessionEvent.CustomerHungUp(at, "patience", text));
      events.add(new SessionEvent.SessionEnded(at, Outcomes.HUNG_UP, "customer", s.mood()));
      return Optional.of(Move.of(at, events, Move.Kind.END));
    }
    if (!s.pending().isEmpty()) {
      Instant at = later(s.lastAgentAt(), s.lastCustomerAt(), s.lastNudgeAt(), s.startedAt()).plus(CUSTOMER_DELAY);
      boolean more = s.pending().size() > 1 || (s.turnOpen() && nextPart(s).isPresent());
      return Optional.of(Move.of(at, List.of(new SessionEvent.CustomerMessageSent(at, s.pending().get(0), null,
          s.turnOpen(), !more, List.of(), -1, SessionEvent.REACTION)), Move.Kind.LINE));
    }
    if (s.turnOpen()) {
      Optional<CustomerLine> part = nextPart(s);
      if (part.isPresent()) {
        Instant at = s.lastCustomerAt().plus(delay(part.get()));
        return Optional.of(Move.of(at, List.of(say(s, part.get(), at)), Move.Kind.LINE));
      }
    }
    if (s.mayRespond() && !s.turnOpen()) {
      Optional<CustomerLine> next = nextLine(s, s.nextLine());
      if (next.isPresent()) {
        Instant reference = later(s.lastAgentAt(), s.lastCustomerAt(), s.startedAt());
        if (!s.customerSpoke() && !s.contactedFirst() && scenario.facts().proactive().isPresent()) {
          reference = s.startedAt().plus(scenario.facts().proactive().get().customerContactsAt());
        }
        Instant at = reference.plus(delay(next.get()));
        return Optional.of(Move.of(at, List.of(say(s, next.get(), at)), Move.Kind.LINE));
      }
    }
    if (s.awaitingAgent() || (s.turnOpen() && nextPart(s).isEmpty())) {
      Instant reference = later(s.lastNudgeAt(), s.lastCustomerAt(), s.startedAt());
      Instant at = reference.plus(scenario.customer().nudgeAfter());
      if (s.nudges() < scenario.customer().maxNudges()) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new SessionEvent.CustomerNudged(at, s.nudges() + 1, line("nudge", "silence", s.nudges())));
        Reactor reactor = new Reactor(s, at);
        reactor.react("silence");
        events.addAll(reactor.events);
        return Optional.of(Move.of(at, events, Move.Kind.SILENCE));
      }
      List<SessionEvent> events = new ArrayList<>();
      events.add(new SessionEvent.CustomerHungUp(at, "silence", line("hang-up", "hang-up")));
      events.add(new SessionEvent.SessionEnded(at, Outcomes.HUNG_UP, "customer", s.mood()));
      return Optional.of(Move.of(at, events, Move.Kind.SILENCE));
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- the fold

  public ConversationState apply(ConversationState s, SessionEvent event) {
    State n = new State(s);
    n.lastEventAt = later(event.at(), s.lastEventAt());
    if (event instanceof SessionEvent.CustomerMessageSent m) {
      if (SessionEvent.SCRIPT.equals(m.kind())) n.nextLine = m.line() + 1;
      else if (!n.pending.isEmpty()) n.pending.remove(0);
      n.customerSpoke = true;
      n.lastCustomerAt = m.at();
      n.nudges = 0;
      n.open.addAll(m.asks().stream().filter(q -> !n.open.contains(q)).toList());
      n.turnOpen = !m.turnComplete();
      if (m.turnComplete()) {
        n.awaitingAgent = true;
        n.mayRespond = false;
      }
    } else if (event instanceof SessionEvent.AgentMessageSent m) {
      n.agentSteps++;
      n.lastAgentAt = m.at();
      n.acts.addAll(m.acts());
      n.answered.addAll(m.answered());
      n.open.removeAll(m.answered());
      n.reactedUnanswered.addAll(m.unanswered());
      n.interrupted |= m.interruption();
      if (!n.customerSpoke && customerOpens()) n.contactedFirst = true;
      if (scenario.channel() != Channel.VOICEMAIL || n.calledBack || n.contactedFirst) {
        n.awaitingAgent = false;
        n.nudges = 0;
        n.lastNudgeAt = null;
        if (!n.turnOpen) n.mayRespond = true;
      }
    } else if (event instanceof SessionEvent.AgentActionTaken a) {
      n.agentSteps++;
      n.lastAgentAt = a.at();
      n.actions.add(a.type());
      if (a.type().equals("contact-customer") && !n.customerSpoke) {
        n.contactedFirst = true;
        n.mayRespond = true;
      }
      if (a.type().equals("callback")) {
        n.calledBack = true;
        n.awaitingAgent = false;
        n.nudges = 0;
        n.lastNudgeAt = null;
      }
    } else if (event instanceof SessionEvent.CustomerMoodChanged c) {
      n.mood = c.moodAfter();
      n.patience = c.patienceAfter();
      n.fired.merge(c.cause(), 1, Integer::sum);
      sayFor(c.cause(), n.fired.get(c.cause()) - 1).ifPresent(n.pending::add);
    } else if (event instanceof SessionEvent.CustomerNudged nudge) {
      n.nudges = nudge.count();
      n.lastNudgeAt = nudge.at();
    } else if (event instanceof SessionEvent.CustomerHungUp) {
      n.hungUp = true;
    } else if (event instanceof SessionEvent.SessionEnded e) {
      n.ended = true;
      n.outcome = e.outcome();
    }
    return n.build();
  }

  public ConversationState applyAll(ConversationState s, List<SessionEvent> events) {
    ConversationState out = s;
    for (SessionEvent e : events) out = apply(out, e);
    return out;
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
      this.fired = new HashMap<>(s.fired());
      this.mood = s.mood();
      this.patience = s.patience();
      this.at = at;
    }

    void react(String trigger) {
      Reaction r = reaction(trigger);
      if (r.once() && fired.getOrDefault(trigger, 0) > 0) return;
      boolean says = sayFor(trigger, fired.getOrDefault(trigger, 0)).isPresent();
      if (r.mood() == 0 && r.patience() == 0 && !says) return;
      int newMood = Math.max(-5, Math.min(5, mood + r.mood()));
      int newPatience = patience + r.patience();
      events.add(new SessionEvent.CustomerMoodChanged(at, mood, newMood, patience, newPatience, trigger));
      fired.merge(trigger, 1, Integer::sum);
      mood = newMood;
      patience = newPatience;
    }
  }

  /** The policy's default reaction to a trigger, overridden by the scenario. */
  public Reaction reaction(String trigger) {
    Reaction base = policy.reaction(trigger);
    ScenarioReaction override = scenario.reactions().get(trigger);
    return override == null ? base : base.overriddenBy(override.mood(), override.patience(), override.say(), override.once());
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

  private SessionEvent.CustomerMessageSent say(ConversationState s, CustomerLine line, Instant at) {
    Guard.Facts facts = facts(s);
    boolean moreParts = false;
    for (int j = line.index() + 1; j < scenario.script().size(); j++) {
      CustomerLine next = scenario.script().get(j);
      if (next.when() != null && !next.when().test(facts)) continue;
      moreParts = next.part();
      break;
    }
    return new SessionEvent.CustomerMessageSent(at, line.say(), line.subject(), line.part() && s.turnOpen(),
        !moreParts, line.asks(), line.index(), SessionEvent.SCRIPT);
  }

  private Optional<CustomerLine> nextPart(ConversationState s) {
    Optional<CustomerLine> next = nextLine(s, s.nextLine());
    return next.filter(CustomerLine::part);
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
    List<PhrasePattern> out = new ArrayList<>();
    for (String a : q.answeredBy()) {
      if (a.startsWith("act:")) continue;
      try {
        out.add(detector.compile(a));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("scenario " + scenario.id() + ": answer '" + a + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  /** What guards see of the conversation so far. */
  public Guard.Facts facts(ConversationState s) {
    return new Guard.Facts() {
      public boolean agentShowed(Act act) {
        return s.acts().contains(act.id());
      }

      public boolean agentTook(String actionType) {
        return s.actions().contains(actionType);
      }

      public boolean answered(String questionId) {
        return s.answered().contains(questionId);
      }

      public boolean interrupted() {
        return s.interrupted();
      }

      public boolean contactedFirst() {
        return s.contactedFirst();
      }

      public int mood() {
        return s.mood();
      }

      public int patience() {
        return s.patience();
      }
    };
  }

  private static void requireOpen(ConversationState s) {
    if (s.ended()) throw new IllegalStateException("the session has ended");
  }

  private static Instant later(Instant... candidates) {
    Instant best = null;
    for (Instant c : candidates) if (c != null && (best == null || c.isAfter(best))) best = c;
    return best;
  }

  /** A mutable copy of the state while one event is applied. */
  private static final class State {
    Instant startedAt;
    int nextLine;
    boolean turnOpen;
    boolean mayRespond;
    boolean awaitingAgent;
    List<String> pending;
    int mood;
    int patience;
    Map<String, Integer> fired;
    Set<String> acts;
    Set<String> actions;
    Set<String> answered;
    List<String> open;
    Set<String> reactedUnanswered;
    boolean interrupted;
    boolean contactedFirst;
    boolean customerSpoke;
    boolean calledBack;
    boolean hungUp;
    boolean ended;
    String outcome;
    Instant lastCustomerAt;
    Instant lastAgentAt;
    Instant lastNudgeAt;
    Instant lastEventAt;
    int nudges;
    int agentSteps;

    State(ConversationState s) {
      startedAt = s.startedAt();
      nextLine = s.nextLine();
      turnOpen = s.turnOpen();
      mayRespond = s.mayRespond();
      awaitingAgent = s.awaitingAgent();
      pending = new ArrayList<>(s.pending());
      mood = s.mood();
      patience = s.patience();
      fired = new HashMap<>(s.fired());
      acts = new LinkedHashSet<>(s.acts());
      actions = new LinkedHashSet<>(s.actions());
      answered = new LinkedHashSet<>(s.answered());
      open = new ArrayList<>(s.open());
      reactedUnanswered = new LinkedHashSet<>(s.reactedUnanswered());
      interrupted = s.interrupted();
      contactedFirst = s.contactedFirst();
      customerSpoke = s.customerSpoke();
      calledBack = s.calledBack();
      hungUp = s.hungUp();
      ended = s.ended();
      outcome = s.outcome();
      lastCustomerAt = s.lastCustomerAt();
      lastAgentAt = s.lastAgentAt();
      lastNudgeAt = s.lastNudgeAt();
      lastEventAt = s.lastEventAt();
      nudges = s.nudges();
      agentSteps = s.agentSteps();
    }

    ConversationState build() {
      return new ConversationState(startedAt, nextLine, turnOpen, mayRespond, awaitingAgent, List.copyOf(pending),
          mood, patience, Map.copyOf(fired), Set.copyOf(acts), Set.copyOf(actions), Set.copyOf(answered),
          List.copyOf(open), Set.copyOf(reactedUnanswered), interrupted, contactedFirst, customerSpoke, calledBack,
          hungUp, ended, outcome, lastCustomerAt, lastAgentAt, lastNudgeAt, lastEventAt, nudges, agentSteps);
    }
  }
}
