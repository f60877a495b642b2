package servicesim.readside;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import servicesim.policy.Policy;
import servicesim.policy.rules.RuleEngine;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.transcript.Transcript;
import servicesim.policy.writing.WritingChecker;
import servicesim.scenario.Scenario;
import servicesim.scenario.conversation.Transcripts;
import servicesim.simulation.Catalog;
import servicesim.simulation.SessionEntity;

/** Scores a stored session under a policy: its events become the transcript the rule engine judges. */
public final class SessionScorer {

  /** A scored session with what its score was computed from. */
  public record Scored(SessionEntity.SessionStarted started, SessionEntity.SessionEnded ended, Scenario scenario,
      Transcript transcript, SessionScore score) {}

  private final Catalog catalog;
  private final WritingChecker writing;
  private final Map<String, RuleEngine> engines = new ConcurrentHashMap<>();

  public SessionScorer(Catalog catalog, WritingChecker writing) {
    this.catalog = catalog;
    this.writing = writing;
  }

  /** The policy version the session ran under. */
  public Optional<Policy> policyOf(SessionEntity.SessionStarted started) {
    return catalog.policy(started.policyId(), started.policyVersion());
  }

  public Scored score(List<SessionEntity.Event> events, Policy policy) {
    if (events.isEmpty() || !(events.get(0) instanceof SessionEntity.SessionStarted started)) {
      throw new IllegalArgumentException("a session's events begin with SessionStarted");
    }
    Scenario scenario = catalog.scenario(started.scenarioId(), started.scenarioSha256()).orElseThrow(() ->
        new IllegalStateException("scenario " + started.scenarioId() + " (" + started.scenarioSha256()
            + ") of session " + started.sessionId() + " is not in the catalog"));
    List<Transcripts.Numbered> numbered = new ArrayList<>(events.size());
    SessionEntity.SessionEnded ended = null;
    for (SessionEntity.Event e : events.subList(1, events.size())) {
      numbered.add(new Transcripts.Numbered(e.seqNr(), SessionEntity.toSessionEvent(e)));
      if (e instanceof SessionEntity.SessionEnded end) ended = end;
    }
    Transcript transcript = Transcripts.of(started.sessionId(), scenario, started.agentName(), started.at(), numbered);
    RuleEngine engine = engines.computeIfAbsent(policy.label() + "#" + policy.sha256(), k -> new RuleEngine(policy, writing));
    return new Scored(started, ended, scenario, transcript, engine.score(transcript));
  }
}
