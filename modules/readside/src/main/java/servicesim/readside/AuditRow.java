package servicesim.readside;

import java.time.Instant;
import servicesim.policy.transcript.SessionEvent;
import servicesim.simulation.CalibrationEntity;
import servicesim.simulation.ReviewEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * One stored event as auditors see it: its place in the journal's global order ({@code ordering}, the cursor for
 * paging), its session, workshop and trainee, its time, its JSON, and its place in the hash chain.
 */
public record AuditRow(long ordering, String persistenceId, long seqNr, String type, String sessionId,
    String workshopId, String traineeId, Instant occurredAt, String payload, String prevHash, String hash) {

  /**
   * The row an event of the journal makes, with the values auditors filter on pulled out of it: what the audit trail
   * projection writes and what verification expects to find.
   */
  public static AuditRow of(long ordering, String persistenceId, long seqNr, Object event, String payload) {
    if (event instanceof SessionEvent e) {
      return new AuditRow(ordering, persistenceId, seqNr, e.eventType().id(), e.sessionId(), e.workshopId(),
          e.traineeId(), e.at(), payload, e.prevHash(), e.hash());
    }
    if (event instanceof WorkshopEntity.Event w) {
      Who who = w.accept(WHO);
      return new AuditRow(ordering, persistenceId, seqNr, w.eventType().id(), who.session(), w.workshopId(),
          who.trainee(), w.at(), payload, w.prevHash(), w.hash());
    }
    if (event instanceof ReviewEntity.Event r) {
      return new AuditRow(ordering, persistenceId, seqNr, r.eventType().id(), r.sessionId(), r.workshopId(),
          r.traineeId(), r.at(), payload, r.prevHash(), r.hash());
    }
    if (event instanceof CalibrationEntity.Event k) {
      return new AuditRow(ordering, persistenceId, seqNr, k.eventType().id(), null, null, null, k.at(), payload,
          k.prevHash(), k.hash());
    }
    throw new IllegalArgumentException("not an audited event: " + event.getClass().getName());
  }

  /** The session and trainee a workshop event is about, where it is about one. */
  private record Who(String session, String trainee) {}

  private static final WorkshopEntity.Event.Visitor<Who> WHO = new WorkshopEntity.Event.Visitor<>() {
    public Who on(WorkshopEntity.WorkshopCreated e) {
      return new Who(null, null);
    }

    public Who on(WorkshopEntity.TraineeEnrolled e) {
      return new Who(null, e.traineeId());
    }

    public Who on(WorkshopEntity.SessionAssigned e) {
      return new Who(e.sessionId(), e.traineeId());
    }

    public Who on(WorkshopEntity.FeedbackReleased e) {
      return new Who(null, null);
    }

    public Who on(WorkshopEntity.WorkshopClosed e) {
      return new Who(null, null);
    }

    public Who on(WorkshopEntity.RunStarted e) {
      return new Who(null, null);
    }

    public Who on(WorkshopEntity.RunFinished e) {
      return new Who(null, null);
    }
  };
}
