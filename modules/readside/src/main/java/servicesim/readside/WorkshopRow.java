package servicesim.readside;

import java.time.Instant;
import java.util.List;

/** A workshop as created, with its trainees and the sessions assigned to them. */
public record WorkshopRow(String workshopId, String definitionId, String title, String policyId, int policyVersion,
    String mode, List<String> scenarios, Instant createdAt, boolean feedbackReleased, Instant closedAt,
    List<Trainee> trainees, List<Assignment> sessions) {

  public record Trainee(String traineeId, String name, String agent, boolean live) {}

  public record Assignment(String sessionId, String traineeId, String scenarioId) {}

  public boolean closed() {
    return closedAt != null;
  }
}
