package servicesim.readside;

import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.policy.Policy;
import servicesim.policy.transcript.SessionEvent;

/** Records sessions as they start and end, and scores each ended session under its own policy version. */
final class ScoringProjectionHandler extends JdbcHandler<List<EventEnvelope<SessionEvent>>, PooledJdbcSession> {

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
  public void process(PooledJdbcSession session, List<EventEnvelope<SessionEvent>> envelopes) throws Exception {
    session.withConnection(c -> {
      for (EventEnvelope<SessionEvent> envelope : envelopes) {
        SessionEvent event = envelope.event();
        if (event instanceof SessionEvent.SessionStarted started) {
          SessionRepository.started(c, started);
        } else if (event instanceof SessionEvent.SessionEnded ended) {
          SessionRepository.ended(c, ended);
          score(c, ended);
        }
      }
      return null;
    });
  }

  private void score(Connection c, SessionEvent.SessionEnded ended) throws Exception {
    List<SessionEvent> events = journal.sessionEvents(c, ended.sessionId());
    Policy policy = scorer.policyOf(events).orElseThrow(() -> new IllegalStateException("the policy of session "
        + ended.sessionId() + " is unknown"));
    if (ScoreRepository.exists(c, ended.sessionId(), policy.id(), policy.version())) return;
    SessionScorer.Scored scored = scorer.score(events.subList(0, (int) ended.seqNr()), policy);
    ScoreRepository.save(c, mapper, ended.sessionId(), scored.score(), ended.at());
    KpiRepository.add(c, ended.workshopId(), ended.traineeId(), scored.score(), scored.scenario().facts().complaint());
    log.debug("scored {}: {} under {}", ended.sessionId(), scored.score().score(), policy.label());
  }
}
