package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.scenario.AgentStep;
import servicesim.service.Node;
import servicesim.service.Settings;

/**
 * Over a real socket: a trainer creates a workshop and a token for a live trainee, who plays the phone scenario to the
 * end against the customer in wall time; then an auditor pages through the session's events, verifies its chain and
 * exports it as NDJSON and CSV.
 */
public class LiveSessionEndToEndTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static final String SCENARIO = "refund-defective-unit";

  private Node node;
  private HttpServer server;
  private HttpClient http;
  private ObjectMapper mapper;
  private String base;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @Before
  public void start() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-e2e-");
    String url = "jdbc:h2:file:" + dir.resolve("data/servicesim") + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    node = Node.start(Node.Options.of(Settings.of(ConfigFactory.load()).withDb(url, "", "")));
    server = HttpServer.start(node, new HttpServer.Options("127.0.0.1", 0, Tokens.dataFolder(url),
        Files.createDirectories(dir.resolve("workshops")), ApiContext.Limits.DEFAULT),
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    mapper = node.readSide().mapper();
    base = "http://127.0.0.1:" + server.address().getPort();
  }

  @After
  public void stop() {
    if (server != null) server.stop();
    if (node != null) node.close();
  }

  private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) b.header("Authorization", "Bearer " + token);
    if (json != null) b.header("Content-Type", "application/json");
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode ok(HttpResponse<String> r, int status) throws Exception {
    assertEquals(r.body(), status, r.statusCode());
    return mapper.readTree(r.body());
  }

  /** Waits until the customer has finished their turn (or the session ended, or the customer stays quiet). */
  private JsonNode awaitCustomer(String session, String token, int customerLinesBefore) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(12).toNanos();
    JsonNode view;
    do {
      Thread.sleep(250);
      view = ok(send("GET", session, token, null), 200);
      JsonNode state = view.get("state");
      if (state.get("ended").asBoolean()) return view;
      if (state.get("awaitingAgent").asBoolean() && customerLines(view) > customerLinesBefore) return view;
    } while (System.nanoTime() < deadline);
    return view;
  }

  private static int customerLines(JsonNode view) {
    int n = 0;
    for (JsonNode e : view.get("transcript")) if (e.get("event").asText().equals("CustomerMessageSent")) n++;
    return n;
  }

  @Test
  public void aLiveSessionIsPlayedOverHttpThenAuditedVerifiedAndExported() throws Exception {
    Map<String, String> first = server.firstTokens();
    assertEquals(5, first.size());
    String out = printed.toString(StandardCharsets.UTF_8);
    first.values().forEach(token -> assertTrue(out.contains(token)));
    String trainer = first.get("trainer");
    String auditor = first.get("auditor");
    assertEquals(401, send("GET", "/api/v1/scenarios", null, null).statusCode());

    // trainer: a workshop with a live trainee, and a token for her
    JsonNode workshop = ok(send("POST", "/api/v1/workshops", trainer, "{\"id\":\"live-class\",\"title\":\"Live class\","
        + "\"scenarios\":[\"" + SCENARIO + "\"],\"trainees\":[{\"id\":\"ana\",\"name\":\"Ana\",\"live\":true}]}"), 201);
    String workshopId = workshop.get("workshopId").asText();
    String ana = ok(send("POST", "/api/v1/tokens", trainer, "{\"role\":\"trainee\",\"trainee\":\"ana\",\"workshop\":\""
        + workshopId + "\"}"), 201)
        .get("token").asText();

    // trainee: start the session and play it as the by-the-book agent would, waiting for the customer each time
    JsonNode started = ok(send("POST", "/api/v1/sessions", ana, "{\"workshopId\":\"" + workshopId
        + "\",\"scenarioId\":\"" + SCENARIO + "\"}"), 201);
    String sessionId = started.get("sessionId").asText();
    String session = "/api/v1/sessions/" + sessionId;
    List<String> heard = new ArrayList<>();
    for (AgentStep step : node.scenario(SCENARIO).orElseThrow().agent("by-the-book").orElseThrow().steps()) {
      if (step instanceof AgentStep.Say say) {
        JsonNode before = ok(send("GET", session, ana, null), 200);
        if (before.get("state").get("ended").asBoolean()) break;
        ok(send("POST", session + "/messages", ana, mapper.writeValueAsString(Map.of("text", say.text()))), 200);
        JsonNode after = awaitCustomer(session, ana, customerLines(before));
        for (JsonNode e : after.get("transcript")) {
          if (e.get("event").asText().equals("CustomerMessageSent") && !heard.contains(e.get("text").asText())) {
            heard.add(e.get("text").asText());
          }
        }
      } else if (step instanceof AgentStep.Act act) {
        ok(send("POST", session + "/actions", ana, mapper.writeValueAsString(Map.of("type", act.type(),
            "fields", act.fields()))), 200);
      } else {
        JsonNode view = ok(send("GET", session, ana, null), 200);
        if (!view.get("state").get("ended").asBoolean()) ok(send("POST", session + "/end", ana, null), 200);
      }
    }
    assertTrue(String.valueOf(heard), heard.contains("Yes, that's right."));
    assertTrue(String.valueOf(heard), heard.contains("When will I get my money back?"));
    assertTrue(String.valueOf(heard), heard.contains("Fine. Thanks for sorting it out."));
    JsonNode ended = ok(send("GET", session, ana, null), 200);
    assertTrue(ended.get("state").get("ended").asBoolean());
    assertEquals("satisfied", ended.get("state").get("outcome").asText());

    // the score, with per-rule evidence, once the projection has scored the session
    JsonNode score = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = send("GET", session + "/score", ana, null);
      if (r.statusCode() == 200) {
        score = mapper.readTree(r.body());
        break;
      }
      assertEquals(r.body(), 404, r.statusCode());
      Thread.sleep(250);
    }
    assertTrue("scored", score != null);
    assertTrue(score.toString(), score.get("passed").asBoolean());
    for (JsonNode v : score.get("verdicts")) {
      if (v.get("verdict").asText().equals("pass") && v.get("ruleId").asText().equals("greeting")) {
        assertTrue(v.toString(), v.get("evidence").get(0).get("seqNr").asLong() >= 2);
      }
    }

    // auditor: page through the session's events, verify the chain, export both formats. The audit trail is written by
    // its own projection, which may still be a few events behind the scoring one: read it again until it has them all.
    long stored = ended.get("state").get("seqNr").asLong();
    List<JsonNode> events = new ArrayList<>();
    long sessionEvents = 0;
    deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    for (boolean firstRead = true; firstRead || sessionEvents < stored && System.nanoTime() < deadline; firstRead = false) {
      if (!firstRead) Thread.sleep(250);
      events.clear();
      String next = null;
      do {
        JsonNode page = ok(send("GET", "/api/v1/audit/events?session=" + sessionId + "&limit=7"
            + (next == null ? "" : "&after=" + next), auditor, null), 200);
        page.get("events").forEach(events::add);
        next = page.get("next").isNull() ? null : page.get("next").asText();
      } while (next != null);
      sessionEvents = events.stream().filter(e -> e.get("persistenceId").asText().startsWith("Session|")).count();
    }
    assertEquals(stored, sessionEvents);
    assertTrue(events.stream().anyMatch(e -> e.get("type").asText().equals("SessionAssigned")));
    JsonNode verified = ok(send("GET", "/api/v1/audit/sessions/" + sessionId + "/verify", auditor, null), 200);
    assertTrue(verified.toString(), verified.get("intact").asBoolean());
    assertEquals(sessionEvents, verified.get("events").asLong());

    HttpResponse<String> ndjson = send("GET", "/api/v1/audit/export?format=ndjson&session=" + sessionId, auditor, null);
    assertEquals(200, ndjson.statusCode());
    assertEquals("chunked", ndjson.headers().firstValue("Transfer-Encoding").orElse(""));
    String[] lines = ndjson.body().split("\n");
    assertEquals(events.size(), lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertEquals(events.get(i).get("hash"), mapper.readTree(lines[i]).get("hash"));
    }
    HttpResponse<String> csv = send("GET", "/api/v1/audit/export?format=csv&session=" + sessionId, auditor, null);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("\uFEFFordering,persistence_id,seq_nr,type,"));
    assertTrue(csv.body().contains("SessionEnded"));

    // the trainee sees no audit endpoint and the auditor cannot act in sessions
    assertEquals(403, send("GET", "/api/v1/audit/events", ana, null).statusCode());
    assertEquals(403, send("POST", session + "/messages", auditor, "{\"text\":\"hi\"}").statusCode());
  }
}
