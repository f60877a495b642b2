package servicesim.readside;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import servicesim.files.ContentHash;
import servicesim.policy.Policy;
import servicesim.policy.acts.Lexicons;
import servicesim.scenario.Scenario;

/**
 * Keeps the text of every scenario and policy version a session ran with. A policy version is fixed once used: the
 * same id and version with a different policy file or lexicons is refused, because scores would no longer say which
 * rules they were judged by.
 */
public final class VersionRepository {

  /** A stored policy version: its file and its lexicons, by language. */
  public record StoredPolicy(String content, Map<String, String> lexicons, String fingerprint) {}

  /** Raised when a policy's content changed but its version did not. */
  public static final class PolicyChangedException extends RuntimeException {
    public PolicyChangedException(String message) {
      super(message);
    }
  }

  private static final TypeReference<Map<String, String>> LEXICONS = new TypeReference<>() {};

  /** Scenario versions known to be stored, per database: a live start then asks the database only once per file. */
  private static final Map<DataSource, Set<String>> REGISTERED =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private final DataSource dataSource;
  private final ObjectMapper mapper;

  public VersionRepository(DataSource dataSource, ObjectMapper mapper) {
    this.dataSource = dataSource;
    this.mapper = mapper;
  }

  public void registerScenario(Scenario scenario, Instant at) {
    Set<String> known = REGISTERED.computeIfAbsent(dataSource, ds -> ConcurrentHashMap.newKeySet());
    if (known.contains(scenario.sha256())) return;
    if (scenarioContent(scenario.sha256()).isPresent()) {
      known.add(scenario.sha256());
      return;
    }
    String content;
    try {
      byte[] bytes = Files.readAllBytes(Path.of(scenario.file()));
      if (!ContentHash.sha256(bytes).equals(scenario.sha256())) {
        throw new IllegalStateException("scenario file " + scenario.file() + " changed while it was being used");
      }
      content = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read scenario file " + scenario.file() + ": " + e.getMessage(), e);
    }
    insertIgnoringDuplicate("INSERT INTO scenario_versions (sha256, scenario_id, file_name, content, first_used) "
        + "VALUES (?, ?, ?, ?, ?)", scenario.sha256(), scenario.id(), scenario.file(), content, at);
    known.add(scenario.sha256());
  }

  /** Records a policy version on first use; refuses a changed policy under a version already recorded. */
  public void registerPolicy(Policy policy, Path policyFile, Instant at) {
    String content;
    Map<String, String> lexicons;
    try {
      content = Files.readString(policyFile);
      lexicons = Lexicons.texts(policy.lexiconDirectory());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read policy " + policy.label() + ": " + e.getMessage(), e);
    }
    String fingerprint = fingerprint(content, lexicons);
    Optional<StoredPolicy> stored = policy(policy.id(), policy.version());
    if (stored.isPresent()) {
      if (stored.get().fingerprint().equals(fingerprint)) return;
      throw new PolicyChangedException("policy '" + policy.id() + "' version " + policy.version()
          + " was first used with other content (its file or lexicons have changed since): raise 'version' in "
          + policyFile + " so that scores say which rules judged them");
    }
    try {
      insertIgnoringDuplicate("INSERT INTO policy_versions (policy_id, version, sha256, content, lexicons, first_used) "
          + "VALUES (?, ?, ?, ?, ?, ?)", policy.id(), policy.version(), fingerprint, content,
          mapper.writeValueAsString(new TreeMap<>(lexicons)), at);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<String> scenarioContent(String sha256) {
    return Sql.query(dataSource, "SELECT content FROM scenario_versions WHERE sha256 = ?", rs -> rs.getString(1), sha256)
        .stream().findFirst();
  }

  public Optional<StoredPolicy> policy(String id, int version) {
    return Sql.query(dataSource, "SELECT content, lexicons, sha256 FROM policy_versions WHERE policy_id = ? AND "
        + "version = ?", rs -> {
          try {
            return new StoredPolicy(rs.getString(1), mapper.readValue(rs.getString(2), LEXICONS), rs.getString(3));
          } catch (IOException e) {
            throw new SQLException("unreadable lexicons of policy " + id + "@" + version, e);
          }
        }, id, version).stream().findFirst();
  }

  public List<String[]> policyVersions() {
    return Sql.query(dataSource, "SELECT policy_id, version FROM policy_versions ORDER BY policy_id, version",
        rs -> new String[] {rs.getString(1), String.valueOf(rs.getInt(2))});
  }

  static String fingerprint(String content, Map<String, String> lexicons) {
    StringBuilder b = new StringBuilder(ContentHash.sha256(content.getBytes(StandardCharsets.UTF_8)));
    new TreeMap<>(lexicons).forEach((lang, text) ->
        b.append(':').append(lang).append('=').append(ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8))));
    return ContentHash.sha256(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void insertIgnoringDuplicate(String sql, Object... params) {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, sql, params);
    } catch (SQLException e) {
      // another process recorded the same version first: what matters is that it is there
      if (!"23505".equals(e.getSQLState()) && e.getErrorCode() != 23505) throw new ReadModelException(e);
    }
  }
}
