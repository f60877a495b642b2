package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.http.javadsl.model.HttpRequest;
import akka.http.javadsl.model.headers.RawHeader;
import akka.http.javadsl.testkit.TestRouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import servicesim.ledger.Checkpoint;
import servicesim.ledger.Leaf;
import servicesim.ledger.MerkleTree;

public class AuditRoutesTest extends RouteTestBase {

  private TestRouteResult get(String uri) {
    return run(HttpRequest.GET(uri), t.auditor);
  }

  @Test
  public void eventsArePagedByCursorInTheJournalsOrder() throws Exception {
    String session = t.scriptedSession();
    // the session's own events and the workshop's SessionAssigned that names it
    long total = t.node.readSide().audit().page(AuditRoutes.filter(java.util.Map.of("session", session)), 0, 1000).size();
    List<Long> orderings = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      JsonNode page = body(get("/api/v1/audit/events?session=" + session + "&limit=4"
          + (next == null ? "" : "&after=" + next)));
      for (JsonNode e : page.get("events")) {
        orderings.add(e.get("ordering").asLong());
        assertEquals(session, e.get("sessionId").asText());
        assertTrue(e.get("event").isObject());
      }
      next = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (next != null && pages < 100);
    assertEquals(total, orderings.size());
    for (int i = 1; i < orderings.size(); i++) assertTrue(orderings.get(i) > orderings.get(i - 1));
    assertTrue(pages > 1);
  }

  @Test
  public void filtersNarrowTheEvents() throws Exception {
    JsonNode started = body(get("/api/v1/audit/events?type=SessionStarted&workshop=" + t.practice));
    assertTrue(started.get("events").size() >= 1);
    for (JsonNode e : started.get("events")) {
      assertEquals("SessionStarted", e.get("type").asText());
      assertEquals(t.practice, e.get("workshopId").asText());
    }
    assertEquals(0, body(get("/api/v1/audit/events?from=2100-01-01T00:00:00Z")).get("events").size());
    JsonNode sam = body(get("/api/v1/audit/events?trainee=sam&to=2100-01-01T00:00:00Z&limit=1000"));
    for (JsonNode e : sam.get("events")) assertEquals("sam", e.get("traineeId").asText());
  }

  @Test
  public void theCountIsHowManyEventsTheFiltersSelect() throws Exception {
    String session = t.scriptedSession();
    int n = body(get("/api/v1/audit/events?limit=1000&session=" + session)).get("events").size();
    assertEquals(n, body(get("/api/v1/audit/events/count?session=" + session)).get("total").asInt());
    int messages = body(get("/api/v1/audit/events?limit=1000&type=AgentMessageSent&session=" + session)).get("events")
        .size();
    assertTrue(messages > 0 && messages < n);
    assertEquals(messages, body(get("/api/v1/audit/events/count?type=AgentMessageSent&session=" + session))
        .get("total").asInt());
    assertEquals(400, get("/api/v1/audit/events/count?limit=5").response().status().intValue());
  }

  @Test
  public void invalidPagingAndFiltersAre400() throws Exception {
    for (String q : new String[] {"limit=0", "limit=1001", "limit=ten", "after=-1", "after=x", "from=yesterday",
        "to=2026-13-01", "workshp=x"}) {
      TestRouteResult r = get("/api/v1/audit/events?" + q);
      assertEquals(q + ": " + r.entityString(), 400, r.response().status().intValue());
      assertEquals(Problems.PROBLEM_JSON, r.response().entity().getContentType().mediaType());
    }
    assertEquals(400, get("/api/v1/audit/export?format=xml").response().status().intValue());
  }

  @Test
  public void aSessionsTrailAndItsVerification() throws Exception {
    JsonNode trail = body(get("/api/v1/audit/sessions/" + t.scriptedSession() + "/events"));
    assertEquals("SessionStarted", trail.get("events").get(0).get("type").asText());
    assertEquals(1, trail.get("events").get(0).get("seqNr").asLong());
    JsonNode verified = body(get("/api/v1/audit/sessions/" + t.scriptedSession() + "/verify"));
    assertTrue(verified.toString(), verified.get("intact").asBoolean());
    assertEquals(trail.get("events").size(), verified.get("events").asInt());
    assertEquals(404, get("/api/v1/audit/sessions/nope.x.y/events").response().status().intValue());
    assertEquals(404, get("/api/v1/audit/sessions/nope.x.y/verify").response().status().intValue());
  }

  @Test
  public void theLedgerKeyIsServedToAuditorsAndAdmins() throws Exception {
    JsonNode key = body(get("/api/v1/audit/key"));
    assertEquals("Ed25519", key.get("algorithm").asText());
    assertEquals(t.ctx.audit().key().publicKeyBase64(), key.get("publicKey").asText());
    assertEquals(t.ctx.audit().key().keyId(), key.get("keyId").asText());
    assertEquals(200, run(HttpRequest.GET("/api/v1/audit/key"), t.admin).response().status().intValue());
    assertEquals(403, run(HttpRequest.GET("/api/v1/audit/key"), t.trainer).response().status().intValue());
  }

  @Test
  public void theWholeLedgerIsVerifiedAgainstAPostedCheckpoint() throws Exception {
    JsonNode plain = body(run(HttpRequest.POST("/api/v1/audit/verify"), t.auditor));
    assertTrue(plain.toString(), plain.get("treeSize").asLong() > 0);
    assertTrue(plain.get("findings").isArray());
    assertTrue(plain.get("checkpoint").isNull());
    Checkpoint cp = t.node.readSide().verifier().checkpoint(t.ctx.audit().key(), java.time.Instant.now());
    TestRouteResult posted = run(json(HttpRequest.POST("/api/v1/audit/verify"), cp.toJson()), t.auditor);
    assertEquals(posted.entityString(), 200, posted.response().status().intValue());
    JsonNode checked = body(posted).get("checkpoint");
    assertTrue(checked.toString(), checked.get("signed").asBoolean());
    assertTrue(checked.toString(), checked.get("consistent").asBoolean());
    assertEquals(cp.treeSize(), checked.get("treeSize").asLong());

    String altered = cp.toJson().replace("\"treeSize\" : " + cp.treeSize(), "\"treeSize\" : " + (cp.treeSize() - 1));
    JsonNode forged = body(run(json(HttpRequest.POST("/api/v1/audit/verify"), altered), t.auditor));
    assertTrue(forged.toString(), !forged.get("checkpoint").get("signed").asBoolean());
    assertTrue(forged.toString(), forged.get("findings").toString().contains("does not verify"));

    assertEquals(422, run(json(HttpRequest.POST("/api/v1/audit/verify"), "{\"treeSize\": 3}"), t.auditor).response()
        .status().intValue());
    assertEquals(422, run(json(HttpRequest.POST("/api/v1/audit/verify"), "not json"), t.auditor).response().status()
        .intValue());
    assertEquals(403, run(HttpRequest.POST("/api/v1/audit/verify"), t.trainer).response().status().intValue());
  }

  @Test
  public void aSessionsInclusionProofsCheckOfflineAgainstACheckpoint() throws Exception {
    Checkpoint cp = t.node.readSide().verifier().checkpoint(t.ctx.audit().key(), java.time.Instant.now());
    JsonNode proof = body(get("/api/v1/audit/sessions/" + t.scriptedSession() + "/proof?size=" + cp.treeSize()));
    assertEquals(cp.rootHash(), proof.get("rootHash").asText());
    assertTrue(proof.get("events").size() > 1);
    java.util.HexFormat hex = java.util.HexFormat.of();
    for (JsonNode e : proof.get("events")) {
      byte[] leaf = Leaf.hash("Session|" + t.scriptedSession(), e.get("seqNr").asLong(), e.get("manifest").asText(),
          java.util.Base64.getDecoder().decode(e.get("payload").asText()));
      assertEquals(hex.formatHex(leaf), e.get("leafHash").asText());
      List<byte[]> path = new ArrayList<>();
      e.get("path").forEach(p -> path.add(hex.parseHex(p.asText())));
      assertTrue(MerkleTree.verifyInclusion(leaf, e.get("index").asLong(), cp.treeSize(), path, cp.root()));
    }
    assertEquals(422, get("/api/v1/audit/sessions/" + t.scriptedSession() + "/proof?size=" + (cp.treeSize() + 1_000_000))
        .response().status().intValue());
    assertEquals(400, get("/api/v1/audit/sessions/" + t.scriptedSession() + "/proof?size=many").response().status()
        .intValue());
    assertEquals(404, get("/api/v1/audit/sessions/nope.x.y/proof").response().status().intValue());
  }

  @Test
  public void exportStreamsNdjsonAndCsv() throws Exception {
    String session = t.scriptedSession();
    int n = t.node.readSide().audit().page(AuditRoutes.filter(java.util.Map.of("session", session)), 0, 1000).size();
    TestRouteResult nd = get("/api/v1/audit/export?session=" + session);
    assertEquals(200, nd.response().status().intValue());
    assertEquals("application/x-ndjson", nd.response().entity().getContentType().mediaType().toString());
    String[] lines = nd.entityString().split("\n");
    assertEquals(n, lines.length);
    assertEquals(session, t.ctx.mapper().readTree(lines[0]).get("sessionId").asText());
    TestRouteResult csv = get("/api/v1/audit/export?format=csv&session=" + session);
    assertEquals("text/csv", csv.response().entity().getContentType().mediaType().toString());
    assertTrue(csv.entityString().startsWith("\uFEFFordering,persistence_id,"));
    assertTrue(csv.response().getHeader("Content-Disposition").orElseThrow().value().contains("audit.csv"));
  }

  @Test
  public void theStreamSendsRowsAsServerSentEventsFromLastEventId() throws Exception {
    TestRouteResult r = get("/api/v1/audit/stream?after=0&limit=3");
    assertEquals("text/event-stream", r.response().entity().getContentType().mediaType().toString());
    List<Long> ids = ids(r.entityString());
    assertEquals(3, ids.size());
    TestRouteResult resumed = run(HttpRequest.GET("/api/v1/audit/stream?limit=2")
        .addHeader(RawHeader.create("Last-Event-ID", String.valueOf(ids.get(1)))), t.auditor);
    List<Long> after = ids(resumed.entityString());
    assertEquals(ids.get(2), after.get(0));
    assertTrue(r.entityString(), r.entityString().contains("event:"));
  }

  private static List<Long> ids(String sse) {
    List<Long> ids = new ArrayList<>();
    for (String line : sse.split("\n")) if (line.startsWith("id:")) ids.add(Long.parseLong(line.substring(3).trim()));
    return ids;
  }
}
