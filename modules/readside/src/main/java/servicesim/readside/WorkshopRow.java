package servicesim.readside;

import java.time.Instant;
import java.util.List;

/** A workshop as created, with its trainees and the sessions assigned to them ({@code sha256}: its file's). */
public record WorkshopRow(String workshopId, String definitionId, String title, String policyId, int policyVersion,
    String mode, List<String> scenarios, Instant createdAt, boolean feedbackReleased, Instant closedAt,
    List<Trainee> trainees, List<Assignment> sessions, String sha256) {

  public WorkshopRow(String workshopId, String definitionId, String title, String policyId, int policyVersion,
      String mode, List<String> scenarios, Instant createdAt, boolean feedbackReleased, Instant closedAt,
      List<Trainee> trainees, List<Assignment> sessions) {
    this(workshopId, definitionId, title, policyId, policyVersion, mode, scenarios, createdAt, feedbackReleased,
        closedAt, trainees, sessions, null);
  }

  public record Trainee(String traineeId, String name, String agent, boolean live) {}

  public record Assignment(String sessionId, String traineeId, String scenarioId) {}

  /** A run of the scripted sessions, as its events recorded it ({@code finishedAt} null while it goes on). */
  public record Run(String runner, int sessions, Instant startedAt, Instant finishedAt, List<String> failures) {}

  public boolean closed() {
    return closedAt != null;
  }
}
