package servicesim.service;

import java.util.List;
import java.util.Optional;
import servicesim.ledger.Checkpoint;
import servicesim.ledger.LedgerKey;
import servicesim.readside.AuditFilter;
import servicesim.readside.AuditRow;
import servicesim.readside.AuditVerifier;
import servicesim.readside.ReadSide;

/**
 * What auditors read: the audit trail page by page, a session's trail, whether its chain holds, the whole ledger
 * verified (against a checkpoint signed by this installation's key, if one is given), a session's inclusion proofs,
 * and the public key checkpoints are signed with.
 */
public final class AuditQueries {

  private final ReadSide readSide;
  private final LedgerKey key;

  public AuditQueries(Node node, LedgerKey key) {
    this.readSide = node.readSide();
    this.key = key;
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

  /** The session's hash chain, recomputed from the journal and compared with the audit trail, its row and scores. */
  public AuditVerifier.Report verify(String sessionId) {
    return readSide.verifier().verifySession(sessionId);
  }

  /** The whole journal and every read model, and the checkpoint if one is given. */
  public AuditVerifier.Report verifyAll(Optional<Checkpoint> checkpoint) {
    return readSide.verifier().verifyAll(checkpoint, key.publicKey(), id -> { });
  }

  /** The session's events with their inclusion proofs in the tree of the journal's first {@code treeSize} events. */
  public AuditVerifier.Proof proof(String sessionId, Long treeSize) {
    return readSide.verifier().proof(sessionId, treeSize);
  }

  public LedgerKey key() {
    return key;
  }
}
