package servicesim.readside;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The audit trail: one row per stored event, keyed by the journal's global order. Rows are written by one projection
 * in that order, so a cursor ({@code after}) never skips a row that commits later: paging is stable under writes.
 */
public final class AuditRepository {

  private static final String COLUMNS = "ordering, persistence_id, seq_nr, event_type, session_id, workshop_id, "
      + "trainee_id, occurred_at, payload, prev_hash, hash";

  private final DataSource dataSource;

  public AuditRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Adds rows inside a projection's transaction. */
  public static void insert(Connection c, List<AuditRow> rows) throws SQLException {
    if (rows.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_events (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditRow r : rows) {
        Sql.bind(ps, r.ordering(), r.persistenceId(), r.seqNr(), r.type(), r.sessionId(), r.workshopId(),
            r.traineeId(), r.occurredAt(), r.payload(), r.prevHash(), r.hash());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Every row (or one entity's) in the journal's global order: what verification holds against the journal. */
  static Sql.Cursor<AuditRow> rows(Connection c, String persistenceId) throws SQLException {
    String where = persistenceId == null ? "" : " WHERE persistence_id = ?";
    Object[] params = persistenceId == null ? new Object[0] : new Object[] {persistenceId};
    return new Sql.Cursor<>(c, "SELECT " + COLUMNS + " FROM audit_events" + where + " ORDER BY ordering",
        AuditRepository::row, params);
  }

  /** A page of events matching {@code filter} with {@code ordering > after}, oldest first. */
  public List<AuditRow> page(AuditFilter filter, long after, int limit) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, after, params);
    params.add(limit);
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM audit_events" + where + " ORDER BY ordering LIMIT ?",
        AuditRepository::row, params.toArray());
  }

  /** Every event matching {@code filter}, read in pages of {@code pageSize}: memory stays flat however many. */
  public long forEach(AuditFilter filter, int pageSize, Consumer<AuditRow> consumer) {
    long after = 0;
    long count = 0;
    while (true) {
      List<AuditRow> page = page(filter, after, pageSize);
      for (AuditRow r : page) consumer.accept(r);
      count += page.size();
      if (page.size() < pageSize) return count;
      after = page.get(page.size() - 1).ordering();
    }
  }

  /** A session's own events (its hash chain), in sequence order. */
  public List<AuditRow> session(String sessionId) {
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM audit_events WHERE persistence_id = ? ORDER BY seq_nr",
        AuditRepository::row, JournalRepository.persistenceId(sessionId));
  }

  public Optional<AuditRow> byOrdering(long ordering) {
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM audit_events WHERE ordering = ?", AuditRepository::row,
        ordering).stream().findFirst();
  }

  public long count() {
    return Sql.query(dataSource, "SELECT COUNT(*) FROM audit_events", rs -> rs.getLong(1)).get(0);
  }

  /** How many events match {@code filter}. */
  public long count(AuditFilter filter) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, 0, params);
    return Sql.query(dataSource, "SELECT COUNT(*) FROM audit_events" + where, rs -> rs.getLong(1), params.toArray())
        .get(0);
  }

  /** The newest {@code limit} events matching {@code filter}, oldest first: where a live view of them starts. */
  public List<AuditRow> latest(AuditFilter filter, int limit) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, 0, params);
    params.add(limit);
    List<AuditRow> newestFirst = Sql.query(dataSource, "SELECT " + COLUMNS + " FROM audit_events" + where
        + " ORDER BY ordering DESC LIMIT ?", AuditRepository::row, params.toArray());
    List<AuditRow> out = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(out);
    return out;
  }

  public long maxOrdering() {
    return Sql.query(dataSource, "SELECT COALESCE(MAX(ordering), 0) FROM audit_events", rs -> rs.getLong(1)).get(0);
  }

  private static String where(AuditFilter f, long after, List<Object> params) {
    StringBuilder w = new StringBuilder(" WHERE ordering > ?");
    params.add(after);
    if (f.workshopId() != null) {
      w.append(" AND workshop_id = ?");
      params.add(f.workshopId());
    }
    if (f.traineeId() != null) {
      w.append(" AND trainee_id = ?");
      params.add(f.traineeId());
    }
    if (f.sessionId() != null) {
      w.append(" AND session_id = ?");
      params.add(f.sessionId());
    }
    if (f.type() != null) {
      w.append(" AND event_type = ?");
      params.add(f.type());
    }
    if (f.from() != null) {
      w.append(" AND occurred_at >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      w.append(" AND occurred_at < ?");
      params.add(f.to());
    }
    return w.toString();
  }

  static AuditRow row(ResultSet rs) throws SQLException {
    return new AuditRow(rs.getLong("ordering"), rs.getString("persistence_id"), rs.getLong("seq_nr"),
        rs.getString("event_type"), rs.getString("session_id"), rs.getString("workshop_id"),
        rs.getString("trainee_id"), Sql.instant(rs, "occurred_at"), rs.getString("payload"),
        rs.getString("prev_hash"), rs.getString("hash"));
  }
}
