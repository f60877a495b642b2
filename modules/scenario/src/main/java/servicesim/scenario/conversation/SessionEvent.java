package servicesim.scenario.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happens in a session after it starts, as the conversation logic decides it. The session entity persists
 * each of these (adding its id and hash chain); folding them with {@link Conversation#apply} rebuilds the state.
 */
public sealed interface SessionEvent {

  Instant at();

  /** Kinds of customer message: a line of the script, or a reaction to something the agent did. */
  String SCRIPT = "script";
  String REACTION = "reaction";

  /**
   * @param line          the script line's index, or -1 for a reaction line
   * @param turnComplete  false while more parts of the same turn are still to come
   */
  record CustomerMessageSent(Instant at, String text, String subject, boolean part, boolean turnComplete,
      List<String> asks, int line, String kind) implements SessionEvent {}

  /**
   * @param acts          the acts the customer heard in the message
   * @param interruption  sent while the customer was in the middle of a turn
   * @param answered      open questions this message answers
   * @param unanswered    open questions the message leaves unanswered (the customer reacts once per question)
   */
  record AgentMessageSent(Instant at, String text, String subject, List<String> acts, boolean interruption,
      List<String> answered, List<String> unanswered) implements SessionEvent {}

  record AgentActionTaken(Instant at, String type, Map<String, String> fields) implements SessionEvent {}

  /** The customer reacted: mood and patience before and after, and what caused it (an act, action or event). */
  record CustomerMoodChanged(Instant at, int moodBefore, int moodAfter, int patienceBefore, int patienceAfter,
      String cause) implements SessionEvent {}

  record CustomerNudged(Instant at, int count, String text) implements SessionEvent {}

  /** @param reason {@code silence} (ignored too long) or {@code patience} (too many unhelpful replies) */
  record CustomerHungUp(Instant at, String reason, String text) implements SessionEvent {}

  /** @param endedBy {@code agent}, {@code customer} or {@code trainer} */
  record SessionEnded(Instant at, String outcome, String endedBy, int finalMood) implements SessionEvent {}
}
