package servicesim.ledger;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks the journal as stored, row by row in its global order, and builds the Merkle tree over it: every entity's
 * events must run 1, 2, 3... in that order, none marked deleted. Against a checkpoint it then proves, without trusting
 * the database, that the tree the checkpoint signed is a prefix of today's (consistency), and that each entity's last
 * event then is still there, unchanged and in its place (inclusion); where not, it names the entity and event.
 * Never stops at the first finding.
 */
public final class JournalAudit {

  /** One journal row as stored. */
  public record Row(long ordering, String persistenceId, long seqNr, String manifest, byte[] payload,
      boolean deleted) {}

  /** One thing wrong: the entity (persistence id), the event's sequence number (0: the entity or log as a whole). */
  public record Finding(String persistenceId, long seqNr, String where, String reason) {}

  /** What the checkpoint covered, and whether what is stored now still proves it. */
  public record CheckpointCheck(long treeSize, String keyId, boolean signed, boolean consistent, int headsChecked) {}

  public record Result(long treeSize, byte[] root, SortedMap<String, Checkpoint.Head> heads, List<Finding> findings,
      Optional<CheckpointCheck> checkpoint) {
    public String rootHex() {
      return HexFormat.of().formatHex(root);
    }
  }

  private record Last(long seqNr, int index, String leafHash) {}

  private final Optional<Checkpoint> checkpoint;
  private final MerkleTree.Leaves leaves = new MerkleTree.Leaves();
  private final Map<String, Last> last = new HashMap<>();
  /** Where each head of the checkpoint is now: its leaf's index. */
  private final Map<String, Integer> headIndex = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();

  public JournalAudit(Optional<Checkpoint> checkpoint) {
    this.checkpoint = checkpoint;
  }

  public void add(Row row) {
    byte[] leaf = Leaf.hash(row.persistenceId(), row.seqNr(), row.manifest(), row.payload());
    int index = leaves.size();
    leaves.add(leaf);
    String id = row.persistenceId();
    if (row.deleted()) findings.add(new Finding(id, row.seqNr(), "journal", "event " + row.seqNr() + " is marked deleted"));
    Last before = last.get(id);
    long expected = before == null ? 1 : before.seqNr() + 1;
    if (row.seqNr() > expected) {
      findings.add(new Finding(id, expected, "journal", expected == row.seqNr() - 1 ? "event " + expected
          + " is missing" : "events " + expected + " to " + (row.seqNr() - 1) + " are missing"));
    } else if (row.seqNr() < expected) {
      findings.add(new Finding(id, row.seqNr(), "journal", "event " + row.seqNr() + " is stored after event "
          + (expected - 1) + ": out of order or twice"));
    }
    if (before == null || row.seqNr() > before.seqNr()) {
      last.put(id, new Last(row.seqNr(), index, HexFormat.of().formatHex(leaf)));
    }
    checkpoint.ifPresent(cp -> {
      Checkpoint.Head head = cp.heads().get(id);
      if (head != null && head.seqNr() == row.seqNr()) headIndex.put(id, index);
    });
  }

  /** Every entity's last event now, as a checkpoint records it. */
  public SortedMap<String, Checkpoint.Head> heads() {
    SortedMap<String, Checkpoint.Head> heads = new TreeMap<>();
    last.forEach((id, l) -> heads.put(id, new Checkpoint.Head(l.seqNr(), l.leafHash())));
    return heads;
  }

  public MerkleTree.Leaves leaves() {
    return leaves;
  }

  /** Checks against the checkpoint, if any, with the key this installation's checkpoints must be signed by. */
  public Result finish(PublicKey trusted) {
    byte[] root = leaves.root(leaves.size());
    Optional<CheckpointCheck> check = checkpoint.map(cp -> check(cp, trusted, root));
    return new Result(leaves.size(), root, heads(), List.copyOf(findings), check);
  }

  private CheckpointCheck check(Checkpoint cp, PublicKey trusted, byte[] root) {
    boolean signed = cp.signedBy(trusted);
    if (!signed) {
      String signer = cp.keyId().equals(LedgerKey.keyId(trusted)) ? "" : " (it names key " + cp.keyId()
          + ", this installation's is " + LedgerKey.keyId(trusted) + ")";
      findings.add(new Finding("", 0, "checkpoint", "the checkpoint's signature does not verify with this "
          + "installation's key: it was altered, or signed elsewhere" + signer));
    }
    long m = cp.treeSize();
    int n = leaves.size();
    // equal roots prove every one of the first m events, in its place: each head's own proof is needed only if not
    boolean rootHolds = m <= n && Arrays.equals(leaves.root((int) m), cp.root());
    boolean consistent = rootHolds
        && MerkleTree.verifyConsistency(m, n, cp.root(), root, leaves.consistencyProof((int) m, n));
    if (m > n) {
      findings.add(new Finding("", 0, "checkpoint", "the journal holds " + n + " events, fewer than the " + m
          + " the checkpoint signed: events were removed"));
    } else if (!consistent) {
      findings.add(new Finding("", 0, "checkpoint", "the journal's first " + m + " events no longer hash to the "
          + "checkpoint's root: a stored event was changed, removed, inserted or moved"));
    }
    int checked = 0;
    for (Map.Entry<String, Checkpoint.Head> e : cp.heads().entrySet()) {
      String id = e.getKey();
      Checkpoint.Head head = e.getValue();
      Last now = last.get(id);
      checked++;
      if (now == null) {
        findings.add(new Finding(id, 0, "checkpoint", "no events in the journal; the checkpoint saw "
            + head.seqNr()));
        continue;
      }
      Integer index = headIndex.get(id);
      if (index == null) {
        findings.add(new Finding(id, head.seqNr(), "checkpoint", "event " + head.seqNr() + " is gone: the journal "
            + "ends at event " + now.seqNr() + ", the checkpoint saw " + head.seqNr()));
        continue;
      }
      byte[] leafNow = leaves.get(index);
      if (!HexFormat.of().formatHex(leafNow).equals(head.leafHash())) {
        findings.add(new Finding(id, head.seqNr(), "checkpoint", "event " + head.seqNr() + " differs from the one "
            + "the checkpoint signed: it, or an event before it, was rewritten (and the chain recomputed)"));
        continue;
      }
      // with fewer events than it signed, the checkpoint's tree cannot be rebuilt: the findings above say what is gone
      if (!rootHolds && m <= n && (index >= m || !MerkleTree.verifyInclusion(leafNow, index, m,
          leaves.inclusionProof(index, (int) m), cp.root()))) {
        findings.add(new Finding(id, head.seqNr(), "checkpoint", "event " + head.seqNr() + " is not where the "
            + "checkpoint signed it (now at position " + index + "): events were moved, removed or inserted before it"));
      }
    }
    return new CheckpointCheck(m, cp.keyId(), signed, consistent, checked);
  }
}
