package servicesim.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A signed statement of the whole journal at one moment: its tree size and Merkle root, and the last event (sequence
 * number and leaf hash) of every session and workshop. An auditor keeps it outside the system; verifying against it
 * later proves that every event it covers is still there, unchanged and in its place, and names the entity where it is
 * not. The signature covers {@link #signedText()}, which pins the heads by their digest.
 */
public record Checkpoint(long treeSize, String rootHash, Instant time, SortedMap<String, Head> heads, String keyId,
    String publicKey, String signature) {

  public static final String FORMAT = "servicesim-checkpoint/1";
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The last event of one entity when the checkpoint was taken: its sequence number and leaf hash. */
  public record Head(long seqNr, String leafHash) {}

  /** Signs the tree's size and root, the time, and the heads. */
  public static Checkpoint sign(long treeSize, byte[] root, Instant time, Map<String, Head> heads, LedgerKey key) {
    SortedMap<String, Head> sorted = new TreeMap<>(heads);
    String rootHex = HexFormat.of().formatHex(root);
    String text = signedText(treeSize, rootHex, time, headsHash(sorted));
    String signature = Base64.getEncoder().encodeToString(key.sign(text.getBytes(StandardCharsets.UTF_8)));
    return new Checkpoint(treeSize, rootHex, time, sorted, key.keyId(), key.publicKeyBase64(), signature);
  }

  public String signedText() {
    return signedText(treeSize, rootHash, time, headsHash(heads));
  }

  private static String signedText(long treeSize, String root, Instant time, String headsHash) {
    return "servicesim checkpoint v1\n" + treeSize + "\n" + root + "\n" + time + "\n" + headsHash + "\n";
  }

  /** SHA-256 over one line per entity, in id order: "persistenceId seqNr leafHash". */
  public static String headsHash(SortedMap<String, Head> heads) {
    var digest = MerkleTree.sha256();
    heads.forEach((id, h) -> digest.update((id + " " + h.seqNr() + " " + h.leafHash() + "\n")
        .getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(digest.digest());
  }

  public byte[] root() {
    return HexFormat.of().parseHex(rootHash);
  }

  /** Whether the signature is this key's over this checkpoint's content. */
  public boolean signedBy(PublicKey key) {
    try {
      return LedgerKey.verify(key, signedText().getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(signature));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("format", FORMAT);
    n.put("treeSize", treeSize);
    n.put("rootHash", rootHash);
    n.put("time", time.toString());
    n.put("headsHash", headsHash(heads));
    n.put("keyId", keyId);
    n.put("publicKey", publicKey);
    n.put("signature", signature);
    ObjectNode h = n.putObject("heads");
    heads.forEach((id, head) -> h.putObject(id).put("seqNr", head.seqNr()).put("leafHash", head.leafHash()));
    try {
      return JSON.writeValueAsString(n) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Checkpoint read(Path file) throws LedgerException {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new LedgerException(file + ": no such file");
    } catch (IOException e) {
      throw new LedgerException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** A checkpoint from its JSON; {@code name} says where it came from in messages. */
  public static Checkpoint parse(String text, String name) throws LedgerException {
    JsonNode n;
    try {
      n = JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new LedgerException(name + ": not a checkpoint (not JSON: " + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new LedgerException(name + ": cannot read: " + e.getMessage());
    }
    if (n == null || !n.isObject() || !FORMAT.equals(n.path("format").asText())) {
      throw new LedgerException(name + ": not a checkpoint (expected \"format\": \"" + FORMAT + "\")");
    }
    long size = n.path("treeSize").asLong(-1);
    String root = n.path("rootHash").asText("");
    if (size < 0 || !n.path("treeSize").isIntegralNumber()) throw new LedgerException(name + ": 'treeSize' must be a "
        + "whole number");
    if (!HASH.matcher(root).matches()) throw new LedgerException(name + ": 'rootHash' must be 64 hex digits");
    Instant time;
    try {
      time = Instant.parse(n.path("time").asText(""));
    } catch (DateTimeParseException e) {
      throw new LedgerException(name + ": 'time' must be an ISO-8601 instant");
    }
    SortedMap<String, Head> heads = new TreeMap<>();
    JsonNode h = n.path("heads");
    if (!h.isObject()) throw new LedgerException(name + ": 'heads' must be an object");
    for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String leaf = e.getValue().path("leafHash").asText("");
      long seqNr = e.getValue().path("seqNr").asLong(-1);
      if (seqNr < 1 || !HASH.matcher(leaf).matches()) {
        throw new LedgerException(name + ": the head of '" + e.getKey() + "' needs a 'seqNr' and a 64-hex 'leafHash'");
      }
      heads.put(e.getKey(), new Head(seqNr, leaf));
    }
    String keyId = n.path("keyId").asText("");
    String publicKey = n.path("publicKey").asText("");
    String signature = n.path("signature").asText("");
    if (signature.isEmpty()) throw new LedgerException(name + ": the checkpoint is not signed");
    return new Checkpoint(size, root, time, heads, keyId, publicKey, signature);
  }
}
