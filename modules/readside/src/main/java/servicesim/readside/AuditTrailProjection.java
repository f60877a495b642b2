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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;
import servicesim.simulation.Notices;
import servicesim.simulation.SessionEntity;

/**
 * Writes the audit trail: one row per event of every session and workshop, exactly once, in the journal's global
 * order. A single instance reads the {@code audit} tag, so rows appear in order and cursor paging never skips one.
 */
public final class AuditTrailProjection {

  public static final String NAME = "audit-trail";

  private AuditTrailProjection() {}

  public static void init(ActorSystem<?> system, Database database, ObjectMapper mapper) {
    ShardedDaemonProcess.get(system).init(ProjectionBehavior.Command.class, NAME, 1,
        i -> ProjectionBehavior.create(projection(system, database, mapper)),
        ShardedDaemonProcessSettings.create(system), Optional.of(ProjectionBehavior.stopMessage()));
  }

  static GroupedProjection<Offset, EventEnvelope<Object>> projection(ActorSystem<?> system, Database database,
      ObjectMapper mapper) {
    SourceProvider<Offset, EventEnvelope<Object>> source =
        EventSourcedProvider.eventsByTag(system, JdbcReadJournal.Identifier(), SessionEntity.AUDIT_TAG);
    return JdbcProjection.groupedWithin(ProjectionId.of(NAME, SessionEntity.AUDIT_TAG), source,
            () -> new PooledJdbcSession(database.dataSource()), () -> new AuditTrailProjectionHandler(mapper, Notices.get(system)), system)
        .withGroup(1000, Duration.ofMillis(200));
  }
}
