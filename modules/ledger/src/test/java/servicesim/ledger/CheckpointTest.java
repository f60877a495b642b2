package servicesim.ledger;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.Assert;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** The signing key lives in an owner-only file; checkpoints round-trip through their file and any change breaks them. */
public class CheckpointTest extends JUnitSuite {

  private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  public void theKeyIsCreatedOnceOwnerOnlyAndRefusedWhenOthersCanReadIt() throws Exception {
    Path dir = Files.createTempDirectory("ledger-key-");
    Path file = dir.resolve("data").resolve(LedgerKey.FILE);
    LedgerKey.Loaded first = LedgerKey.loadOrCreate(file);
    assertTrue(first.created());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    LedgerKey.Loaded again = LedgerKey.loadOrCreate(file);
    assertFalse(again.created());
    assertEquals(first.key().publicKeyBase64(), again.key().publicKeyBase64());
    assertEquals(16, first.key().keyId().length());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    LedgerException e = Assert.assertThrows(LedgerException.class, () -> LedgerKey.load(file));
    assertTrue(e.getMessage(), e.getMessage().contains("chmod 600"));
  }

  @Test
  public void aCheckpointRoundTripsAndAnyChangeBreaksItsSignature() throws Exception {
    LedgerKey key = LedgerKey.loadOrCreate(Files.createTempDirectory("ledger-cp-").resolve(LedgerKey.FILE)).key();
    MerkleTree.Accumulator tree = new MerkleTree.Accumulator();
    tree.add(Leaf.hash("Session|s-1", 1, "Started", "{}".getBytes(StandardCharsets.UTF_8)));
    Map<String, Checkpoint.Head> heads = Map.of("Session|s-1", new Checkpoint.Head(1, "ab".repeat(32)));
    Checkpoint cp = Checkpoint.sign(tree.size(), tree.root(), AT, heads, key);
    assertTrue(cp.signedBy(key.publicKey()));
    Checkpoint read = Checkpoint.parse(cp.toJson(), "cp.json");
    assertEquals(cp, read);
    assertTrue(read.signedBy(LedgerKey.publicKey(read.publicKey())));

    String json = cp.toJson();
    for (String[] edit : new String[][] {{"\"treeSize\" : 1", "\"treeSize\" : 2"}, {cp.rootHash(), "00".repeat(32)},
        {"\"seqNr\" : 1", "\"seqNr\" : 2"}, {"2026-11-23T09:00:00Z", "2026-11-24T09:00:00Z"}}) {
      Checkpoint forged = Checkpoint.parse(json.replace(edit[0], edit[1]), "forged.json");
      assertFalse(edit[0], forged.signedBy(key.publicKey()));
    }
    LedgerKey other = LedgerKey.loadOrCreate(Files.createTempDirectory("ledger-other-").resolve(LedgerKey.FILE)).key();
    assertFalse(cp.signedBy(other.publicKey()));
  }

  @Test
  public void aFileThatIsNoCheckpointSaysWhy() {
    assertTrue(message("{}").contains("not a checkpoint"));
    assertTrue(message("[1").contains("not JSON"));
    assertTrue(message("{\"format\":\"servicesim-checkpoint/1\",\"treeSize\":\"x\"}").contains("'treeSize'"));
  }

  private static String message(String text) {
    return Assert.assertThrows(LedgerException.class, () -> Checkpoint.parse(text, "c.json")).getMessage();
  }

  @Test
  public void leavesDependOnEveryPartOfTheEvent() {
    byte[] payload = "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8);
    byte[] leaf = Leaf.hash("Session|a", 3, "AgentMessageSent", payload);
    assertFalse(java.util.Arrays.equals(leaf, Leaf.hash("Session|b", 3, "AgentMessageSent", payload)));
    assertFalse(java.util.Arrays.equals(leaf, Leaf.hash("Session|a", 4, "AgentMessageSent", payload)));
    assertFalse(java.util.Arrays.equals(leaf, Leaf.hash("Session|a", 3, "CustomerNudged", payload)));
    assertFalse(java.util.Arrays.equals(leaf, Leaf.hash("Session|a", 3, "AgentMessageSent",
        "{\"text\":\"ho\"}".getBytes(StandardCharsets.UTF_8))));
  }
}
