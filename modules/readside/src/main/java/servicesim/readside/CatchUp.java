package servicesim.readside;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * How far each projection is behind the journal: the number of events of its tag after its stored offset. Reports
 * and the CLI wait for zero before printing, so every number shown comes from events the read side has seen.
 */
public final class CatchUp {

  public record Lag(String projection, String tag, long behind) {}

  private final DataSource dataSource;
  private final JournalRepository journal;
  private final SessionEntity.Tags tags;

  public CatchUp(DataSource dataSource, JournalRepository journal, SessionEntity.Tags tags) {
    this.dataSource = dataSource;
    this.journal = journal;
    this.tags = tags;
  }

  public List<Lag> lags() {
    return lags(projection -> true);
  }

  /** How many events one projection (over all its tags) has still to see. */
  public long behind(String projection) {
    return lags(projection::equals).stream().mapToLong(Lag::behind).sum();
  }

  private List<Lag> lags(java.util.function.Predicate<String> wanted) {
    Map<String, Long> offsets = new HashMap<>();
    for (Object[] row : Sql.query(dataSource, "SELECT \"projection_name\", \"projection_key\", \"current_offset\" "
        + "FROM \"akka_projection_offset_store\"", rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
      offsets.put(row[0] + "/" + row[1], Long.parseLong((String) row[2]));
    }
    List<Lag> lags = new ArrayList<>();
    if (wanted.test(AuditTrailProjection.NAME)) {
      lags.add(lag(offsets, AuditTrailProjection.NAME, SessionEntity.AUDIT_TAG));
    }
    if (wanted.test(WorkshopProjection.NAME)) {
      lags.add(lag(offsets, WorkshopProjection.NAME, WorkshopEntity.WORKSHOP_TAG));
    }
    if (wanted.test(ScoringProjection.NAME)) {
      for (String tag : tags.scoring()) lags.add(lag(offsets, ScoringProjection.NAME, tag));
    }
    if (wanted.test(ReviewProjection.NAME)) {
      lags.add(lag(offsets, ReviewProjection.NAME, servicesim.simulation.ReviewEntity.REVIEW_TAG));
    }
    return lags;
  }

  public long totalBehind() {
    return lags().stream().mapToLong(Lag::behind).sum();
  }

  private Lag lag(Map<String, Long> offsets, String projection, String tag) {
    long offset = offsets.getOrDefault(projection + "/" + tag, 0L);
    return new Lag(projection, tag, journal.taggedAfter(tag, offset));
  }
}
