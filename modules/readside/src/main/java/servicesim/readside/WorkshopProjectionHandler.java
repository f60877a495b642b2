package servicesim.readside;

import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import java.util.List;
import servicesim.simulation.WorkshopEntity;

/** Applies workshop events to the workshop tables. */
final class WorkshopProjectionHandler extends JdbcHandler<List<EventEnvelope<WorkshopEntity.Event>>, PooledJdbcSession> {

  @Override
  public void process(PooledJdbcSession session, List<EventEnvelope<WorkshopEntity.Event>> envelopes) throws Exception {
    session.withConnection(c -> {
      for (EventEnvelope<WorkshopEntity.Event> envelope : envelopes) WorkshopRepository.apply(c, envelope.event());
      return null;
    });
  }
}
