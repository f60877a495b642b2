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
import java.util.List;
import java.util.Optional;
import servicesim.simulation.SessionEntity;
import servicesim.policy.transcript.SessionEvent;
import servicesim.simulation.Notices;

/**
 * Scores sessions as they end, exactly once: when a {@code SessionEnded} arrives, the session's events are read back
 * from the journal, judged by the policy version the session ran under, and the score, every verdict with its
 * evidence, and the trainee's KPI aggregate are written in the same transaction as the projection's offset. One
 * instance per session tag.
 */
public final class ScoringProjection {

  public static final String NAME = "scoring";

  private ScoringProjection() {}

  public static void init(ActorSystem<?> system, Database database, ObjectMapper mapper, SessionScorer scorer,
      JournalRepository journal, SessionEntity.Tags tags) {
    List<String> scoring = tags.scoring();
    ShardedDaemonProcess.get(system).init(ProjectionBehavior.Command.class, NAME, scoring.size(),
        i -> ProjectionBehavior.create(projection(system, database, mapper, scorer, journal, scoring.get(i))),
        ShardedDaemonProcessSettings.create(system), Optional.of(ProjectionBehavior.stopMessage()));
  }

  static GroupedProjection<Offset, EventEnvelope<SessionEvent>> projection(ActorSystem<?> system,
      Database database, ObjectMapper mapper, SessionScorer scorer, JournalRepository journal, String tag) {
    SourceProvider<Offset, EventEnvelope<SessionEvent>> source =
        EventSourcedProvider.eventsByTag(system, JdbcReadJournal.Identifier(), tag);
    return JdbcProjection.groupedWithin(ProjectionId.of(NAME, tag), source,
            () -> new PooledJdbcSession(database.dataSource()),
            () -> new ScoringProjectionHandler(mapper, scorer, journal, Notices.get(system)), system)
        .withGroup(500, Duration.ofMillis(200));
  }
}
