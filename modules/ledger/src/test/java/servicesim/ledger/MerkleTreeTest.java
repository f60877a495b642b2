package servicesim.ledger;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** The tree hash and proofs against RFC 6962's published test vectors, and every proof of trees up to 40 leaves. */
public class MerkleTreeTest extends JUnitSuite {

  private static final HexFormat HEX = HexFormat.of();
  /** The test data of Certificate Transparency's reference implementation. */
  private static final String[] DATA = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
      "606162636465666768696a6b6c6d6e6f"};
  private static final String[] ROOTS = {
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

  private static MerkleTree.Leaves vectorLeaves() {
    MerkleTree.Leaves leaves = new MerkleTree.Leaves();
    for (String d : DATA) leaves.add(MerkleTree.leafHash(HEX.parseHex(d)));
    return leaves;
  }

  private static List<String> hex(List<byte[]> proof) {
    return proof.stream().map(HEX::formatHex).toList();
  }

  @Test
  public void rootsMatchThePublishedVectors() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        HEX.formatHex(MerkleTree.emptyRoot()));
    MerkleTree.Leaves leaves = vectorLeaves();
    MerkleTree.Accumulator acc = new MerkleTree.Accumulator();
    for (int n = 1; n <= 8; n++) {
      assertEquals("size " + n, ROOTS[n - 1], HEX.formatHex(leaves.root(n)));
      acc.add(leaves.get(n - 1));
      assertEquals("streamed, size " + n, ROOTS[n - 1], HEX.formatHex(acc.root()));
    }
  }

  @Test
  public void proofsMatchThePublishedVectors() {
    MerkleTree.Leaves leaves = vectorLeaves();
    assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"), hex(leaves.inclusionProof(0, 8)));
    assertEquals(List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"), hex(leaves.consistencyProof(6, 8)));
    assertEquals(List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"), hex(leaves.consistencyProof(2, 5)));
  }

  @Test
  public void everyProofOfEveryTreeUpToFortyLeavesVerifiesAndTamperingFails() {
    MerkleTree.Leaves leaves = new MerkleTree.Leaves();
    for (int i = 0; i < 40; i++) leaves.add(MerkleTree.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)));
    for (int n = 1; n <= 40; n++) {
      byte[] root = leaves.root(n);
      for (int i = 0; i < n; i++) {
        List<byte[]> path = leaves.inclusionProof(i, n);
        assertTrue(n + "/" + i, MerkleTree.verifyInclusion(leaves.get(i), i, n, path, root));
        assertFalse(MerkleTree.verifyInclusion(leaves.get((i + 1) % 40), i, n, path, root));
        if (n > 1) assertFalse(MerkleTree.verifyInclusion(leaves.get(i), (i + 1) % n, n, path, root));
      }
      for (int m = 0; m <= n; m++) {
        List<byte[]> proof = leaves.consistencyProof(m, n);
        byte[] first = leaves.root(m);
        assertTrue(m + "->" + n, MerkleTree.verifyConsistency(m, n, first, root, proof));
        if (m > 0 && m < n) {
          byte[] other = leaves.root(m - 1 == 0 ? 1 : m - 1);
          if (!java.util.Arrays.equals(other, first)) {
            assertFalse(MerkleTree.verifyConsistency(m, n, other, root, proof));
          }
          List<byte[]> bent = new ArrayList<>(proof);
          bent.set(0, MerkleTree.leafHash(new byte[] {1}));
          assertFalse(MerkleTree.verifyConsistency(m, n, first, root, bent));
        }
      }
    }
  }

  @Test
  public void theRecursiveAndTheStreamedRootAgreeOnLargeTrees() {
    MerkleTree.Leaves leaves = new MerkleTree.Leaves();
    MerkleTree.Accumulator acc = new MerkleTree.Accumulator();
    for (int i = 0; i < 5000; i++) {
      byte[] leaf = MerkleTree.leafHash(new byte[] {(byte) i, (byte) (i >> 8)});
      leaves.add(leaf);
      acc.add(leaf);
    }
    assertArrayEquals(leaves.root(5000), acc.root());
    assertEquals(5000, acc.size());
  }
}
