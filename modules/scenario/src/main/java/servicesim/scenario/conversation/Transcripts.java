package servicesim.scenario.conversation;

import java.util.List;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.Transcript;
import servicesim.scenario.Scenario;

/** The transcript the rule engine judges: a session's events with the scenario they were played from. */
public final class Transcripts {

  private Transcripts() {}

  /** @param events the events after {@code started}, in sequence order */
  public static Transcript of(Scenario scenario, SessionEvent.SessionStarted started, List<SessionEvent> events) {
    return new Transcript(started.sessionId(), scenario.channel(), scenario.language(), scenario.organisation(),
        scenario.organisationAliases(), started.agentName(), scenario.customerDetails(), scenario.facts(),
        scenario.questions(), started.at(), events);
  }
}
