package servicesim.readside;

import java.time.Instant;

/** A session as the read side knows it: who, what, under which policy, and how it ended. */
public record SessionRow(String sessionId, String workshopId, String traineeId, String traineeName, String scenarioId,
    String scenarioTitle, String channel, String language, String policyId, int policyVersion, String agentScript,
    String clock, Instant startedAt, Instant endedAt, String outcome, String endedBy, Integer finalMood, Long events) {

  public boolean ended() {
    return endedAt != null;
  }
}
