package servicesim.policy.transcript;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened in a session, one event at a time: the records the session entity stores (their names and JSON are a
 * contract), the conversation folds into its state, and the rules judge. Each names its session, workshop and trainee,
 * its place in the session's hash chain ({@code seqNr}, {@code prevHash}, {@code hash}) and its time; the values an
 * auditor needs come with it, so no event needs a lookup to be understood.
 *
 * <p>Fields added since the first stored events are left out of the JSON while empty, so that an event of an earlier
 * version is written back (and hashed) exactly as it was stored.
 *
 * <p>Code that must handle every kind of event implements {@link Visitor}: a new kind then fails to compile until each
 * such place handles it.
 */
public sealed interface SessionEvent {

  String sessionId();

  String workshopId();

  String traineeId();

  long seqNr();

  Instant at();

  String prevHash();

  String hash();

  /** This event at a place in the hash chain: the same facts with {@code seqNr}, {@code prevHash} and {@code hash}. */
  SessionEvent chained(long seqNr, String prevHash, String hash);

  <R> R accept(Visitor<R> visitor);

  default Type eventType() {
    return accept(TYPES);
  }

  /** One method per kind of event. */
  interface Visitor<R> {
    R on(SessionStarted e);

    R on(CustomerMessageSent e);

    R on(AgentMessageSent e);

    R on(AgentActionTaken e);

    R on(CustomerMoodChanged e);

    R on(CustomerNudged e);

    R on(CustomerHungUp e);

    R on(AgentWaited e);

    R on(SessionResumed e);

    R on(SessionEnded e);
  }

  /** The kinds of session event. */
  enum Type implements EventName {
    SESSION_STARTED,
    CUSTOMER_MESSAGE_SENT,
    AGENT_MESSAGE_SENT,
    AGENT_ACTION_TAKEN,
    CUSTOMER_MOOD_CHANGED,
    CUSTOMER_NUDGED,
    CUSTOMER_HUNG_UP,
    AGENT_WAITED,
    SESSION_RESUMED,
    SESSION_ENDED
  }

  Visitor<Type> TYPES = new Visitor<>() {
    public Type on(SessionStarted e) {
      return Type.SESSION_STARTED;
    }

    public Type on(CustomerMessageSent e) {
      return Type.CUSTOMER_MESSAGE_SENT;
    }

    public Type on(AgentMessageSent e) {
      return Type.AGENT_MESSAGE_SENT;
    }

    public Type on(AgentActionTaken e) {
      return Type.AGENT_ACTION_TAKEN;
    }

    public Type on(CustomerMoodChanged e) {
      return Type.CUSTOMER_MOOD_CHANGED;
    }

    public Type on(CustomerNudged e) {
      return Type.CUSTOMER_NUDGED;
    }

    public Type on(CustomerHungUp e) {
      return Type.CUSTOMER_HUNG_UP;
    }

    public Type on(AgentWaited e) {
      return Type.AGENT_WAITED;
    }

    public Type on(SessionResumed e) {
      return Type.SESSION_RESUMED;
    }

    public Type on(SessionEnded e) {
      return Type.SESSION_ENDED;
    }
  };

  /**
   * What a session is, recorded when it starts: scenario and policy versions, who plays, on which clock; a live
   * session's {@code timeScale} is the simulated seconds that pass per real second (null: 1).
   */
  record SessionStarted(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      String traineeName, String scenarioId, String scenarioSha256, String scenarioTitle, String policyId,
      int policyVersion, String channel, String language, String organisation, String customerName,
      String agentName, String agentScript, String clock, @JsonInclude(JsonInclude.Include.NON_NULL) Double timeScale,
      String prevHash, String hash)
      implements SessionEvent {

    public SessionStarted chained(long seqNr, String prevHash, String hash) {
      return new SessionStarted(sessionId, workshopId, traineeId, seqNr, at, traineeName, scenarioId, scenarioSha256,
          scenarioTitle, policyId, policyVersion, channel, language, organisation, customerName, agentName, agentScript,
          clock, timeScale, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /**
   * @param part          continues the customer's current turn
   * @param turnComplete  false while more parts of the same turn are still to come (an agent message then interrupts)
   * @param asks          the questions the message asks
   * @param line          the script line's index, or -1 for a reaction line
   * @param kind          {@link #SCRIPT}, {@link #REACTION} or {@link #ANSWER}
   * @param details       in an answer, the details given by name ({@code phone}: the number...); empty otherwise
   */
  record CustomerMessageSent(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      String text, String subject, boolean part, boolean turnComplete, List<String> asks, int line, String kind,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> details, String prevHash, String hash)
      implements SessionEvent {

    public CustomerMessageSent {
      details = details == null ? Map.of() : details;
    }

    /** A line of the scenario's script. */
    public static final String SCRIPT = "script";
    /** A line the customer says in reaction to something the agent did. */
    public static final String REACTION = "reaction";
    /** The customer answers what the agent asked them (their details, their preference). */
    public static final String ANSWER = "answer";

    public CustomerMessageSent chained(long seqNr, String prevHash, String hash) {
      return new CustomerMessageSent(sessionId, workshopId, traineeId, seqNr, at, text, subject, part, turnComplete,
          asks, line, kind, details, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /**
   * @param subject       set for email and letter
   * @param acts          the acts the customer heard in the message
   * @param interruption  sent while the customer was in the middle of a turn
   * @param answered      open questions this message answers
   * @param unanswered    open questions the message leaves unanswered (the customer reacts once per question)
   * @param asked         the customer's details the message asks for ({@code name}, {@code phone}, a key of the
   *                      scenario's {@code knows}, {@code preference}...): the customer answers them next
   * @param promisedBy    the earliest concrete time the message gives the customer, or null: until then the
   *                      customer waits
   */
  record AgentMessageSent(String sessionId, String workshopId, String traineeId, long seqNr, Instant at, String text,
      String subject, List<String> acts, boolean interruption, List<String> answered, List<String> unanswered,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> asked,
      @JsonInclude(JsonInclude.Include.NON_NULL) Instant promisedBy, String prevHash, String hash)
      implements SessionEvent {

    public AgentMessageSent {
      asked = asked == null ? List.of() : asked;
    }

    public AgentMessageSent chained(long seqNr, String prevHash, String hash) {
      return new AgentMessageSent(sessionId, workshopId, traineeId, seqNr, at, text, subject, acts, interruption,
          answered, unanswered, asked, promisedBy, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /** An explicit agent action (escalate, record-complaint, schedule-follow-up, ...) with its fields. */
  record AgentActionTaken(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      ActionType type, Map<String, String> fields, String prevHash, String hash) implements SessionEvent {

    public AgentActionTaken chained(long seqNr, String prevHash, String hash) {
      return new AgentActionTaken(sessionId, workshopId, traineeId, seqNr, at, type, fields, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /** The customer reacted: mood and patience before and after, and what caused it (an act, action or event). */
  record CustomerMoodChanged(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      int moodBefore, int moodAfter, int patienceBefore, int patienceAfter, String cause, String prevHash,
      String hash) implements SessionEvent {

    public CustomerMoodChanged chained(long seqNr, String prevHash, String hash) {
      return new CustomerMoodChanged(sessionId, workshopId, traineeId, seqNr, at, moodBefore, moodAfter,
          patienceBefore, patienceAfter, cause, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /** The customer prompted a silent agent ("Hello? Are you still there?"). */
  record CustomerNudged(String sessionId, String workshopId, String traineeId, long seqNr, Instant at, int count,
      String text, String prevHash, String hash) implements SessionEvent {

    public CustomerNudged chained(long seqNr, String prevHash, String hash) {
      return new CustomerNudged(sessionId, workshopId, traineeId, seqNr, at, count, text, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /** @param reason {@code silence} (ignored too long) or {@code patience} (too many unhelpful replies) */
  record CustomerHungUp(String sessionId, String workshopId, String traineeId, long seqNr, Instant at, String reason,
      String text, String prevHash, String hash) implements SessionEvent {

    public CustomerHungUp chained(long seqNr, String prevHash, String hash) {
      return new CustomerHungUp(sessionId, workshopId, traineeId, seqNr, at, reason, text, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /**
   * The live agent waited for the next thing ({@code until}: {@code customer}, their next move, or {@code promise},
   * shortly before a time given to the customer or an update falls due): simulated time skipped from {@code from}
   * ({@code at}) to {@code to}.
   */
  record AgentWaited(String sessionId, String workshopId, String traineeId, long seqNr, Instant at, Instant to,
      String until, String prevHash, String hash) implements SessionEvent {

    public AgentWaited chained(long seqNr, String prevHash, String hash) {
      return new AgentWaited(sessionId, workshopId, traineeId, seqNr, at, to, until, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /**
   * A live session came back after its node was unavailable (a crash, a restart, a move to another node) while its
   * customer's next move fell due: the simulated time that passed while nobody could act ({@code unavailable}) is
   * given back, so the session's simulated clock goes on from {@code at}, its latest event's time, and the customer's
   * timers restart from the real moment {@code resumedAt}.
   */
  record SessionResumed(String sessionId, String workshopId, String traineeId, long seqNr, Instant at,
      Instant resumedAt, Duration unavailable, String prevHash, String hash) implements SessionEvent {

    public SessionResumed chained(long seqNr, String prevHash, String hash) {
      return new SessionResumed(sessionId, workshopId, traineeId, seqNr, at, resumedAt, unavailable, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }

  /** @param endedBy {@code agent}, {@code customer} or {@code trainer} */
  record SessionEnded(String sessionId, String workshopId, String traineeId, long seqNr, Instant at, String outcome,
      String endedBy, int finalMood, String prevHash, String hash) implements SessionEvent {

    public SessionEnded chained(long seqNr, String prevHash, String hash) {
      return new SessionEnded(sessionId, workshopId, traineeId, seqNr, at, outcome, endedBy, finalMood, prevHash, hash);
    }

    public <R> R accept(Visitor<R> visitor) {
      return visitor.on(this);
    }
  }
}
