package servicesim.policy.transcript;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One interaction in a session's history, with the sequence number of the event that recorded it. */
public sealed interface Entry {

  long seqNr();

  Instant at();

  /**
   * A customer message. {@code part} continues the customer's current turn; {@code turnComplete} is false while
   * more parts of the same turn are still to come (an agent message then interrupts). {@code asks} names the
   * questions the message asks.
   */
  record CustomerMessage(long seqNr, Instant at, String text, boolean part, boolean turnComplete, List<String> asks,
      int line) implements Entry {}

  /** A message from the agent; {@code subject} is set for email and letter. */
  record AgentMessage(long seqNr, Instant at, String text, String subject) implements Entry {}

  /** An explicit agent action (escalate, record-complaint, schedule-follow-up, ...) with its fields. */
  record AgentAction(long seqNr, Instant at, String type, Map<String, String> fields) implements Entry {}

  record MoodChange(long seqNr, Instant at, int before, int after, String cause) implements Entry {}

  /** The customer prompted a silent agent ("Hello? Are you still there?"). */
  record Nudge(long seqNr, Instant at, int count, String text) implements Entry {}

  record HangUp(long seqNr, Instant at, String reason, String text) implements Entry {}

  record Ended(long seqNr, Instant at, String outcome, String endedBy) implements Entry {}
}
