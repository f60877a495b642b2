package servicesim.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle Tree Hash of RFC 6962 (section 2.1; RFC 9162 section 2.1), as Certificate Transparency logs keep it:
 * leaves hashed as SHA-256(0x00 || data), nodes as SHA-256(0x01 || left || right), a tree of n leaves split at the
 * largest power of two below n. Inclusion and consistency proofs are generated and verified by the RFC's algorithms.
 */
public final class MerkleTree {

  public static final int HASH_BYTES = 32;

  private MerkleTree() {}

  public static byte[] leafHash(byte[] data) {
    MessageDigest d = sha256();
    d.update((byte) 0x00);
    d.update(data);
    return d.digest();
  }

  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest d = sha256();
    d.update((byte) 0x01);
    d.update(left);
    d.update(right);
    return d.digest();
  }

  /** The root of the empty tree: SHA-256 of nothing. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /**
   * Builds the root leaf by leaf in memory proportional to log n: perfect subtrees are merged as they complete, and the
   * ones left at the end are folded right to left, which is exactly the RFC's split at the largest power of two.
   */
  public static final class Accumulator {
    private final List<byte[]> hashes = new ArrayList<>();
    private final List<Long> sizes = new ArrayList<>();
    private long size;

    public void add(byte[] leafHash) {
      byte[] h = leafHash;
      long s = 1;
      while (!sizes.isEmpty() && sizes.get(sizes.size() - 1) == s) {
        h = nodeHash(hashes.remove(hashes.size() - 1), h);
        sizes.remove(sizes.size() - 1);
        s *= 2;
      }
      hashes.add(h);
      sizes.add(s);
      size++;
    }

    public long size() {
      return size;
    }

    public byte[] root() {
      if (hashes.isEmpty()) return emptyRoot();
      byte[] r = hashes.get(hashes.size() - 1);
      for (int i = hashes.size() - 2; i >= 0; i--) r = nodeHash(hashes.get(i), r);
      return r;
    }
  }

  /** Leaf hashes held compactly, 32 bytes each in one array, with the proofs of the RFC over them. */
  public static final class Leaves {
    /** Subtrees this large keep their hash once computed, so that many proofs over one tree cost little more than one. */
    private static final int CACHED_FROM = 256;

    private byte[] data = new byte[HASH_BYTES * 1024];
    private int size;
    private final java.util.Map<Long, byte[]> subtrees = new java.util.HashMap<>();

    public void add(byte[] leafHash) {
      if ((size + 1) * HASH_BYTES > data.length) data = Arrays.copyOf(data, data.length * 2);
      System.arraycopy(leafHash, 0, data, size * HASH_BYTES, HASH_BYTES);
      size++;
    }

    public int size() {
      return size;
    }

    public byte[] get(int index) {
      return Arrays.copyOfRange(data, index * HASH_BYTES, (index + 1) * HASH_BYTES);
    }

    /** MTH(D[from:to]). */
    public byte[] root(int from, int to) {
      if (to == from) return emptyRoot();
      if (to - from == 1) return get(from);
      if (to - from >= CACHED_FROM) {
        long key = ((long) from << 32) | to;
        byte[] known = subtrees.get(key);
        if (known != null) return known;
        byte[] h = split(from, to);
        subtrees.put(key, h);
        return h;
      }
      return split(from, to);
    }

    private byte[] split(int from, int to) {
      int k = largestPowerOfTwoBelow(to - from);
      return nodeHash(root(from, from + k), root(from + k, to));
    }

    public byte[] root(int treeSize) {
      return root(0, treeSize);
    }

    /** PATH(index, D[0:treeSize]), from the leaf's sibling up. */
    public List<byte[]> inclusionProof(int index, int treeSize) {
      if (index < 0 || index >= treeSize || treeSize > size) {
        throw new IllegalArgumentException("no leaf " + index + " in a tree of " + treeSize);
      }
      List<byte[]> proof = new ArrayList<>();
      path(index, 0, treeSize, proof);
      return proof;
    }

    private void path(int m, int from, int to, List<byte[]> proof) {
      int n = to - from;
      if (n <= 1) return;
      int k = largestPowerOfTwoBelow(n);
      if (m < k) {
        path(m, from, from + k, proof);
        proof.add(root(from + k, to));
      } else {
        path(m - k, from + k, to, proof);
        proof.add(root(from, from + k));
      }
    }

    /** PROOF(first, D[0:second]): that the tree of {@code first} leaves is a prefix of the one of {@code second}. */
    public List<byte[]> consistencyProof(int first, int second) {
      if (first < 0 || first > second || second > size) {
        throw new IllegalArgumentException("no consistency between trees of " + first + " and " + second);
      }
      List<byte[]> proof = new ArrayList<>();
      if (first > 0 && first < second) subproof(first, 0, second, true, proof);
      return proof;
    }

    private void subproof(int m, int from, int to, boolean whole, List<byte[]> proof) {
      int n = to - from;
      if (m == n) {
        if (!whole) proof.add(root(from, to));
        return;
      }
      int k = largestPowerOfTwoBelow(n);
      if (m <= k) {
        subproof(m, from, from + k, whole, proof);
        proof.add(root(from + k, to));
      } else {
        subproof(m - k, from + k, to, false, proof);
        proof.add(root(from, from + k));
      }
    }
  }

  /** RFC 9162 section 2.1.3.2: whether the path proves the leaf at {@code index} in the tree of {@code root}. */
  public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> proof, byte[] root) {
    if (index < 0 || index >= treeSize) return false;
    long fn = index;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) return false;
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /** RFC 9162 section 2.1.4.2: whether the proof shows the first tree is a prefix of the second. */
  public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
      List<byte[]> proof) {
    if (first < 0 || first > second) return false;
    if (first == second) return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
    if (first == 0) return proof.isEmpty();
    if (proof.isEmpty()) return false;
    List<byte[]> c = new ArrayList<>(proof);
    if (Long.bitCount(first) == 1) c.add(0, firstRoot);
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = c.get(0);
    byte[] sr = c.get(0);
    for (int i = 1; i < c.size(); i++) {
      if (sn == 0) return false;
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c.get(i), fr);
        sr = nodeHash(c.get(i), sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = nodeHash(sr, c.get(i));
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
  }

  static int largestPowerOfTwoBelow(int n) {
    return Integer.highestOneBit(n - 1);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
