package servicesim.readside;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import servicesim.files.ContentHash;
import servicesim.policy.writing.WritingChecker;
import servicesim.policy.writing.WritingIssue;

/**
 * A writing checker that keeps its findings in the database by text: a message checked once — a scripted line replayed
 * in every run, every session rescored — is not checked again while the checker's version stays the same, so the
 * checker (LanguageTool: seconds and hundreds of megabytes to load) loads only for text it has not seen.
 */
public final class StoredWritingChecks implements WritingChecker {

  private static final TypeReference<List<WritingIssue>> ISSUES = new TypeReference<>() {};

  private final DataSource dataSource;
  private final ObjectMapper mapper;
  private final WritingChecker checker;
  private final Map<String, List<WritingIssue>> seen = new ConcurrentHashMap<>();

  public StoredWritingChecks(DataSource dataSource, ObjectMapper mapper, WritingChecker checker) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.checker = checker;
  }

  @Override
  public Optional<List<WritingIssue>> check(String language, List<String> variants, String text,
      Set<String> knownWords) {
    if (!checker.languages().contains(language)) return Optional.empty();
    String key = key(language, variants, text, knownWords);
    List<WritingIssue> found = seen.get(key);
    if (found == null) found = stored(key).orElse(null);
    if (found == null) {
      found = checker.check(language, variants, text, knownWords).orElseThrow();
      store(key, language, text, found);
    }
    seen.put(key, found);
    return Optional.of(found);
  }

  /** Whether every one of these texts has been checked in this language (with whatever names and variants). */
  public boolean allChecked(String language, Collection<String> texts) {
    Set<String> wanted = new TreeSet<>();
    for (String text : texts) wanted.add(sha256(text));
    if (wanted.isEmpty()) return true;
    List<Object> params = new java.util.ArrayList<>(List.of(checker.version(), language));
    params.addAll(wanted);
    List<Long> found = Sql.query(dataSource, "SELECT COUNT(DISTINCT text_sha256) FROM writing_checks WHERE checker = ? "
        + "AND language = ? AND text_sha256 IN (" + String.join(", ", java.util.Collections.nCopies(wanted.size(), "?"))
        + ")", rs -> rs.getLong(1), params.toArray());
    return found.get(0) == wanted.size();
  }

  @Override
  public Set<String> languages() {
    return checker.languages();
  }

  @Override
  public String version() {
    return checker.version();
  }

  private String key(String language, List<String> variants, String text, Set<String> knownWords) {
    StringBuilder b = new StringBuilder(checker.version()).append('\0').append(language).append('\0');
    new TreeSet<>(variants).forEach(v -> b.append(v).append(','));
    b.append('\0');
    new TreeSet<>(knownWords).forEach(w -> b.append(w).append('\u001f'));
    return sha256(b.append('\0').append(text).toString());
  }

  private Optional<List<WritingIssue>> stored(String key) {
    List<String> rows = Sql.query(dataSource, "SELECT issues FROM writing_checks WHERE check_key = ?",
        rs -> rs.getString(1), key);
    if (rows.isEmpty()) return Optional.empty();
    try {
      return Optional.of(List.copyOf(mapper.readValue(rows.get(0), ISSUES)));
    } catch (JsonProcessingException e) {
      // a row this version cannot read is checked again and replaced
      try (Connection c = dataSource.getConnection()) {
        Sql.update(c, "DELETE FROM writing_checks WHERE check_key = ?", key);
      } catch (SQLException gone) {
        throw new ReadModelException(gone);
      }
      return Optional.empty();
    }
  }

  private void store(String key, String language, String text, List<WritingIssue> issues) {
    try (Connection c = dataSource.getConnection()) {
      Sql.update(c, "INSERT INTO writing_checks (check_key, checker, language, text_sha256, issues) VALUES (?, ?, ?, ?, ?)",
          key, checker.version(), language, sha256(text), mapper.writeValueAsString(issues));
    } catch (SQLException e) {
      // another node stored the same check first: the findings are the same
      if (!"23505".equals(e.getSQLState()) && e.getErrorCode() != 23505) throw new ReadModelException(e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store writing findings", e);
    }
  }

  private static String sha256(String text) {
    return ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
