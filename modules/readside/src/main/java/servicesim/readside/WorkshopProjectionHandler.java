package servicesim.readside;

import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import servicesim.simulation.Notices;
import servicesim.simulation.WorkshopEntity;

/** Applies workshop events to the workshop tables. */
final class WorkshopProjectionHandler extends JdbcHandler<List<EventEnvelope<WorkshopEntity.Event>>, PooledJdbcSession> {

  private final Notices notices;

  WorkshopProjectionHandler(Notices notices) {
    this.notices = notices;
  }

  @Override
  public void process(PooledJdbcSession session, List<EventEnvelope<WorkshopEntity.Event>> envelopes) throws Exception {
    Map<String, Long> changed = new LinkedHashMap<>();
    session.withConnection(c -> {
      for (EventEnvelope<WorkshopEntity.Event> envelope : envelopes) {
        WorkshopRepository.apply(c, envelope.event());
        changed.put(envelope.event().workshopId(), envelope.sequenceNr());
      }
      return null;
    });
    session.afterCommit(() -> changed.forEach((w, seqNr) ->
        notices.publish(new Notices.Notice(Notices.workshop(w), seqNr))));
  }
}
