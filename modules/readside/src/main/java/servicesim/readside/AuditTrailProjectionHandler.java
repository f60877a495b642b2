package servicesim.readside;

import akka.persistence.query.Sequence;
import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.WorkshopEntity;

/** Turns each stored event into an audit row, with the values an auditor filters on pulled out of the event. */
final class AuditTrailProjectionHandler extends JdbcHandler<List<EventEnvelope<Object>>, PooledJdbcSession> {

  private final ObjectMapper mapper;

  AuditTrailProjectionHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void process(PooledJdbcSession session, List<EventEnvelope<Object>> envelopes) throws Exception {
    List<AuditRow> rows = new ArrayList<>(envelopes.size());
    for (EventEnvelope<Object> envelope : envelopes) rows.add(row(envelope));
    session.withConnection(c -> {
      AuditRepository.insert(c, rows);
      return null;
    });
  }

  private AuditRow row(EventEnvelope<Object> envelope) throws Exception {
    long ordering = ((Sequence) envelope.offset()).value();
    Object event = envelope.event();
    String type = event.getClass().getSimpleName();
    String payload = mapper.writeValueAsString(event);
    if (event instanceof SessionEntity.Event e) {
      return new AuditRow(ordering, envelope.persistenceId(), envelope.sequenceNr(), type, e.sessionId(),
          e.workshopId(), e.traineeId(), e.at(), payload, e.prevHash(), e.hash());
    }
    WorkshopEntity.Event w = (WorkshopEntity.Event) event;
    String session = w instanceof WorkshopEntity.SessionAssigned a ? a.sessionId() : null;
    String trainee = w instanceof WorkshopEntity.SessionAssigned a ? a.traineeId()
        : w instanceof WorkshopEntity.TraineeEnrolled t ? t.traineeId() : null;
    Instant at = w.at();
    return new AuditRow(ordering, envelope.persistenceId(), envelope.sequenceNr(), type, session, w.workshopId(),
        trainee, at, payload, null, null);
  }
}
