package servicesim.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import servicesim.files.ContentHash;

/**
 * The tamper-evident chain over a session's events: each event's {@code hash} is SHA-256 over the previous event's
 * hash and the event's canonical JSON (all fields but {@code prevHash} and {@code hash}, keys sorted, no whitespace).
 * Altering, removing or reordering a stored event breaks the chain from that event on.
 */
public final class HashChain {

  /** The "previous hash" of a session's first event. */
  public static final String GENESIS = "0".repeat(64);

  public static final String PREV_HASH = "prevHash";
  public static final String HASH = "hash";

  private final ObjectMapper mapper;

  /** @param mapper the mapper the journal serializes events with, so that the JSON hashed is the JSON stored */
  public HashChain(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public String hash(String prevHash, Object event) {
    return hash(prevHash, mapper.valueToTree(event));
  }

  public String hash(String prevHash, JsonNode event) {
    MessageDigest digest = ContentHash.digest();
    digest.update(prevHash.getBytes(StandardCharsets.UTF_8));
    digest.update(canonical(event).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The event's JSON without its chain fields, with every object's keys sorted. */
  public static String canonical(JsonNode event) {
    JsonNode copy = event.deepCopy();
    if (copy instanceof ObjectNode o) {
      o.remove(PREV_HASH);
      o.remove(HASH);
    }
    return sorted(copy).toString();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      Iterator<String> it = o.fieldNames();
      it.forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (String name : names) out.set(name, sorted(o.get(name)));
      return out;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      a.forEach(item -> out.add(sorted(item)));
      return out;
    }
    return node;
  }

  /** The result of checking one session's chain: where it first breaks, if anywhere. */
  public record Check(String persistenceId, long events, boolean intact, Long firstBrokenSeqNr, String reason) {
    public static Check ok(String persistenceId, long events) {
      return new Check(persistenceId, events, true, null, null);
    }

    public static Check broken(String persistenceId, long events, long seqNr, String reason) {
      return new Check(persistenceId, events, false, seqNr, reason);
    }
  }

  /** Checks stored events (as JSON, in sequence order) of one session. */
  public Check verify(String persistenceId, List<Map.Entry<Long, JsonNode>> events) {
    String prev = GENESIS;
    long expected = 1;
    for (Map.Entry<Long, JsonNode> e : events) {
      long seqNr = e.getKey();
      JsonNode json = e.getValue();
      if (seqNr != expected) {
        return Check.broken(persistenceId, events.size(), expected, "event " + expected + " is missing");
      }
      String storedPrev = json.path(PREV_HASH).asText(null);
      String storedHash = json.path(HASH).asText(null);
      if (storedHash == null || storedPrev == null) {
        return Check.broken(persistenceId, events.size(), seqNr, "event " + seqNr + " carries no hash");
      }
      if (!storedPrev.equals(prev)) {
        return Check.broken(persistenceId, events.size(), seqNr,
            "event " + seqNr + " does not follow event " + (seqNr - 1) + " (previous hash differs)");
      }
      String recomputed = hash(prev, json);
      if (!recomputed.equals(storedHash)) {
        return Check.broken(persistenceId, events.size(), seqNr,
            "event " + seqNr + " was altered (its content no longer matches its hash)");
      }
      prev = storedHash;
      expected++;
    }
    return Check.ok(persistenceId, events.size());
  }
}
