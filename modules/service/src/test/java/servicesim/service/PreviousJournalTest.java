package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.serialization.Serialization;
import akka.serialization.SerializationExtension;
import akka.serialization.jackson.JacksonObjectMapperProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.SessionEvent;
import servicesim.readside.Database;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.ConversationState;
import servicesim.scenario.conversation.SessionSetup;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * A journal as the previous version wrote it (rows taken from its H2 file after a scripted run, a 122-event session
 * with a snapshot at event 100, a scripted session with a nudge and a hang-up, and a live session left running) loads
 * in this version: every event reads back and writes the same JSON, hash chains verify, sessions and workshops recover
 * (the old snapshot to the state its events fold to), the read side projects and scores them, and the live session's
 * customer carries on.
 */
public class PreviousJournalTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static final String LONG = "long-chat-fixture-1.chatty.long-chat-fixture";
  private static final String LIVE = "class-1.ana.refund-defective-unit";
  private static final List<String> ENDED = List.of("demo-1.sam.refund-defective-unit", LONG,
      "phone-cancelled-flight-hang-up-1.reactive.phone-cancelled-flight-hang-up");

  @Test
  public void aJournalOfThePreviousVersionLoadsRecoversAndGoesOn() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode rows;
    try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/journal/previous-version.json.gz"))) {
      rows = json.readTree(in);
    }
    Settings settings = Settings.of(ConfigFactory.load()).withDb(Databases.h2(), "", "");
    try (Database db = Database.open(settings.dbUrl(), "", "", 2).migrate()) {
      load(db, rows);
    }

    try (Node node = Node.start(Node.Options.of(settings))) {
      ObjectMapper mapper = JacksonObjectMapperProvider.get(node.system()).getOrCreate("jackson-json",
          Optional.empty());
      Serialization serialization = SerializationExtension.get(node.system());

      // every stored event reads as this version's event and is written back exactly as it was stored
      for (JsonNode row : rows.get("journal")) {
        Object event = serialization.deserialize(row.get("payload").asText().getBytes(StandardCharsets.UTF_8),
            row.get("serId").asInt(), row.get("manifest").asText()).get();
        assertTrue(event.getClass().getName(), event instanceof SessionEvent || event instanceof WorkshopEntity.Event);
        assertEquals(row.get("payload").asText(), mapper.writeValueAsString(event));
      }

      // the snapshot of the previous version holds the state the session's first 100 events fold to
      JsonNode snapshot = rows.get("snapshots").get(0);
      SessionEntity.State snapshotState = (SessionEntity.State) serialization.deserialize(
          snapshot.get("payload").asText().getBytes(StandardCharsets.UTF_8), snapshot.get("serId").asInt(),
          snapshot.get("manifest").asText()).get();
      List<SessionEvent> longEvents = events(node, LONG);
      // what this version adds to the state (the kind of the customer's latest line, what they wait for) starts
      // empty in an earlier version's snapshot; everything else is as the events fold
      ConversationState folded = fold(node, longEvents.subList(0, 100));
      ConversationState.Script script = folded.script();
      assertEquals(new ConversationState(folded.times(), new ConversationState.Script(script.nextLine(),
          script.pending(), script.midTurn(), script.spoke(), null), folded.floor(), folded.customer(), folded.agent(),
          folded.questions(), null), snapshotState.conversation());
      assertEquals(100, snapshotState.seqNr());

      servicesim.readside.AuditVerifier.Report verified = node.readSide().verifier().verifyAll(s -> { });
      assertTrue(TamperEvidenceContract.lines(verified), verified.intact());

      for (String id : ENDED) {
        SessionEntity.Summary s = summary(node, id);
        List<SessionEvent> stored = events(node, id);
        SessionEvent last = stored.get(stored.size() - 1);
        assertTrue(id, s.ended());
        assertEquals(id, last.seqNr(), s.seqNr());
        assertEquals(id, last.hash(), s.lastHash());
        assertEquals(id, fold(node, stored), s.conversation());
      }
      WorkshopEntity.Summary workshop = node.workshops().get("class-1");
      assertTrue(workshop.created());
      assertEquals(List.of("ana"), workshop.trainees().stream().map(WorkshopEntity.Enrolment::traineeId).toList());

      assertTrue(node.awaitCatchUp(Duration.ofMinutes(2), lag -> { }));
      try (Connection c = node.database().dataSource().getConnection()) {
        assertEquals(rows.get("journal").size(), count(c, "SELECT COUNT(*) FROM audit_events"));
        for (JsonNode row : rows.get("journal")) {
          assertEquals(row.get("payload").asText(), text(c, "SELECT payload FROM audit_events WHERE persistence_id = '"
              + row.get("persistenceId").asText() + "' AND seq_nr = " + row.get("seqNr").asLong()));
        }
        for (String id : ENDED) {
          assertEquals(id, 1, count(c, "SELECT COUNT(*) FROM session_scores WHERE session_id = '" + id + "'"));
        }
      }

      // the live session left running goes on: its customer, silent since, speaks up
      int before = events(node, LIVE).size();
      assertFalse(summary(node, LIVE).ended());
      LiveSessions live = LiveSessions.start(node);
      assertEquals(Integer.valueOf(1), live.resume().toCompletableFuture().get(30, TimeUnit.SECONDS));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (events(node, LIVE).size() == before && System.nanoTime() < deadline) Thread.sleep(200);
      assertTrue("the live session's customer went on", events(node, LIVE).size() > before);
      assertTrue(node.readSide().verifier().verifySession(LIVE).intact());
    }
  }

  /** The conversation state the events fold to, by the pure logic, from the versions the session started with. */
  private static ConversationState fold(Node node, List<SessionEvent> events) {
    SessionEvent.SessionStarted started = (SessionEvent.SessionStarted) events.get(0);
    SessionSetup setup = SessionSetup.of(started);
    Conversation c = new Conversation(node.catalog().scenario(setup.scenarioId(), setup.scenarioSha256()).orElseThrow(),
        node.catalog().policy(setup.policyId(), setup.policyVersion()).orElseThrow(), setup);
    return c.applyAll(null, events);
  }

  private static SessionEntity.Summary summary(Node node, String sessionId) throws Exception {
    return AskPattern.<SessionEntity.Command, SessionEntity.Summary>ask(ClusterSharding.get(node.system())
            .entityRefFor(SessionEntity.ENTITY_KEY, sessionId), SessionEntity.Get::new, Duration.ofSeconds(30),
        node.system().scheduler()).toCompletableFuture().get(35, TimeUnit.SECONDS);
  }

  private static List<SessionEvent> events(Node node, String sessionId) throws Exception {
    try (Connection c = node.database().dataSource().getConnection()) {
      return node.readSide().journal().sessionEvents(c, sessionId);
    }
  }

  /** Writes the rows as the previous version stored them: journal with tags, snapshots, file versions. */
  private static void load(Database db, JsonNode rows) throws Exception {
    try (Connection c = db.dataSource().getConnection()) {
      for (JsonNode r : rows.get("journal")) {
        long ordering;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_journal (deleted, persistence_id, "
            + "sequence_number, writer, write_timestamp, adapter_manifest, event_payload, event_ser_id, "
            + "event_ser_manifest) VALUES (FALSE, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, r.get("persistenceId").asText());
          ps.setLong(2, r.get("seqNr").asLong());
          ps.setString(3, r.get("writer").asText());
          ps.setLong(4, r.get("writeTimestamp").asLong());
          ps.setString(5, r.get("adapterManifest").asText());
          ps.setBytes(6, r.get("payload").asText().getBytes(StandardCharsets.UTF_8));
          ps.setInt(7, r.get("serId").asInt());
          ps.setString(8, r.get("manifest").asText());
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            ordering = keys.getLong(1);
          }
        }
        for (JsonNode tag : r.get("tags")) {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_tag (event_id, tag) VALUES (?, ?)")) {
            ps.setLong(1, ordering);
            ps.setString(2, tag.asText());
            ps.executeUpdate();
          }
        }
      }
      for (JsonNode r : rows.get("snapshots")) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO snapshot (persistence_id, sequence_number, "
            + "created, snapshot_ser_id, snapshot_ser_manifest, snapshot_payload) VALUES (?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, r.get("persistenceId").asText());
          ps.setLong(2, r.get("seqNr").asLong());
          ps.setLong(3, r.get("created").asLong());
          ps.setInt(4, r.get("serId").asInt());
          ps.setString(5, r.get("manifest").asText());
          ps.setBytes(6, r.get("payload").asText().getBytes(StandardCharsets.UTF_8));
          ps.executeUpdate();
        }
      }
      for (JsonNode r : rows.get("scenarios")) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario_versions (sha256, scenario_id, file_name, "
            + "content, first_used) VALUES (?, ?, ?, ?, ?)")) {
          ps.setString(1, r.get("sha256").asText());
          ps.setString(2, r.get("scenarioId").asText());
          ps.setString(3, r.get("fileName").asText());
          ps.setString(4, r.get("content").asText());
          ps.setObject(5, OffsetDateTime.ofInstant(Instant.parse(r.get("firstUsed").asText()), ZoneOffset.UTC));
          ps.executeUpdate();
        }
      }
      for (JsonNode r : rows.get("policies")) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_versions (policy_id, version, sha256, "
            + "content, lexicons, first_used) VALUES (?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, r.get("policyId").asText());
          ps.setInt(2, r.get("version").asInt());
          ps.setString(3, r.get("sha256").asText());
          ps.setString(4, r.get("content").asText());
          ps.setString(5, r.get("lexicons").asText());
          ps.setObject(6, OffsetDateTime.ofInstant(Instant.parse(r.get("firstUsed").asText()), ZoneOffset.UTC));
          ps.executeUpdate();
        }
      }
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      assertTrue(sql, rs.next());
      return rs.getString(1);
    }
  }
}
