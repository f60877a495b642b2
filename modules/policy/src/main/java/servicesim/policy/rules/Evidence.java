package servicesim.policy.rules;

import java.util.TreeMap;
import servicesim.files.Durations;
import servicesim.policy.acts.Detection;
import servicesim.policy.transcript.SessionEvent;

/**
 * What a verdict rests on: the event (by sequence number) and, where text was matched, the matched span of that
 * event's message ({@code start}/{@code end} are UTF-16 offsets into the message; null when no text was matched).
 */
public record Evidence(long seqNr, String text, Integer start, Integer end) {

  public static Evidence of(long seqNr, String text) {
    return new Evidence(seqNr, text, null, null);
  }

  public static Evidence span(long seqNr, Detection d) {
    return new Evidence(seqNr, d.match(), d.start(), d.end());
  }

  /** A whole event, described as a reader of the transcript would recognise it. */
  public static Evidence of(SessionEvent entry) {
    return of(entry.seqNr(), describe(entry));
  }

  static String describe(SessionEvent entry) {
    return entry.accept(DESCRIBE);
  }

  private static final SessionEvent.Visitor<String> DESCRIBE = new SessionEvent.Visitor<>() {
    public String on(SessionEvent.SessionStarted e) {
      return "session started";
    }

    public String on(SessionEvent.CustomerMessageSent e) {
      return e.text();
    }

    public String on(SessionEvent.AgentMessageSent e) {
      return e.text();
    }

    public String on(SessionEvent.AgentActionTaken e) {
      return e.fields().isEmpty() ? e.type().id() : e.type().id() + " " + new TreeMap<>(e.fields());
    }

    public String on(SessionEvent.CustomerMoodChanged e) {
      return "mood " + e.moodBefore() + " -> " + e.moodAfter();
    }

    public String on(SessionEvent.CustomerNudged e) {
      return e.text();
    }

    public String on(SessionEvent.CustomerHungUp e) {
      return "the customer hung up" + (e.text() == null ? "" : ": " + e.text());
    }

    public String on(SessionEvent.AgentWaited e) {
      return "the agent waited until " + e.to() + " (" + e.until() + ")";
    }

    public String on(SessionEvent.SessionResumed e) {
      return "the session resumed after " + Durations.readable(e.unavailable()) + " unavailable, given back";
    }

    public String on(SessionEvent.SessionEnded e) {
      return "session ended (" + e.outcome() + ")";
    }
  };
}
