package servicesim.readside;

import akka.actor.typed.ActorSystem;
import akka.cluster.sharding.typed.ShardedDaemonProcessSettings;
import akka.cluster.sharding.typed.javadsl.ShardedDaemonProcess;
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
import servicesim.simulation.ReviewEntity;

/**
 * Writes the review read model from review and calibration events, exactly once: overrides, comments, disputes,
 * invited reviewers and calibrations; on each override the session's stored scores take the new final verdicts and
 * its trainee's KPI aggregate follows. A single instance reads the {@code review} tag.
 */
public final class ReviewProjection {

  public static final String NAME = "review";

  private ReviewProjection() {}

  public static void init(ActorSystem<?> system, Database database, SessionScorer scorer) {
    ShardedDaemonProcess.get(system).init(ProjectionBehavior.Command.class, NAME, 1,
        i -> ProjectionBehavior.create(projection(system, database, scorer)),
        ShardedDaemonProcessSettings.create(system), Optional.of(ProjectionBehavior.stopMessage()));
  }

  static GroupedProjection<Offset, EventEnvelope<Object>> projection(ActorSystem<?> system, Database database,
      SessionScorer scorer) {
    SourceProvider<Offset, EventEnvelope<Object>> source = EventSourcedProvider.eventsByTag(system,
        NotifiedReadJournal.forProjections(system), ReviewEntity.REVIEW_TAG);
    return JdbcProjection.groupedWithin(ProjectionId.of(NAME, ReviewEntity.REVIEW_TAG), source,
            () -> new PooledJdbcSession(database.dataSource()),
            () -> new ReviewProjectionHandler(scorer, Notices.get(system)), system)
        .withGroup(200, Duration.ofMillis(50));
  }
}
