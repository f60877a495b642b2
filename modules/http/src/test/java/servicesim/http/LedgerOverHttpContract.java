package servicesim.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import servicesim.ledger.Checkpoint;
import servicesim.ledger.Leaf;
import servicesim.ledger.LedgerKey;
import servicesim.ledger.MerkleTree;
import servicesim.service.Node;
import servicesim.service.Workshops;
import servicesim.simulation.HashChain;

/**
 * The ledger as an auditor reaches it, over a real socket: the key made on the first start and served, a checkpoint
 * proven, a session's inclusion proofs checked offline, then every tamper case of an insider with database access done
 * to its own session and found by {@code POST /audit/verify}, without and with the checkpoint, never with a 5xx.
 */
final class LedgerOverHttpContract {

  private static final String SCENARIO = "refund-defective-unit";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private LedgerOverHttpContract() {}

  static void verify(Node node) throws Exception {
    Path data = Files.createTempDirectory("servicesim-ledger-http-");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    HttpServer server = HttpServer.start(node, new HttpServer.Options("127.0.0.1", 0, data, data,
        ApiContext.Limits.DEFAULT), new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      String base = "http://127.0.0.1:" + server.address().getPort() + "/api/v1";
      String auditor = server.firstTokens().get("auditor");
      Path keyFile = data.resolve(LedgerKey.FILE);
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
      LedgerKey key = LedgerKey.load(keyFile);
      String out = printed.toString(StandardCharsets.UTF_8);
      assertTrue(out, out.contains("Created the ledger signing key") && out.contains(key.publicKeyBase64()));
      JsonNode served = ok(send("GET", base + "/audit/key", auditor, null), 200);
      assertEquals(key.publicKeyBase64(), served.get("publicKey").asText());

      List<String> workshops = new ArrayList<>();
      for (int i = 0; i < 3; i++) workshops.add(run(node));
      String sam1 = id(workshops.get(0), "by-the-book");
      String lee1 = id(workshops.get(0), "reactive");
      String pat1 = id(workshops.get(0), "policy-bound");
      String sam2 = id(workshops.get(1), "by-the-book");
      String lee2 = id(workshops.get(1), "reactive");
      String pat2 = id(workshops.get(1), "policy-bound");
      String untouched = id(workshops.get(2), "by-the-book");

      JsonNode clean = ok(send("POST", base + "/audit/verify", auditor, null), 200);
      assertTrue(clean.toString(), clean.get("intact").asBoolean());
      Checkpoint checkpoint = node.readSide().verifier().checkpoint(key, node.clock().instant());
      JsonNode proven = ok(send("POST", base + "/audit/verify", auditor, checkpoint.toJson()), 200);
      assertTrue(proven.toString(), proven.get("intact").asBoolean());
      assertTrue(proven.toString(), proven.get("checkpoint").get("signed").asBoolean());
      assertTrue(proven.toString(), proven.get("checkpoint").get("consistent").asBoolean());
      provesOffline(ok(send("GET", base + "/audit/sessions/" + untouched + "/proof?size=" + checkpoint.treeSize(),
          auditor, null), 200), untouched, checkpoint.treeSize(), checkpoint.root());

      try (Connection c = node.database().dataSource().getConnection()) {
        // a whole session: journal, audit trail, session row and scores
        update(c, "DELETE FROM event_journal WHERE persistence_id = ?", "Session|" + sam1);
        update(c, "DELETE FROM audit_events WHERE persistence_id = ?", "Session|" + sam1);
        update(c, "DELETE FROM sessions WHERE session_id = ?", sam1);
        update(c, "DELETE FROM rule_verdicts WHERE session_id = ?", sam1);
        update(c, "DELETE FROM session_scores WHERE session_id = ?", sam1);
        // a session's last event, from the journal and the audit trail
        long last = number(c, "SELECT MAX(sequence_number) FROM event_journal WHERE persistence_id = ?",
            "Session|" + lee1);
        update(c, "DELETE FROM event_journal WHERE persistence_id = ? AND sequence_number = ?", "Session|" + lee1, last);
        update(c, "DELETE FROM audit_events WHERE persistence_id = ? AND seq_nr = ?", "Session|" + lee1, last);
        // audit-trail columns
        update(c, "UPDATE audit_events SET trainee_id = 'mallory' WHERE persistence_id = ? AND seq_nr = 2",
            "Session|" + pat1);
        update(c, "UPDATE audit_events SET workshop_id = 'elsewhere' WHERE persistence_id = ? AND seq_nr = 3",
            "Session|" + pat1);
        update(c, "UPDATE audit_events SET event_type = 'CustomerNudged' WHERE persistence_id = ? AND seq_nr = 4",
            "Session|" + pat1);
        update(c, "UPDATE audit_events SET occurred_at = occurred_at + INTERVAL '1' DAY WHERE persistence_id = ? "
            + "AND seq_nr = 5", "Session|" + pat1);
        // an event rewritten and the chain recomputed after it
        rechain(c, node.readSide().mapper(), "Session|" + sam2);
        // one journal row from the middle
        update(c, "DELETE FROM event_journal WHERE persistence_id = ? AND sequence_number = 5", "Session|" + lee2);
        // a stored score
        update(c, "UPDATE session_scores SET score = 100 WHERE session_id = ?", pat2);
      }

      HttpResponse<String> plainAnswer = send("POST", base + "/audit/verify", auditor, null);
      JsonNode plain = ok(plainAnswer, 200);
      assertFalse(plain.get("intact").asBoolean());
      has(plain, sam1, "journal", 0, "no events in the journal");
      has(plain, lee1, "sessions", 0, "no SessionEnded");
      has(plain, lee1, "scores", 0, "no SessionEnded");
      has(plain, pat1, "audit trail", 2, "trainee_id is 'mallory'");
      has(plain, pat1, "audit trail", 3, "workshop_id is 'elsewhere'");
      has(plain, pat1, "audit trail", 4, "event_type is 'CustomerNudged'");
      has(plain, pat1, "audit trail", 5, "occurred_at is");
      has(plain, sam2, "scores", -1, "rule greeting");
      has(plain, lee2, "journal", 5, "event 5 is missing");
      has(plain, lee2, "audit trail", 5, "not in the journal");
      has(plain, pat2, "scores", -1, "score is 100.0");
      none(plain, untouched);

      JsonNode against = ok(send("POST", base + "/audit/verify", auditor, checkpoint.toJson()), 200);
      assertTrue(against.toString(), against.get("checkpoint").get("signed").asBoolean());
      assertFalse(against.toString(), against.get("checkpoint").get("consistent").asBoolean());
      has(against, sam1, "checkpoint", 0, "no events in the journal; the checkpoint saw");
      has(against, lee1, "checkpoint", -1, "is gone");
      has(against, sam2, "checkpoint", -1, "differs from the one the checkpoint signed");
      has(against, lee2, "journal", 5, "event 5 is missing");
      none(against, untouched);

      JsonNode one = ok(send("GET", base + "/audit/sessions/" + lee2 + "/verify", auditor, null), 200);
      assertTrue(one.toString(), one.get("findings").toString().contains("event 5 is missing"));
      HttpResponse<String> tooLarge = send("GET", base + "/audit/sessions/" + untouched + "/proof?size="
          + checkpoint.treeSize(), auditor, null);
      assertEquals(tooLarge.body(), 422, tooLarge.statusCode());
      provesOffline(ok(send("GET", base + "/audit/sessions/" + untouched + "/proof?size=" + plain.get("treeSize")
          .asLong(), auditor, null), 200), untouched, plain.get("treeSize").asLong(),
          HexFormat.of().parseHex(plain.get("rootHash").asText()));
    } finally {
      server.stop();
    }
  }

  private static String run(Node node) throws Exception {
    Workshops workshops = node.workshops();
    Workshops.Plan plan = workshops.plan(workshops.single(node.library().get(SCENARIO).orElseThrow(), Optional.empty()));
    Workshops.Result result = workshops.run(plan, p -> { }).toCompletableFuture().get(2, TimeUnit.MINUTES);
    assertEquals(List.of(), result.failures());
    assertTrue(node.awaitCatchUp(Duration.ofMinutes(2), lag -> { }));
    return result.workshopId();
  }

  private static String id(String workshopId, String agent) {
    return Workshops.sessionId(workshopId, agent, SCENARIO);
  }

  /** Each event's leaf recomputed from its payload, and its path leading to the root: no server trusted. */
  private static void provesOffline(JsonNode proof, String sessionId, long size, byte[] root) {
    assertEquals(size, proof.get("treeSize").asLong());
    assertTrue(proof.get("events").size() > 1);
    HexFormat hex = HexFormat.of();
    for (JsonNode e : proof.get("events")) {
      byte[] leaf = Leaf.hash("Session|" + sessionId, e.get("seqNr").asLong(), e.get("manifest").asText(),
          Base64.getDecoder().decode(e.get("payload").asText()));
      List<byte[]> path = new ArrayList<>();
      e.get("path").forEach(p -> path.add(hex.parseHex(p.asText())));
      assertTrue(e.toString(), MerkleTree.verifyInclusion(leaf, e.get("index").asLong(), size, path, root));
    }
  }

  private static void has(JsonNode report, String sessionId, String where, long seqNr, String reason) {
    for (JsonNode f : report.get("findings")) {
      if (f.get("entity").asText().equals("session") && f.get("id").asText().equals(sessionId)
          && f.get("where").asText().equals(where) && (seqNr < 0 || f.get("seqNr").asLong() == seqNr)
          && f.get("reason").asText().contains(reason)) {
        return;
      }
    }
    throw new AssertionError("no finding on " + sessionId + " in " + where + " saying '" + reason + "' among "
        + report.get("findings").toPrettyString());
  }

  private static void none(JsonNode report, String sessionId) {
    for (JsonNode f : report.get("findings")) {
      assertFalse(f.toString(), f.get("id").asText().equals(sessionId));
    }
  }

  /** The first agent line rewritten, every hash from there recomputed, journal and audit trail alike. */
  private static void rechain(Connection c, ObjectMapper mapper, String persistenceId) throws Exception {
    HashChain chain = new HashChain(mapper);
    long events = number(c, "SELECT MAX(sequence_number) FROM event_journal WHERE persistence_id = ?", persistenceId);
    String prev = HashChain.GENESIS;
    boolean changed = false;
    for (long seqNr = 1; seqNr <= events; seqNr++) {
      ObjectNode json;
      try (PreparedStatement ps = c.prepareStatement("SELECT event_payload FROM event_journal WHERE persistence_id = ? "
          + "AND sequence_number = ?")) {
        ps.setString(1, persistenceId);
        ps.setLong(2, seqNr);
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          json = (ObjectNode) mapper.readTree(rs.getBytes(1));
        }
      }
      if (!changed && json.path("text").isTextual() && json.has("answered")) {
        json.put("text", "Yes?");
        changed = true;
      }
      json.put(HashChain.PREV_HASH, prev);
      String hash = chain.hash(prev, json);
      json.put(HashChain.HASH, hash);
      update(c, "UPDATE event_journal SET event_payload = ? WHERE persistence_id = ? AND sequence_number = ?",
          mapper.writeValueAsBytes(json), persistenceId, seqNr);
      update(c, "UPDATE audit_events SET payload = ?, prev_hash = ?, hash = ? WHERE persistence_id = ? AND seq_nr = ?",
          mapper.writeValueAsString(json), prev, hash, persistenceId, seqNr);
      prev = hash;
    }
    assertTrue(changed);
  }

  private static void update(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      assertTrue(sql, ps.executeUpdate() > 0);
    }
  }

  private static long number(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getLong(1);
      }
    }
  }

  private static HttpResponse<String> send(String method, String uri, String token, String jsonBody) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(120))
        .header("Authorization", "Bearer " + token);
    if (jsonBody != null) b.header("Content-Type", "application/json");
    b.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertTrue("never a 5xx: " + r.body(), r.statusCode() < 500);
    return r;
  }

  private static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
    assertEquals(r.body(), status, r.statusCode());
    return JSON.readTree(r.body());
  }
}
