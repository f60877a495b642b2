package servicesim.service;

import java.util.List;
import servicesim.readside.AuditFilter;
import servicesim.readside.AuditRow;
import servicesim.readside.AuditVerifier;
import servicesim.readside.ReadSide;

/** What auditors read: the audit trail page by page, a session's trail, and whether its chain holds. */
public final class AuditQueries {

  private final ReadSide readSide;

  public AuditQueries(Node node) {
    this.readSide = node.readSide();
  }

  /** Rows matching {@code filter} after the ordering {@code after}, oldest first. */
  public List<AuditRow> page(AuditFilter filter, long after, int limit) {
    return readSide.audit().page(filter, after, limit);
  }

  /** How many rows match {@code filter}. */
  public long count(AuditFilter filter) {
    return readSide.audit().count(filter);
  }

  /** A session's own events, in sequence order. */
  public List<AuditRow> session(String sessionId) {
    return readSide.audit().session(sessionId);
  }

  /** Where the audit trail ends now. */
  public long last() {
    return readSide.audit().maxOrdering();
  }

  /** The session's hash chain, recomputed from the journal and compared with the audit trail. */
  public AuditVerifier.Report verify(String sessionId) {
    return readSide.verifier().verifySession(sessionId);
  }
}
