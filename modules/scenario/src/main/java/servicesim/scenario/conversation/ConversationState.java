package servicesim.scenario.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import servicesim.policy.transcript.ActionType;

/**
 * Where a conversation stands: when things happened, the customer's place in the script, who may speak, the
 * customer's mood, what the agent has done, and the questions asked. Immutable; {@link Conversation} folds each event
 * into the next state with the {@code with…} methods of these records.
 */
public record ConversationState(Times times, Script script, Floor floor, Customer customer, Agent agent,
    Questions questions, Waiting waiting) {

  /** A snapshot of an earlier version has no {@code waiting}: nothing promised, nothing skipped. */
  public ConversationState {
    if (waiting == null) waiting = Waiting.NONE;
  }

  public boolean ended() {
    return customer.outcome() != null;
  }

  /**
   * The simulated time at the real moment {@code real} of a live session that started at the same real and simulated
   * moment and runs {@code timeScale} times faster, plus the time its agent skipped by waiting, less the time given
   * back after its node was unavailable; never before the session's latest event.
   */
  public Instant simulatedAt(Instant real, double timeScale) {
    long elapsed = java.time.Duration.between(times.startedAt(), real).toMillis();
    Instant at = times.startedAt().plusMillis(Math.round(elapsed * timeScale)).plus(waiting.skipped())
        .minus(waiting.givenBack());
    return Conversation.later(at, times.lastEventAt());
  }

  ConversationState with(Times t) {
    return new ConversationState(t, script, floor, customer, agent, questions, waiting);
  }

  ConversationState with(Script s) {
    return new ConversationState(times, s, floor, customer, agent, questions, waiting);
  }

  ConversationState with(Floor f) {
    return new ConversationState(times, script, f, customer, agent, questions, waiting);
  }

  ConversationState with(Customer c) {
    return new ConversationState(times, script, floor, c, agent, questions, waiting);
  }

  ConversationState with(Agent a) {
    return new ConversationState(times, script, floor, customer, a, questions, waiting);
  }

  ConversationState with(Questions q) {
    return new ConversationState(times, script, floor, customer, agent, q, waiting);
  }

  ConversationState with(Waiting w) {
    return new ConversationState(times, script, floor, customer, agent, questions, w);
  }

  /**
   * What the customer has been promised and how much simulated time the agent skipped by waiting.
   *
   * @param promises the times given to the customer (said, or a follow-up scheduled) since the agent last got in
   *                 touch: a later contact keeps them
   * @param skipped  simulated time the live agent skipped by waiting for the next thing
   * @param contactedAt when the agent last got in touch (a message, an update, a callback, the resolution), or null
   * @param givenBack simulated time that passed while the session's node was unavailable, taken off its clock
   */
  public record Waiting(List<Instant> promises, java.time.Duration skipped, Instant contactedAt,
      java.time.Duration givenBack) {
    static final Waiting NONE = new Waiting(List.of(), java.time.Duration.ZERO, null, java.time.Duration.ZERO);

    /** A snapshot of an earlier version has no {@code givenBack}: nothing was given back. */
    public Waiting {
      if (givenBack == null) givenBack = java.time.Duration.ZERO;
    }

    /** The earliest time given to the customer that no contact has kept yet, or null. */
    public Instant promisedBy() {
      return promises.stream().min(Instant::compareTo).orElse(null);
    }

    Waiting promised(Instant by) {
      if (by == null) return this;
      List<Instant> more = new ArrayList<>(promises);
      more.add(by);
      return new Waiting(List.copyOf(more), skipped, contactedAt, givenBack);
    }

    /** The agent got in touch at {@code at}: every time given before is kept (or, if it had passed, is moot). */
    Waiting contacted(Instant at) {
      return new Waiting(List.of(), skipped, at, givenBack);
    }

    Waiting skipping(java.time.Duration more) {
      return new Waiting(promises, skipped.plus(more), contactedAt, givenBack);
    }

    Waiting givingBack(java.time.Duration more) {
      return new Waiting(promises, skipped, contactedAt, givenBack.plus(more));
    }
  }

  /**
   * When things happened: turn-taking, delays and silence are measured from these.
   *
   * @param lastCustomerAt the customer's latest message (script or reaction line; nudges excluded)
   * @param lastAgentAt    the agent's latest message or action
   */
  public record Times(Instant startedAt, Instant lastCustomerAt, Instant lastAgentAt, Instant lastNudgeAt,
      Instant lastEventAt) {

    static Times startingAt(Instant at) {
      return new Times(at, null, null, null, at);
    }

    /** The latest message or action of either side (nudges and mood changes do not count). */
    public Instant lastMessageAt() {
      return Conversation.later(startedAt, lastCustomerAt, lastAgentAt);
    }

    Times withCustomerAt(Instant at) {
      return new Times(startedAt, at, lastAgentAt, lastNudgeAt, lastEventAt);
    }

    Times withAgentAt(Instant at) {
      return new Times(startedAt, lastCustomerAt, at, lastNudgeAt, lastEventAt);
    }

    Times withNudgeAt(Instant at) {
      return new Times(startedAt, lastCustomerAt, lastAgentAt, at, lastEventAt);
    }

    Times withEventAt(Instant at) {
      return new Times(startedAt, lastCustomerAt, lastAgentAt, lastNudgeAt, at);
    }
  }

  /**
   * The customer's side of the script.
   *
   * @param nextLine the next script line to consider
   * @param pending  lines (reactions, answers) the customer will say before going on with the script
   * @param midTurn  the customer is in the middle of a multi-part turn
   * @param spoke    the customer has said something
   * @param lastKind the kind of the customer's latest line (script, reaction, answer), null before the first
   */
  public record Script(int nextLine, List<Pending> pending, boolean midTurn, boolean spoke, String lastKind) {

    Script saidLine(int index, boolean turnComplete) {
      return new Script(index + 1, pending, !turnComplete, true, "script");
    }

    Script saidPending(boolean turnComplete, String kind) {
      return new Script(nextLine, pending.isEmpty() ? pending : List.copyOf(pending.subList(1, pending.size())),
          !turnComplete, true, kind);
    }

    Script willSay(String line, String kind) {
      return willSay(new Pending(line, kind, Map.of()));
    }

    Script willSay(Pending line) {
      List<Pending> more = new ArrayList<>(pending);
      more.add(line);
      return new Script(nextLine, List.copyOf(more), midTurn, spoke, lastKind);
    }

    /** The customer's latest line answered what the agent asked: their turn goes on with the script. */
    public boolean answered() {
      return "answer".equals(lastKind);
    }
  }

  /**
   * A line the customer will say before the script goes on, its kind ({@code reaction} or {@code answer}) and, in an
   * answer, the details it gives.
   */
  public record Pending(String text, String kind, Map<String, String> details) {

    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
    public Pending(@com.fasterxml.jackson.annotation.JsonProperty("text") String text,
        @com.fasterxml.jackson.annotation.JsonProperty("kind") String kind,
        @com.fasterxml.jackson.annotation.JsonProperty("details") Map<String, String> details) {
      this.text = text;
      this.kind = kind;
      this.details = details == null ? Map.of() : details;
    }

    /** A snapshot of an earlier version holds pending lines as text: reactions. */
    @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
    static Pending reaction(String text) {
      return new Pending(text, "reaction", Map.of());
    }
  }

  /**
   * Who may speak next.
   *
   * @param mayRespond    the agent has spoken since the customer's last complete turn (or the customer opens)
   * @param awaitingAgent the customer has finished a turn and waits for the agent
   */
  public record Floor(boolean mayRespond, boolean awaitingAgent) {

    Floor withMayRespond(boolean v) {
      return new Floor(v, awaitingAgent);
    }

    Floor withAwaitingAgent(boolean v) {
      return new Floor(mayRespond, v);
    }
  }

  /**
   * The customer: mood and patience, how often each reaction trigger has fired, nudges since the agent last spoke, and
   * how the session ended for them ({@code outcome}, null while it runs).
   */
  public record Customer(int mood, int patience, Map<String, Integer> fired, int nudges, boolean hungUp,
      String outcome) {

    Customer reacted(int newMood, int newPatience, String trigger) {
      Map<String, Integer> counts = new HashMap<>(fired);
      counts.merge(trigger, 1, Integer::sum);
      return new Customer(newMood, newPatience, Map.copyOf(counts), nudges, hungUp, outcome);
    }

    Customer withNudges(int n) {
      return new Customer(mood, patience, fired, n, hungUp, outcome);
    }

    Customer hangingUp() {
      return new Customer(mood, patience, fired, nudges, true, outcome);
    }

    Customer endedWith(String result) {
      return new Customer(mood, patience, fired, nudges, hungUp, result);
    }
  }

  /**
   * What the agent has done.
   *
   * @param steps          agent messages and actions so far: a scripted agent's position in its steps
   * @param acts           the acts the customer has heard
   * @param contactedFirst the agent reached out before the customer got in touch
   */
  public record Agent(int steps, Set<String> acts, Set<ActionType> actions, boolean interrupted,
      boolean contactedFirst) {

    Agent said(List<String> heard, boolean interruption) {
      Set<String> all = new HashSet<>(acts);
      all.addAll(heard);
      return new Agent(steps + 1, Set.copyOf(all), actions, interrupted || interruption, contactedFirst);
    }

    Agent took(ActionType type) {
      Set<ActionType> all = new HashSet<>(actions);
      all.add(type);
      return new Agent(steps + 1, acts, Set.copyOf(all), interrupted, contactedFirst);
    }

    Agent reachedOutFirst() {
      return new Agent(steps, acts, actions, interrupted, true);
    }

    public boolean calledBack() {
      return actions.contains(ActionType.CALLBACK);
    }
  }

  /**
   * @param open              asked and not yet answered, in the order asked
   * @param reactedUnanswered left unanswered by an agent message, which the customer has reacted to once
   */
  public record Questions(List<String> open, Set<String> answered, Set<String> reactedUnanswered) {

    static final Questions NONE = new Questions(List.of(), Set.of(), Set.of());

    Questions asked(List<String> ids) {
      List<String> all = new ArrayList<>(open);
      for (String id : ids) if (!all.contains(id)) all.add(id);
      return new Questions(List.copyOf(all), answered, reactedUnanswered);
    }

    Questions replied(List<String> answeredNow, List<String> unansweredNow) {
      List<String> stillOpen = new ArrayList<>(open);
      stillOpen.removeAll(answeredNow);
      Set<String> allAnswered = new HashSet<>(answered);
      allAnswered.addAll(answeredNow);
      Set<String> reacted = new HashSet<>(reactedUnanswered);
      reacted.addAll(unansweredNow);
      return new Questions(List.copyOf(stillOpen), Set.copyOf(allAnswered), Set.copyOf(reacted));
    }
  }
}
