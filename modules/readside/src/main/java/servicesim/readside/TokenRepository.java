package servicesim.readside;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bearer tokens of the HTTP API. Only the SHA-256 of a token is stored: the token itself is shown once, when it is
 * created, and cannot be read back from the database. Each token also has a public id, by which it is listed and
 * revoked. Nothing is cached: a revoked token is refused by every node from its next request on.
 */
public final class TokenRepository {

  /** What a new token grants: a role, for a trainee the trainee and workshop it acts in, and when it expires. */
  public record Grant(String role, String traineeId, String workshopId, Instant expiresAt) {}

  /** A token as stored (never its secret). */
  public record StoredToken(String id, String role, String traineeId, String workshopId, Instant createdAt,
      String createdBy, Instant expiresAt, Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    /** Why the token grants nothing at {@code now}, if it does not. */
    public Optional<String> refusal(Instant now) {
      if (revokedAt != null) return Optional.of("the bearer token was revoked");
      if (expiresAt != null && !now.isBefore(expiresAt)) return Optional.of("the bearer token has expired");
      return Optional.empty();
    }
  }

  /** A token just created: its id, and its secret, which exists nowhere else. */
  public record Created(String id, String token) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String COLUMNS = "token_id, role, trainee_id, workshop_id, created_at, created_by, expires_at, "
      + "revoked_at, revoked_by, last_used_at";

  private final DataSource dataSource;

  public TokenRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates a token and returns its id and secret; only the secret's hash is kept. */
  public Created create(Grant grant, Instant createdAt, String createdBy) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = "ss_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    byte[] id = new byte[8];
    RANDOM.nextBytes(id);
    String tokenId = "tok-" + HexFormat.of().formatHex(id);
    try (var c = dataSource.getConnection()) {
      Sql.update(c, "INSERT INTO api_tokens (token_hash, token_id, role, trainee_id, workshop_id, created_at, "
              + "created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          hash(token), tokenId, grant.role(), grant.traineeId(), grant.workshopId(), createdAt, createdBy,
          grant.expiresAt());
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    return new Created(tokenId, token);
  }

  /** Creates a token without workshop or expiry and returns its secret. */
  public String create(String role, String traineeId, Instant createdAt, String createdBy) {
    return create(new Grant(role, traineeId, null, null), createdAt, createdBy).token();
  }

  /** The token as stored, if it is one of ours (revoked and expired ones included: the caller says why it fails). */
  public Optional<StoredToken> find(String token) {
    if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM api_tokens WHERE token_hash = ?",
        TokenRepository::row, hash(token)).stream().findFirst();
  }

  public Optional<StoredToken> byId(String id) {
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM api_tokens WHERE token_id = ?", TokenRepository::row, id)
        .stream().findFirst();
  }

  /** Every token, oldest first. */
  public List<StoredToken> list() {
    return Sql.query(dataSource, "SELECT " + COLUMNS + " FROM api_tokens ORDER BY created_at, token_id",
        TokenRepository::row);
  }

  /** Revokes a token; false if there is none with this id or it was revoked already. */
  public boolean revoke(String id, Instant at, String by) {
    try (var c = dataSource.getConnection()) {
      return Sql.update(c, "UPDATE api_tokens SET revoked_at = ?, revoked_by = ? WHERE token_id = ? AND revoked_at "
          + "IS NULL", at, by, id) == 1;
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
  }

  /** Records that the token was used. */
  public void used(String id, Instant at) {
    try (var c = dataSource.getConnection()) {
      Sql.update(c, "UPDATE api_tokens SET last_used_at = ? WHERE token_id = ?", at, id);
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
  }

  public long count() {
    return Sql.query(dataSource, "SELECT COUNT(*) FROM api_tokens", rs -> rs.getLong(1)).get(0);
  }

  private static StoredToken row(ResultSet rs) throws SQLException {
    return new StoredToken(rs.getString("token_id"), rs.getString("role"), rs.getString("trainee_id"),
        rs.getString("workshop_id"), Sql.instant(rs, "created_at"), rs.getString("created_by"),
        Sql.instant(rs, "expires_at"), Sql.instant(rs, "revoked_at"), rs.getString("revoked_by"),
        Sql.instant(rs, "last_used_at"));
  }

  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
