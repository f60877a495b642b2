package servicesim.readside;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import servicesim.simulation.HashChain;

/**
 * Recomputes the hash chain of sessions from the bytes stored in the journal, and checks that the audit trail shows
 * the same events: a row altered in either place, an event removed or reordered, is named with its sequence number.
 */
public final class AuditVerifier {

  /** What was wrong with one session, at its first broken event. */
  public record Finding(String sessionId, long seqNr, String where, String reason) {}

  public record Report(long sessions, long events, List<Finding> findings) {
    public boolean intact() {
      return findings.isEmpty();
    }
  }

  private final DataSource dataSource;
  private final ObjectMapper mapper;
  private final JournalRepository journal;
  private final HashChain chain;

  public AuditVerifier(DataSource dataSource, ObjectMapper mapper, JournalRepository journal) {
    this.dataSource = dataSource;
    this.mapper = mapper;
    this.journal = journal;
    this.chain = new HashChain(mapper);
  }

  public Report verifySession(String sessionId) {
    return verify(List.of(sessionId), s -> { });
  }

  /** Every session in the journal; {@code progress} hears each session id as it is checked. */
  public Report verifyAll(Consumer<String> progress) {
    return verify(journal.sessionIds(), progress);
  }

  public long sessionCount() {
    return journal.sessionCount();
  }

  private Report verify(List<String> sessionIds, Consumer<String> progress) {
    long events = 0;
    List<Finding> findings = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      for (String sessionId : sessionIds) {
        progress.accept(sessionId);
        List<JournalRepository.StoredEvent> stored = JournalRepository.stored(c, JournalRepository.persistenceId(sessionId));
        if (stored.isEmpty()) {
          findings.add(new Finding(sessionId, 0, "journal", "no events stored for this session"));
          continue;
        }
        events += stored.size();
        List<Map.Entry<Long, JsonNode>> journal = new ArrayList<>(stored.size());
        for (JournalRepository.StoredEvent e : stored) journal.add(Map.entry(e.seqNr(), parse(e.payload())));
        HashChain.Check check = chain.verify(sessionId, journal);
        if (!check.intact()) {
          findings.add(new Finding(sessionId, check.firstBrokenSeqNr(), "journal", check.reason()));
          continue;
        }
        auditTrailFinding(c, sessionId, journal).ifPresent(findings::add);
      }
    } catch (SQLException e) {
      throw new ReadModelException(e);
    }
    return new Report(sessionIds.size(), events, List.copyOf(findings));
  }

  /** The audit trail must hold the journal's events, unaltered (rows may still be on their way). */
  private java.util.Optional<Finding> auditTrailFinding(Connection c, String sessionId,
      List<Map.Entry<Long, JsonNode>> journal) throws SQLException {
    List<String[]> rows = Sql.query(c, "SELECT seq_nr, payload, hash FROM audit_events WHERE persistence_id = ? "
        + "ORDER BY seq_nr", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
        JournalRepository.persistenceId(sessionId));
    String prev = HashChain.GENESIS;
    for (int i = 0; i < rows.size(); i++) {
      long seqNr = Long.parseLong(rows.get(i)[0]);
      if (seqNr != i + 1) {
        return java.util.Optional.of(new Finding(sessionId, i + 1, "audit trail", "event " + (i + 1) + " is missing"));
      }
      JsonNode row = parse(rows.get(i)[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
      String journalHash = journal.get(i).getValue().path(HashChain.HASH).asText();
      if (!chain.hash(prev, row).equals(journalHash) || !journalHash.equals(rows.get(i)[2])) {
        return java.util.Optional.of(new Finding(sessionId, seqNr, "audit trail",
            "event " + seqNr + " in the audit trail differs from the journal"));
      }
      prev = journalHash;
    }
    return java.util.Optional.empty();
  }

  private JsonNode parse(byte[] payload) {
    try {
      return mapper.readTree(JournalRepository.json(payload));
    } catch (java.io.IOException e) {
      return mapper.createObjectNode().put("unreadable", e.getMessage());
    }
  }
}
