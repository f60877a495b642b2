package servicesim.readside;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import servicesim.policy.Policy;
import servicesim.policy.scoring.SessionScore;
import servicesim.policy.transcript.SessionEvent;

/**
 * Scores every ended session again under another policy version. Scores under earlier versions stay; a session
 * already scored under this version is left as it is, so an interrupted rescore can simply be run again.
 */
public final class Rescorer {

  public record Result(long scored, long skipped, List<String> failures) {}

  private static final int PAGE = 200;

  private final DataSource dataSource;
  private final ObjectMapper mapper;
  private final SessionScorer scorer;
  private final JournalRepository journal;
  private final SessionRepository sessions;

  public Rescorer(DataSource dataSource, ObjectMapper mapper, SessionScorer scorer, JournalRepository journal) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.scorer = scorer;
    this.journal = journal;
    this.sessions = new SessionRepository(dataSource);
  }

  public long total() {
    return sessions.countEnded();
  }

  /** @param progress hears each session id once it is done */
  public Result rescore(Policy policy, Instant at, Consumer<String> progress) {
    long scored = 0;
    long skipped = 0;
    List<String> failures = new ArrayList<>();
    String after = "";
    while (true) {
      List<String> page = sessions.endedIds(after, PAGE);
      if (page.isEmpty()) break;
      for (String sessionId : page) {
        try (Connection c = dataSource.getConnection()) {
          c.setAutoCommit(false);
          if (rescore(c, sessionId, policy, at)) scored++;
          else skipped++;
          c.commit();
        } catch (SQLException | RuntimeException e) {
          failures.add(sessionId + ": " + e.getMessage());
        } catch (Exception e) {
          failures.add(sessionId + ": " + e);
        }
        progress.accept(sessionId);
      }
      after = page.get(page.size() - 1);
    }
    return new Result(scored, skipped, List.copyOf(failures));
  }

  private boolean rescore(Connection c, String sessionId, Policy policy, Instant at) throws Exception {
    if (ScoreRepository.exists(c, sessionId, policy.id(), policy.version())) return false;
    List<SessionEvent> events = journal.sessionEvents(c, sessionId);
    SessionScorer.Scored scored = scorer.score(events, policy);
    SessionEvent.SessionStarted started = scored.started();
    // the session's overrides carry over to the new version beside its new machine verdicts
    SessionScore fin = ScoreRepository.save(c, mapper, sessionId, scored.score(), at, policy.passMark());
    KpiRepository.add(c, started.workshopId(), started.traineeId(), fin,
        scored.scenario().facts().complaint());
    return true;
  }
}
