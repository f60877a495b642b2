package servicesim.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import servicesim.policy.transcript.SessionEvent;
import servicesim.readside.ReadSide;
import servicesim.readside.SessionRow;
import servicesim.readside.StoredScore;

/** What clients read about sessions: their stored events, their scores, and the sessions of a trainee. */
public final class SessionQueries {

  private final ReadSide readSide;

  public SessionQueries(Node node) {
    this.readSide = node.readSide();
  }

  /** The session's events from {@code fromSeqNr} on, as stored (1 for all of them). */
  public CompletionStage<List<SessionEvent>> events(String sessionId, long fromSeqNr) {
    return readSide.journal().sessionEvents(sessionId, fromSeqNr);
  }

  /** The session's score under the policy version it ran with, once it is scored. */
  public Optional<StoredScore> score(String sessionId) {
    return readSide.scores().get(sessionId, null, null);
  }

  public List<SessionRow> byTrainee(String traineeId) {
    return readSide.sessions().byTrainee(traineeId);
  }
}
