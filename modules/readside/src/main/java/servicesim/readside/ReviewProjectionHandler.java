package servicesim.readside;

import akka.projection.eventsourced.EventEnvelope;
import akka.projection.jdbc.javadsl.JdbcHandler;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import servicesim.policy.Policy;
import servicesim.simulation.CalibrationEntity;
import servicesim.simulation.Notices;
import servicesim.simulation.ReviewEntity;

/** Turns review and calibration events into the review tables, and overrides into final scores. */
final class ReviewProjectionHandler extends JdbcHandler<List<EventEnvelope<Object>>, PooledJdbcSession> {

  private final SessionScorer scorer;
  private final Notices notices;

  ReviewProjectionHandler(SessionScorer scorer, Notices notices) {
    this.scorer = scorer;
    this.notices = notices;
  }

  @Override
  public void process(PooledJdbcSession session, List<EventEnvelope<Object>> envelopes) throws Exception {
    List<Notices.Notice> changed = new ArrayList<>();
    session.withConnection(c -> {
      for (EventEnvelope<Object> envelope : envelopes) {
        if (envelope.event() instanceof ReviewEntity.Event e) {
          apply(c, e, envelope.sequenceNr());
          changed.add(new Notices.Notice(Notices.session(e.sessionId()), envelope.sequenceNr()));
          changed.add(new Notices.Notice(Notices.workshop(e.workshopId()), envelope.sequenceNr()));
        } else if (envelope.event() instanceof CalibrationEntity.Event e) {
          apply(c, e);
        }
      }
      return null;
    });
    // a changed final verdict shows on the session's stream and its workshop's scoreboard
    session.afterCommit(() -> changed.forEach(notices::publish));
  }

  private void apply(Connection c, ReviewEntity.Event event, long seqNr) throws SQLException {
    if (event instanceof ReviewEntity.ReviewerInvited e) {
      ReviewRepository.invited(c, e.sessionId(), e.reviewerId(), e.by(), e.at());
    } else if (event instanceof ReviewEntity.ReviewCommentAdded e) {
      ReviewRepository.comment(c, new ReviewRepository.Comment(e.sessionId(), seqNr, e.seqNr(), e.ruleId(),
          e.comment(), e.by(), e.role(), e.at()));
    } else if (event instanceof ReviewEntity.VerdictOverridden e) {
      ReviewRepository.override(c, new StoredOverride(e.sessionId(), e.ruleId(), e.machine(), e.before(), e.after(),
          e.reason(), e.by(), e.role(), null, e.at()));
      refinalize(c, e);
    } else if (event instanceof ReviewEntity.DisputeOpened e) {
      ReviewRepository.disputeOpened(c, new ReviewRepository.Dispute(e.sessionId(), e.disputeId(), e.workshopId(),
          e.traineeId(), e.ruleId(), e.verdict(), e.message(), e.at(), "open", null, null, null, null));
    } else if (event instanceof ReviewEntity.DisputeAccepted e) {
      ReviewRepository.disputeDecided(c, e.sessionId(), e.disputeId(), "accepted", e.by(), e.reason(), e.after(),
          e.at());
      ReviewRepository.override(c, new StoredOverride(e.sessionId(), e.ruleId(), e.machine(), e.before(), e.after(),
          e.reason(), e.by(), e.role(), e.disputeId(), e.at()));
      refinalize(c, e);
    } else if (event instanceof ReviewEntity.DisputeRejected e) {
      ReviewRepository.disputeDecided(c, e.sessionId(), e.disputeId(), "rejected", e.by(), e.reason(), null, e.at());
    }
  }

  /** The session's scores take its overrides as they now stand; its trainee's aggregates count the new scores. */
  private void refinalize(Connection c, ReviewEntity.Event e) throws SQLException {
    for (ScoreRepository.Refinalized r : ScoreRepository.refinalize(c, e.sessionId(),
        ReviewRepository.overrides(c, e.sessionId()),
        (id, version) -> scorer.policy(id, version).map(Policy::passMark))) {
      KpiRepository.replace(c, e.workshopId(), e.traineeId(), r.before(), r.after());
    }
  }

  private static void apply(Connection c, CalibrationEntity.Event event) throws SQLException {
    if (event instanceof CalibrationEntity.CalibrationCreated e) {
      ReviewRepository.calibrationCreated(c, e.calibrationId(), e.title(), e.by(), e.at(), e.sessions(),
          e.rules().size(), e.reviewers());
    } else if (event instanceof CalibrationEntity.CalibrationScored e) {
      ReviewRepository.calibrationScored(c, e.calibrationId(), e.by());
    }
  }
}
