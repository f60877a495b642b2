package servicesim.readside;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Who read the audit trail, what and when: one row per auditor request, paged by id for admins. */
public final class AccessLogRepository {

  /** One request: when, by which token (and role), the method, path and query, the status it was answered with. */
  public record Access(long id, Instant at, String tokenId, String role, String method, String path, String query,
      int status, String client) {}

  private final DataSource dataSource;

  public AccessLogRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void record(Access a) {
    try (var c = dataSource.getConnection()) {
      Sql.update(c, "INSERT INTO audit_access (at, token_id, role, method, path, query, status, client) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.at(), a.tokenId(), a.role(), a.method(), a.path(), a.query(),
          a.status(), a.client());
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
  }

  /** Requests after id {@code after}, oldest first, optionally of one token and within [from, to). */
  public List<Access> page(String tokenId, Instant from, Instant to, long after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT id, at, token_id, role, method, path, query, status, client "
        + "FROM audit_access WHERE id > ?");
    List<Object> params = new ArrayList<>(List.of(after));
    if (tokenId != null) {
      sql.append(" AND token_id = ?");
      params.add(tokenId);
    }
    if (from != null) {
      sql.append(" AND at >= ?");
      params.add(from);
    }
    if (to != null) {
      sql.append(" AND at < ?");
      params.add(to);
    }
    sql.append(" ORDER BY id LIMIT ").append(limit);
    return Sql.query(dataSource, sql.toString(), rs -> new Access(rs.getLong("id"), Sql.instant(rs, "at"),
        rs.getString("token_id"), rs.getString("role"), rs.getString("method"), rs.getString("path"),
        rs.getString("query"), rs.getInt("status"), rs.getString("client")), params.toArray());
  }
}
