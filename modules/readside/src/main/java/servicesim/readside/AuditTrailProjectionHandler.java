package servicesim.readside;

import akka.persistence.query.Sequence;
import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import servicesim.policy.transcript.SessionEvent;
import servicesim.simulation.Notices;
import servicesim.simulation.WorkshopEntity;

/** Turns each stored event into an audit row, with the values an auditor filters on pulled out of the event. */
final class AuditTrailProjectionHandler extends JdbcHandler<List<EventEnvelope<Object>>, PooledJdbcSession> {

  private final ObjectMapper mapper;
  private final Notices notices;

  AuditTrailProjectionHandler(ObjectMapper mapper, Notices notices) {
    this.mapper = mapper;
    this.notices = notices;
  }

  @Override
  public void process(PooledJdbcSession session, List<EventEnvelope<Object>> envelopes) throws Exception {
    List<AuditRow> rows = new ArrayList<>(envelopes.size());
    for (EventEnvelope<Object> envelope : envelopes) rows.add(row(envelope));
    session.withConnection(c -> {
      AuditRepository.insert(c, rows);
      return null;
    });
    if (rows.isEmpty()) return;
    long last = rows.get(rows.size() - 1).ordering();
    Set<String> workshops = new LinkedHashSet<>();
    rows.forEach(r -> workshops.add(r.workshopId()));
    session.afterCommit(() -> {
      notices.publish(new Notices.Notice(Notices.AUDIT, last));
      workshops.forEach(w -> notices.publish(new Notices.Notice(Notices.workshop(w), last)));
    });
  }

  private AuditRow row(EventEnvelope<Object> envelope) throws Exception {
    long ordering = ((Sequence) envelope.offset()).value();
    Object event = envelope.event();
    String payload = mapper.writeValueAsString(event);
    if (event instanceof SessionEvent e) {
      return new AuditRow(ordering, envelope.persistenceId(), envelope.sequenceNr(), e.eventType().id(), e.sessionId(),
          e.workshopId(), e.traineeId(), e.at(), payload, e.prevHash(), e.hash());
    }
    if (event instanceof WorkshopEntity.Event w) {
      Who who = w.accept(WHO);
      return new AuditRow(ordering, envelope.persistenceId(), envelope.sequenceNr(), w.eventType().id(), who.session(),
          w.workshopId(), who.trainee(), w.at(), payload, null, null);
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
