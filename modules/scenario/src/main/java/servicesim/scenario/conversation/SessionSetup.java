package servicesim.scenario.conversation;

import servicesim.policy.Policy;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.AgentScript;
import servicesim.scenario.Scenario;

/**
 * What a session is: who plays which scenario version under which policy version, and on which clock. The session's
 * {@code SessionStarted} event records it, so the session never needs a lookup to be understood.
 *
 * @param agentScript the scripted agent's key, or null for a live trainee
 * @param clock       {@link #VIRTUAL} (scripted runs: time follows the scenario's delays) or {@link #WALL} (live)
 * @param timeScale   live sessions: simulated seconds per real second (1 in virtual time)
 */
public record SessionSetup(String sessionId, String workshopId, String traineeId, String traineeName,
    String scenarioId, String scenarioSha256, String policyId, int policyVersion, String agentName, String agentScript,
    String clock, double timeScale) {

  public SessionSetup {
    if (!(timeScale > 0)) timeScale = 1;
  }

  public static final String VIRTUAL = "virtual";
  public static final String WALL = "wall";

  /** A session in which {@code script} plays the trainee's part, in virtual time. */
  public static SessionSetup scripted(String sessionId, String workshopId, String traineeId, String traineeName,
      Scenario scenario, Policy policy, AgentScript script) {
    return new SessionSetup(sessionId, workshopId, traineeId, traineeName, scenario.id(), scenario.sha256(),
        policy.id(), policy.version(), script.name(), script.key(), VIRTUAL, 1);
  }

  /** The setup a session's first event records. */
  public static SessionSetup of(SessionEvent.SessionStarted e) {
    return new SessionSetup(e.sessionId(), e.workshopId(), e.traineeId(), e.traineeName(), e.scenarioId(),
        e.scenarioSha256(), e.policyId(), e.policyVersion(), e.agentName(), e.agentScript(), e.clock(),
        e.timeScale() == null ? 1 : e.timeScale());
  }

  public boolean virtual() {
    return VIRTUAL.equals(clock);
  }
}
