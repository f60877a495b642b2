package servicesim.policy.rules;

import java.util.TreeMap;
import servicesim.policy.acts.Detection;
import servicesim.policy.transcript.Entry;

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
  public static Evidence of(Entry entry) {
    return of(entry.seqNr(), describe(entry));
  }

  static String describe(Entry entry) {
    if (entry instanceof Entry.CustomerMessage m) return m.text();
    if (entry instanceof Entry.AgentMessage m) return m.text();
    if (entry instanceof Entry.AgentAction a) {
      return a.fields().isEmpty() ? a.type() : a.type() + " " + new TreeMap<>(a.fields());
    }
    if (entry instanceof Entry.HangUp h) return "the customer hung up" + (h.text() == null ? "" : ": " + h.text());
    if (entry instanceof Entry.Nudge n) return n.text();
    if (entry instanceof Entry.MoodChange c) return "mood " + c.before() + " -> " + c.after();
    if (entry instanceof Entry.Ended e) return "session ended (" + e.outcome() + ")";
    return "";
  }
}
