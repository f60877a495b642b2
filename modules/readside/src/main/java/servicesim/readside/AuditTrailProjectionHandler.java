package servicesim.readside;

import akka.persistence.query.Sequence;
import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import servicesim.simulation.Notices;

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
    Object event = envelope.event();
    return AuditRow.of(((Sequence) envelope.offset()).value(), envelope.persistenceId(), envelope.sequenceNr(), event,
        mapper.writeValueAsString(event));
  }
}
