package servicesim.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What the tree holds for one event of the journal: its entity, its sequence number, its type (the serializer's
 * manifest) and the payload bytes exactly as stored. Any change to a stored event, a move to another entity or
 * place, or a new type, changes its leaf.
 */
public final class Leaf {

  private Leaf() {}

  public static byte[] data(String persistenceId, long seqNr, String manifest, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 128);
    out.writeBytes((persistenceId + "\n" + seqNr + "\n" + manifest + "\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(payload);
    return out.toByteArray();
  }

  public static byte[] hash(String persistenceId, long seqNr, String manifest, byte[] payload) {
    return MerkleTree.leafHash(data(persistenceId, seqNr, manifest, payload));
  }
}
