package servicesim.scenario.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import servicesim.policy.transcript.Entry;
import servicesim.policy.transcript.Transcript;
import servicesim.scenario.Scenario;

/** Turns a session's events into the transcript the rule engine judges. */
public final class Transcripts {

  private Transcripts() {}

  /** An event with the sequence number the journal gave it. */
  public record Numbered(long seqNr, SessionEvent event) {}

  public static Transcript of(String sessionId, Scenario scenario, String agentName, Instant startedAt,
      List<Numbered> events) {
    List<Entry> entries = new ArrayList<>(events.size());
    for (Numbered n : events) entries.add(entry(n.seqNr(), n.event()));
    return new Transcript(sessionId, scenario.channel(), scenario.language(), scenario.organisation(),
        scenario.organisationAliases(), agentName, scenario.customerDetails(), scenario.facts(), scenario.questions(),
        startedAt, entries);
  }

  /** Numbers events from {@code firstSeqNr} on, as a journal would after the session's start event. */
  public static List<Numbered> numbered(List<SessionEvent> events, long firstSeqNr) {
    List<Numbered> out = new ArrayList<>(events.size());
    long seq = firstSeqNr;
    for (SessionEvent e : events) out.add(new Numbered(seq++, e));
    return out;
  }

  public static Entry entry(long seqNr, SessionEvent event) {
    if (event instanceof SessionEvent.CustomerMessageSent m) {
      return new Entry.CustomerMessage(seqNr, m.at(), m.text(), m.part(), m.turnComplete(), m.asks(), m.line());
    }
    if (event instanceof SessionEvent.AgentMessageSent m) return new Entry.AgentMessage(seqNr, m.at(), m.text(), m.subject());
    if (event instanceof SessionEvent.AgentActionTaken a) return new Entry.AgentAction(seqNr, a.at(), a.type(), a.fields());
    if (event instanceof SessionEvent.CustomerMoodChanged c) {
      return new Entry.MoodChange(seqNr, c.at(), c.moodBefore(), c.moodAfter(), c.cause());
    }
    if (event instanceof SessionEvent.CustomerNudged n) return new Entry.Nudge(seqNr, n.at(), n.count(), n.text());
    if (event instanceof SessionEvent.CustomerHungUp h) return new Entry.HangUp(seqNr, h.at(), h.reason(), h.text());
    SessionEvent.SessionEnded e = (SessionEvent.SessionEnded) event;
    return new Entry.Ended(seqNr, e.at(), e.outcome(), e.endedBy());
  }
}
