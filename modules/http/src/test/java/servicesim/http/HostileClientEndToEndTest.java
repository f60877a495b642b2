package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.cluster.MemberStatus;
import akka.cluster.typed.Cluster;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.service.Node;
import servicesim.service.Settings;

/**
 * Over real sockets, against two nodes of one cluster on one PostgreSQL database: a token revoked on one node is
 * refused by the other at once; a JSON body's declared charset is honoured, or refused with 415; a client presenting
 * bad tokens is throttled by its socket address, whatever X-Forwarded-For it claims.
 */
public class HostileClientEndToEndTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper mapper = new ObjectMapper();

  private HttpResponse<String> send(String base, String method, String path, String token, String contentType,
      byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) b.header("Authorization", "Bearer " + token);
    if (contentType != null) b.header("Content-Type", contentType);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> json(String base, String method, String path, String token, String body)
      throws Exception {
    return send(base, method, path, token, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode ok(HttpResponse<String> r, int status) throws Exception {
    assertEquals(r.body(), status, r.statusCode());
    return mapper.readTree(r.body());
  }

  @Test
  public void tokensCharsetsAndThrottlingHoldAcrossTwoNodes() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      Settings settings = Settings.of(ConfigFactory.load()).withDb(url, "postgres", "");
      int port1 = freePort();
      int port2 = freePort();
      String seed = "akka://servicesim@127.0.0.1:" + port1;
      try (Node first = Node.start(Node.Options.of(settings).withConfig(node(port1, seed)).withoutProjections());
          Node second = Node.start(Node.Options.of(settings).withConfig(node(port2, seed)).withoutProjections())) {
        awaitUp(first);
        awaitUp(second);
        var workshops = Files.createTempDirectory("servicesim-hostile-");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        HttpServer a = HttpServer.start(first, new HttpServer.Options("127.0.0.1", 0, workshops, workshops,
            ApiContext.Limits.DEFAULT), new PrintStream(printed, true, StandardCharsets.UTF_8));
        HttpServer b = HttpServer.start(second, new HttpServer.Options("127.0.0.1", 0, workshops, workshops,
            ApiContext.Limits.DEFAULT), new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
          String nodeA = "http://127.0.0.1:" + a.address().getPort();
          String nodeB = "http://127.0.0.1:" + b.address().getPort();
          String admin = a.firstTokens().get("admin");
          String trainer = a.firstTokens().get("trainer");
          assertTrue("the second node creates no tokens of its own", b.firstTokens().isEmpty());

          // revoked on one node, refused by the other from the next request on
          JsonNode auditor = ok(json(nodeA, "POST", "/api/v1/tokens", admin, "{\"role\":\"auditor\"}"), 201);
          String secret = auditor.get("token").asText();
          ok(send(nodeB, "GET", "/api/v1/me", secret, null, null), 200);
          ok(send(nodeA, "DELETE", "/api/v1/tokens/" + auditor.get("id").asText(), admin, null, null), 200);
          HttpResponse<String> refused = send(nodeB, "GET", "/api/v1/me", secret, null, null);
          assertEquals(refused.body(), 401, refused.statusCode());
          assertTrue(refused.body(), refused.body().contains("revoked"));

          // a JSON body in ISO-8859-1, declared so, is read as ISO-8859-1; UTF-16 too; an unknown charset is 415
          String definition = "{\"id\":\"cafe\",\"title\":\"Caf\u00e9 cr\u00e8me\",\"scenarios\":"
              + "[\"refund-defective-unit\"],\"trainees\":[{\"id\":\"ana\",\"name\":\"Ana\",\"live\":true}]}";
          JsonNode latin = ok(send(nodeB, "POST", "/api/v1/workshops", trainer, "application/json; charset=iso-8859-1",
              definition.getBytes(StandardCharsets.ISO_8859_1)), 201);
          assertEquals("Caf\u00e9 cr\u00e8me", latin.get("definition").get("title").asText());
          JsonNode utf16 = ok(send(nodeB, "POST", "/api/v1/workshops", trainer, "application/json; charset=utf-16",
              definition.getBytes(Charset.forName("UTF-16"))), 201);
          assertEquals("Caf\u00e9 cr\u00e8me", utf16.get("definition").get("title").asText());
          HttpResponse<String> unknown = send(nodeB, "POST", "/api/v1/workshops", trainer,
              "application/json; charset=x-no-such", definition.getBytes(StandardCharsets.UTF_8));
          assertEquals(unknown.body(), 415, unknown.statusCode());
          HttpResponse<String> notUtf8 = send(nodeB, "POST", "/api/v1/workshops", trainer, "application/json",
              definition.getBytes(StandardCharsets.ISO_8859_1));
          assertEquals(notUtf8.body(), 400, notUtf8.statusCode());

          // bad tokens from this client, each claiming another address: at most ten are answered 401 (one more may
          // have refilled while this test ran), then 429 with Retry-After, on that node
          int badAnswered = 0;
          HttpResponse<String> throttled = null;
          for (int i = 0; i < 3 * BadTokenThrottle.BURST && throttled == null; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(nodeB + "/api/v1/me"))
                .header("Authorization", "Bearer ss_guess" + i).header("X-Forwarded-For", "192.0.2." + i).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) throttled = r;
            else assertEquals(r.body(), 401, r.statusCode());
            if (r.statusCode() == 401) badAnswered++;
          }
          assertTrue("throttled after " + badAnswered + " bad tokens", throttled != null
              && badAnswered <= BadTokenThrottle.BURST + 1);
          long retry = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
          assertTrue(retry >= 1 && retry <= BadTokenThrottle.REFILL.toSeconds());
          assertEquals("application/problem+json", throttled.headers().firstValue("Content-Type").orElseThrow());
          ok(send(nodeA, "GET", "/api/v1/me", admin, null, null), 200);
        } finally {
          a.stop();
          b.stop();
        }
      }
    }
  }

  private static Config node(int port, String seed) {
    return ConfigFactory.parseMap(Map.of(
        "akka.remote.artery.canonical.port", port,
        "akka.cluster.seed-nodes", List.of(seed),
        "akka.cluster.min-nr-of-members", 2));
  }

  private static void awaitUp(Node node) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Cluster cluster = Cluster.get(node.system());
    while (System.nanoTime() < deadline) {
      long up = java.util.stream.StreamSupport.stream(cluster.state().getMembers().spliterator(), false)
          .filter(m -> m.status() == MemberStatus.up()).count();
      if (up >= 2) return;
      Thread.sleep(100);
    }
    throw new AssertionError("the cluster did not form");
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
