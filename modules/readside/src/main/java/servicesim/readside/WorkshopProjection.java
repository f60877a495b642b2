package servicesim.readside;

import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.ShardedDaemonProcessSettings;
import akka.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.Offset;
import akka.projection.ProjectionBehavior;
import akka.projection.ProjectionId;
import akka.projection.eventsourced.EventEnvelope;
import akka.projection.eventsourced.javadsl.EventSourcedProvider;
import akka.projection.javadsl.GroupedProjection;
import akka.projection.javadsl.SourceProvider;
import akka.projection.jdbc.javadsl.JdbcProjection;
import java.time.Duration;
import java.util.Optional;
import servicesim.simulation.Notices;
import servicesim.simulation.WorkshopEntity;

/** Workshops with their trainees and assigned sessions, exactly once, from the {@code workshop} tag. */
public final class WorkshopProjection {

  public static final String NAME = "workshops";

  private WorkshopProjection() {}

  public static void init(ActorSystem<?> system, Database database) {
    ShardedDaemonProcess.get(system).init(ProjectionBehavior.Command.class, NAME, 1,
        i -> ProjectionBehavior.create(projection(system, database)),
        ShardedDaemonProcessSettings.create(system), Optional.of(ProjectionBehavior.stopMessage()));
  }

  static GroupedProjection<Offset, EventEnvelope<WorkshopEntity.Event>> projection(ActorSystem<?> system,
      Database database) {
    SourceProvider<Offset, EventEnvelope<WorkshopEntity.Event>> source =
        EventSourcedProvider.eventsByTag(system, JdbcReadJournal.Identifier(), WorkshopEntity.WORKSHOP_TAG);
    return JdbcProjection.groupedWithin(ProjectionId.of(NAME, WorkshopEntity.WORKSHOP_TAG), source,
            () -> new PooledJdbcSession(database.dataSource()),
            () -> new WorkshopProjectionHandler(Notices.get(system)), system)
        .withGroup(500, Duration.ofMillis(200));
  }
}
