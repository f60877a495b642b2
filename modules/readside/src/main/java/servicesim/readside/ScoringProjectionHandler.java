package servicesim.readside;

import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.policy.Policy;
import servicesim.simulation.SessionEntity;

/** Records sessions as they start and end, and scores each ended session under its own policy version. */
final class ScoringProjectionHandler extends JdbcHandler<List<EventEnvelope<SessionEntity.Event>>, PooledJdbcSession> {

  private static final Logger log = LoggerFactory.getLogger(ScoringProjectionHandler.class);

  private final ObjectMapper mapper;
  private final SessionScorer scorer;
  private final JournalReader journal;

  ScoringProjectionHandler(ObjectMapper mapper, SessionScorer scorer, JournalReader journal) {
    this.mapper = mapper;
    this.scorer = scorer;
    this.journal = journal;
  }

  @Override
  public void process(PooledJdbcSession session, List<EventEnvelope<SessionEntity.Event>> envelopes) throws Exception {
    session.withConnection(c -> {
      for (EventEnvelope<SessionEntity.Event> envelope : envelopes) {
        SessionEntity.Event event = envelope.event();
        if (event instanceof SessionEntity.SessionStarted started) {
          SessionRepository.started(c, started);
        } else if (event instanceof SessionEntity.SessionEnded ended) {
          SessionRepository.ended(c, ended);
          score(c, ended);
        }
      }
      return null;
    });
  }

  private void score(Connection c, SessionEntity.SessionEnded ended) throws Exception {
    List<SessionEntity.Event> events = journal.sessionEvents(c, ended.sessionId());
    SessionEntity.SessionStarted started = (SessionEntity.SessionStarted) events.get(0);
    Policy policy = scorer.policyOf(started).orElseThrow(() -> new IllegalStateException("policy "
        + started.policyId() + "@" + started.policyVersion() + " of session " + started.sessionId() + " is unknown"));
    if (ScoreRepository.exists(c, ended.sessionId(), policy.id(), policy.version())) return;
    SessionScorer.Scored scored = scorer.score(events.subList(0, (int) ended.seqNr()), policy);
    ScoreRepository.save(c, mapper, ended.sessionId(), scored.score(), ended.at());
    KpiRepository.add(c, ended.workshopId(), ended.traineeId(), scored.score(), scored.scenario().facts().complaint());
    log.debug("scored {}: {} under {}", ended.sessionId(), scored.score().score(), policy.label());
  }
}
