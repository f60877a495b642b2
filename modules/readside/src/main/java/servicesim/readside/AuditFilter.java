package servicesim.readside;

import java.time.Instant;

/** Which events an auditor asks for; {@code null} fields do not filter. */
public record AuditFilter(String workshopId, String traineeId, String sessionId, String type, Instant from, Instant to) {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

  public AuditFilter withSession(String id) {
    return new AuditFilter(workshopId, traineeId, id, type, from, to);
  }

  public AuditFilter withTrainee(String id) {
    return new AuditFilter(workshopId, id, sessionId, type, from, to);
  }
}
