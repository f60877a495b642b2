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
 * The tamper-evident chain over the events of one stream, a session's or a workshop's: each event's {@code hash} is SHA-256 over the previous event's
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

  /** The chain of the entities of this actor system, hashing with its persistence mapper. */
  public static HashChain of(akka.actor.typed.ActorSystem<?> system) {
    return new HashChain(akka.serialization.jackson.JacksonObjectMapperProvider.get(system)
        .getOrCreate("jackson-json", java.util.Optional.empty()));
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

  /** A stream's newest link: its sequence number and hash. */
  public record Head(long seqNr, String hash) {
    public static final Head START = new Head(0, GENESIS);

    /** After an event with this hash (an event stored before its stream was chained has none). */
    public Head next(String eventHash) {
      return new Head(seqNr + 1, eventHash == null ? "" : eventHash);
    }
  }

  /** Puts an event at its place in a stream's chain: its sequence number, the previous event's hash and its own. */
  @FunctionalInterface
  public interface Link<E> {
    E at(E event, long seqNr, String prevHash, String hash);
  }

  /**
   * The events of one stream (a session's, a workshop's) chained after its event {@code seqNr} whose hash is
   * {@code lastHash}: the one way every stream's events get their {@code prevHash} and {@code hash}.
   */
  public <E> List<E> append(long seqNr, String lastHash, List<E> events, Link<E> link) {
    List<E> out = new ArrayList<>(events.size());
    String prev = lastHash;
    long n = seqNr;
    for (E e : events) {
      n++;
      String hash = hash(prev, link.at(e, n, prev, ""));
      out.add(link.at(e, n, prev, hash));
      prev = hash;
    }
    return out;
  }

  /** What is wrong with one stored event of a chain. */
  public record Break(long seqNr, String reason) {}

  /**
   * Checks one stream's stored events as they come, in sequence order, and names every break, never only the first:
   * an event whose content no longer matches its own hash, one that carries no hash, and one whose previous hash is
   * not the hash of the event stored before it. Where events are missing the link is not judged (the gap is its own
   * finding); each event's content still is.
   */
  public final class Follower {
    private final boolean unchainedStart;
    private long lastSeqNr;
    private String lastHash = GENESIS;
    private boolean chained;

    private Follower(boolean unchainedStart) {
      this.unchainedStart = unchainedStart;
    }

    public List<Break> next(long seqNr, JsonNode json) {
      List<Break> breaks = new ArrayList<>(1);
      String storedPrev = json.path(PREV_HASH).isTextual() ? json.path(PREV_HASH).asText() : null;
      String storedHash = json.path(HASH).isTextual() ? json.path(HASH).asText() : null;
      if (storedHash == null || storedPrev == null || storedHash.isEmpty()) {
        if (chained || !unchainedStart || seqNr != lastSeqNr + 1) {
          breaks.add(new Break(seqNr, "event " + seqNr + " carries no hash: it is outside the chain"));
        }
      } else {
        chained = true;
        if (seqNr == lastSeqNr + 1 && !storedPrev.equals(lastHash)) {
          breaks.add(new Break(seqNr, seqNr == 1 ? "event 1 does not begin the chain (its previous hash is not the "
              + "genesis hash)" : "event " + seqNr + " does not follow event " + (seqNr - 1)
              + " (its previous hash is not that event's hash)"));
        }
        if (!hash(storedPrev, json).equals(storedHash)) {
          breaks.add(new Break(seqNr, "event " + seqNr + " was altered (its content no longer matches its hash)"));
        }
      }
      lastSeqNr = seqNr;
      lastHash = storedHash == null ? "" : storedHash;
      return breaks;
    }
  }

  /** A follower for a stream whose every event is chained (a session's). */
  public Follower follower() {
    return new Follower(false);
  }

  /**
   * A follower for a stream that may begin with events stored before its kind was chained (a workshop's): those, and
   * only an unbroken run of them from its first event, carry no hash; the chain starts after them.
   */
  public Follower followerAfterUnchained() {
    return new Follower(true);
  }

  /** The result of checking one stream's chain: where it first breaks, if anywhere. */
  public record Check(String persistenceId, long events, boolean intact, Long firstBrokenSeqNr, String reason) {
    public static Check ok(String persistenceId, long events) {
      return new Check(persistenceId, events, true, null, null);
    }

    public static Check broken(String persistenceId, long events, long seqNr, String reason) {
      return new Check(persistenceId, events, false, seqNr, reason);
    }
  }

  /** Checks stored events (as JSON, in sequence order) of one stream. */
  public Check verify(String persistenceId, List<Map.Entry<Long, JsonNode>> events) {
    Follower follower = new Follower(false);
    long expected = 1;
    for (Map.Entry<Long, JsonNode> e : events) {
      if (e.getKey() != expected) {
        return Check.broken(persistenceId, events.size(), expected, "event " + expected + " is missing");
      }
      List<Break> breaks = follower.next(e.getKey(), e.getValue());
      if (!breaks.isEmpty()) return Check.broken(persistenceId, events.size(), e.getKey(), breaks.get(0).reason());
      expected++;
    }
    return Check.ok(persistenceId, events.size());
  }
}
