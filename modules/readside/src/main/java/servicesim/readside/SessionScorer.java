package servicesim.readside;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import servicesim.policy.Policy;
import servicesim.policy.rules.RuleEngine;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.transcript.SessionEvent;
import servicesim.policy.transcript.Transcript;
import servicesim.policy.writing.WritingChecker;
import servicesim.scenario.Scenario;
import servicesim.scenario.conversation.Transcripts;
import servicesim.simulation.Catalog;

/** Scores a stored session under a policy: its events become the transcript the rule engine judges. */
public final class SessionScorer {

  /** A scored session with what its score was computed from. */
  public record Scored(SessionEvent.SessionStarted started, Scenario scenario, Transcript transcript,
      SessionScore score) {}

  private final Catalog catalog;
  private final WritingChecker writing;
  private final Map<String, RuleEngine> engines = new ConcurrentHashMap<>();

  public SessionScorer(Catalog catalog, WritingChecker writing) {
    this.catalog = catalog;
    this.writing = writing;
  }

  /** The policy version the session ran under, from its first event. */
  public Optional<Policy> policyOf(List<SessionEvent> events) {
    SessionEvent.SessionStarted started = started(events);
    return catalog.policy(started.policyId(), started.policyVersion());
  }

  /** A policy version by id, as sessions were scored under it. */
  public Optional<Policy> policy(String id, int version) {
    return catalog.policy(id, version);
  }

  public Scored score(List<SessionEvent> events, Policy policy) {
    SessionEvent.SessionStarted started = started(events);
    Scenario scenario = catalog.scenario(started.scenarioId(), started.scenarioSha256()).orElseThrow(() ->
        new IllegalStateException("scenario " + started.scenarioId() + " (" + started.scenarioSha256()
            + ") of session " + started.sessionId() + " is not in the catalog"));
    Transcript transcript = Transcripts.of(scenario, started, events.subList(1, events.size()));
    RuleEngine engine = engines.computeIfAbsent(policy.label() + "#" + policy.sha256(), k -> new RuleEngine(policy, writing));
    return new Scored(started, scenario, transcript, engine.score(transcript));
  }

  private static SessionEvent.SessionStarted started(List<SessionEvent> events) {
    if (events.isEmpty() || !(events.get(0) instanceof SessionEvent.SessionStarted started)) {
      throw new IllegalArgumentException("a session's events begin with SessionStarted");
    }
    return started;
  }
}
