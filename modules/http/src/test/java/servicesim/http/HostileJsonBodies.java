package servicesim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pholser.junit.quickcheck.generator.GenerationStatus;
import com.pholser.junit.quickcheck.generator.Generator;
import com.pholser.junit.quickcheck.random.SourceOfRandomness;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * JSON bodies as a hostile client sends them: objects of the API's own field names and others, holding values of
 * every JSON type (text where numbers go and numbers where text goes, huge numbers, long and strange strings, ids
 * that are not ids), nested up to a hundred levels; sometimes cut short, padded with garbage or given bytes that are
 * not UTF-8.
 */
public final class HostileJsonBodies extends Generator<HostileJsonBodies.Request> {

  /** A body, and choices made with it: which endpoint, which caller, which declared charset (indexes). */
  public record Request(byte[] body, int endpoint, int caller, int charset) {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] FIELDS = {"role", "trainee", "workshop", "expiresIn", "workshopId", "scenarioId",
      "text", "subject", "type", "fields", "id", "title", "policy", "mode", "timeScale", "scenarios", "trainees",
      "name", "live", "agent", "file", "how", "what", "at", "extra", "__proto__", ""};
  private static final String[] STRINGS = {"trainee", "auditor", "admin", "trainer", "ana", "sam", "practice-1",
      "refund-defective-unit", "resolve", "record-complaint", "8h", "-1d", "400d", "demo", "../../etc/passwd",
      "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "\uFEFF", "\u202Eevil", "\uD83D\uDE00", "\uD800",
      "1e309", "NaN", "null", "true", "Thank you for calling, this is Ana. How can I help?"};

  public HostileJsonBodies() {
    super(Request.class);
  }

  @Override
  public Request generate(SourceOfRandomness random, GenerationStatus status) {
    return new Request(body(random), random.nextInt(0, 1000), random.nextInt(0, 1000), random.nextInt(0, 1000));
  }

  private byte[] body(SourceOfRandomness random) {
    JsonNode root = random.nextInt(8) == 0 ? value(random, 0) : object(random, 0);
    String text = root.toString();
    if (random.nextInt(12) == 0) text = "[".repeat(random.nextInt(60, 30_000)) + text;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return switch (random.nextInt(14)) {
      case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(0, bytes.length));
      case 1 -> concat(bytes, new byte[] {(byte) 0xFF, (byte) 0xC3});
      case 2 -> concat(bytes, "}}]]garbage".getBytes(StandardCharsets.UTF_8));
      default -> bytes;
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private ObjectNode object(SourceOfRandomness random, int depth) {
    ObjectNode o = JSON.objectNode();
    int n = random.nextInt(0, 6);
    for (int i = 0; i < n; i++) o.set(random.choose(FIELDS), value(random, depth + 1));
    return o;
  }

  private JsonNode value(SourceOfRandomness random, int depth) {
    int kind = depth > 100 ? random.nextInt(0, 5) : random.nextInt(0, 8);
    return switch (kind) {
      case 0 -> JSON.textNode(random.choose(STRINGS));
      case 1 -> JSON.textNode("x".repeat(random.nextInt(0, 5000)));
      case 2 -> JSON.numberNode(random.nextLong());
      case 3 -> random.nextBoolean() ? JSON.numberNode(new BigInteger(200, random.toJDKRandom()))
          : JSON.numberNode(random.nextDouble(-1e300, 1e300));
      case 4 -> random.nextBoolean() ? JSON.booleanNode(random.nextBoolean()) : JSON.nullNode();
      case 5 -> object(random, depth);
      default -> {
        ArrayNode a = JSON.arrayNode();
        int n = random.nextInt(0, 4);
        for (int i = 0; i < n; i++) a.add(value(random, depth + 1));
        yield a;
      }
    };
  }
}
