package servicesim.readside;

import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.policy.Policy;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.transcript.SessionEvent;
import servicesim.simulation.Notices;

/** Records sessions as they start and end, and scores each ended session under its own policy version. */
final class ScoringProjectionHandler extends JdbcHandler<List<EventEnvelope<SessionEvent>>, PooledJdbcSession> {

  private static final Logger log = LoggerFactory.getLogger(ScoringProjectionHandler.class);

  private final ObjectMapper mapper;
  private final SessionScorer scorer;
  private final JournalRepository journal;
  private final Notices notices;

  ScoringProjectionHandler(ObjectMapper mapper, SessionScorer scorer, JournalRepository journal, Notices notices) {
    this.mapper = mapper;
    this.scorer = scorer;
    this.journal = journal;
    this.notices = notices;
  }

  @Override
  public void process(PooledJdbcSession session, List<EventEnvelope<SessionEvent>> envelopes) throws Exception {
    List<Notices.Notice> changed = new ArrayList<>();
    session.withConnection(c -> {
      for (EventEnvelope<SessionEvent> envelope : envelopes) {
        SessionEvent event = envelope.event();
        changed.add(new Notices.Notice(Notices.session(event.sessionId()), event.seqNr()));
        changed.add(new Notices.Notice(Notices.workshop(event.workshopId()), event.seqNr()));
        if (event instanceof SessionEvent.SessionStarted started) {
          SessionRepository.started(c, started);
        } else if (event instanceof SessionEvent.SessionEnded ended) {
          SessionRepository.ended(c, ended);
          score(c, ended);
        }
      }
      return null;
    });
    // a session's start, end and score show on its stream and its workshop's scoreboard
    session.afterCommit(() -> changed.forEach(notices::publish));
  }

  private void score(Connection c, SessionEvent.SessionEnded ended) throws Exception {
    List<SessionEvent> events = journal.sessionEvents(c, ended.sessionId());
    Policy policy = scorer.policyOf(events).orElseThrow(() -> new IllegalStateException("the policy of session "
        + ended.sessionId() + " is unknown"));
    if (ScoreRepository.exists(c, ended.sessionId(), policy.id(), policy.version())) return;
    SessionScorer.Scored scored = scorer.score(events.subList(0, (int) ended.seqNr()), policy);
    SessionScore fin = ScoreRepository.save(c, mapper, ended.sessionId(), scored.score(), ended.at(), policy.passMark());
    KpiRepository.add(c, ended.workshopId(), ended.traineeId(), fin, scored.scenario().facts().complaint());
    log.debug("scored {}: {} under {}", ended.sessionId(), scored.score().score(), policy.label());
  }
}
