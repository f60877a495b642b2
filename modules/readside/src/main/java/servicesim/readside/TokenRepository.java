package servicesim.readside;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bearer tokens of the HTTP API. Only the SHA-256 of a token is stored: the token itself is shown once, when it is
 * created, and cannot be read back from the database.
 */
public final class TokenRepository {

  /** What a token grants: a role, and for a trainee the one trainee id it acts as. */
  public record StoredToken(String role, String traineeId, Instant createdAt) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DataSource dataSource;

  public TokenRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Creates a token and returns it; only its hash is kept. */
  public String create(String role, String traineeId, Instant createdAt, String createdBy) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = "ss_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try (var c = dataSource.getConnection()) {
      Sql.update(c, "INSERT INTO api_tokens (token_hash, role, trainee_id, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
          hash(token), role, traineeId, createdAt, createdBy);
    } catch (java.sql.SQLException e) {
      throw new ReadModelException(e);
    }
    return token;
  }

  /** What the token grants, if it is one of ours. */
  public Optional<StoredToken> find(String token) {
    if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
    return Sql.query(dataSource, "SELECT role, trainee_id, created_at FROM api_tokens WHERE token_hash = ?",
        rs -> new StoredToken(rs.getString(1), rs.getString(2), Sql.instant(rs, "created_at")), hash(token))
        .stream().findFirst();
  }

  public long count() {
    return Sql.query(dataSource, "SELECT COUNT(*) FROM api_tokens", rs -> rs.getLong(1)).get(0);
  }

  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
