package servicesim.readside;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small JDBC helpers shared by the repositories: parameters, times in UTC, and queries that map rows. */
final class Sql {

  private Sql() {}

  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant t) ps.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
      else ps.setObject(i + 1, p);
    }
  }

  static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) out.add(mapper.map(rs));
        return out;
      }
    }
  }

  static <T> List<T> query(DataSource ds, String sql, RowMapper<T> mapper, Object... params) {
    try (Connection c = ds.getConnection()) {
      return query(c, sql, mapper, params);
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /**
   * Rows read one at a time, fetched from the server in batches (PostgreSQL streams only outside autocommit): a pass
   * over a whole table in flat memory.
   */
  static final class Cursor<T> implements AutoCloseable {
    private final PreparedStatement ps;
    private final ResultSet rs;
    private final RowMapper<T> mapper;
    private T next;

    Cursor(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
      this.ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      this.mapper = mapper;
      ps.setFetchSize(500);
      bind(ps, params);
      this.rs = ps.executeQuery();
      advance();
    }

    private void advance() throws SQLException {
      next = rs.next() ? mapper.map(rs) : null;
    }

    /** The next row without taking it, or null at the end. */
    T peek() {
      return next;
    }

    T take() throws SQLException {
      T row = next;
      advance();
      return row;
    }

    @Override
    public void close() throws SQLException {
      try {
        rs.close();
      } finally {
        ps.close();
      }
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static Timestamp timestamp(Instant t) {
    return t == null ? null : Timestamp.from(t);
  }

  static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
