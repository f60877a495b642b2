package servicesim.readside;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import akka.serialization.Serialization;
import akka.serialization.SerializationExtension;
import akka.serialization.Serializers;
import akka.serialization.jackson.JacksonObjectMapperProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import servicesim.files.Home;
import servicesim.files.InvalidFileException;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.scenario.conversation.SessionSetup;
import servicesim.scenario.conversation.VirtualRun;
import servicesim.simulation.HashChain;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.StaticCatalog;

/**
 * A migrated database (an H2 file, or a PostgreSQL database on a server started for the tests) with an actor system
 * configured for it, and sessions played by the pure logic and hash-chained as the session entity stores them.
 */
final class ReadSideFixture implements AutoCloseable {

  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  static final Policy POLICY;
  static final Scenario REFUND;
  static final StaticCatalog CATALOG;

  static {
    try {
      POLICY = PolicyLoader.load(Home.policies().resolve("default.yaml"));
      REFUND = new ScenarioLoader(POLICY.lexicons()).load(Home.library().resolve("en/refund-defective-unit.yaml"));
      CATALOG = new StaticCatalog(List.of(REFUND), List.of(POLICY));
    } catch (InvalidFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static EmbeddedPostgres postgres;

  final Database database;
  final ActorSystem<Void> system;
  final ObjectMapper mapper;
  final HashChain chain;

  private ReadSideFixture(String url, String user) {
    this.database = Database.open(url, user, "", 4).migrate();
    this.system = ActorSystem.create(Behaviors.empty(), "readside", ConfigFactory.parseResources("serialization.conf")
        .withFallback(database.akkaConfig()).withFallback(ConfigFactory.load()).resolve());
    this.mapper = JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty());
    this.chain = new HashChain(mapper);
  }

  static ReadSideFixture h2() throws IOException {
    return new ReadSideFixture("jdbc:h2:file:" + Files.createTempDirectory("servicesim-readside-").resolve("db")
        + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE", "");
  }

  static synchronized ReadSideFixture postgres() throws Exception {
    if (postgres == null) {
      postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    String name = "readside_" + Long.toHexString(System.nanoTime());
    try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return new ReadSideFixture(postgres.getJdbcUrl("postgres", name), "postgres");
  }

  /** A scripted session of the seed scenario as the session entity stores it: numbered and hash-chained. */
  List<SessionEvent> session(String sessionId, String workshopId, String traineeId, String agent) {
    var script = REFUND.agent(agent).orElseThrow();
    Conversation c = new Conversation(REFUND, POLICY,
        SessionSetup.scripted(sessionId, workshopId, traineeId, script.name(), REFUND, POLICY, script));
    VirtualRun.Result run = VirtualRun.run(c, new AgentReplay(c, script), T0);
    List<SessionEvent> all = new ArrayList<>();
    all.add(run.started());
    all.addAll(run.events());
    List<SessionEvent> chained = new ArrayList<>();
    String prev = HashChain.GENESIS;
    for (SessionEvent e : all) {
      String hash = chain.hash(prev, e.chained(e.seqNr(), prev, ""));
      chained.add(e.chained(e.seqNr(), prev, hash));
      prev = hash;
    }
    return chained;
  }

  /** Writes events to the journal as the persistence plugin does; returns the ordering each got. */
  List<Long> journal(String persistenceId, List<?> events, List<String> tags) throws Exception {
    Serialization serialization = SerializationExtension.get(system);
    List<Long> orderings = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection()) {
      long seqNr = 0;
      for (Object e : events) {
        var serializer = serialization.findSerializerFor(e);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_journal (deleted, persistence_id, "
            + "sequence_number, writer, write_timestamp, adapter_manifest, event_payload, event_ser_id, "
            + "event_ser_manifest) VALUES (FALSE, ?, ?, 'test', 0, '', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, persistenceId);
          ps.setLong(2, ++seqNr);
          ps.setBytes(3, serializer.toBinary(e));
          ps.setInt(4, serializer.identifier());
          ps.setString(5, Serializers.manifestFor(serializer, e));
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            orderings.add(keys.getLong(1));
          }
        }
        for (String tag : tags) {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_tag (event_id, tag) VALUES (?, ?)")) {
            ps.setLong(1, orderings.get(orderings.size() - 1));
            ps.setString(2, tag);
            ps.executeUpdate();
          }
        }
      }
    }
    return orderings;
  }

  static String sessionPid(String sessionId) {
    return SessionEntity.ENTITY_KEY.name() + "|" + sessionId;
  }

  @Override
  public void close() throws Exception {
    system.terminate();
    system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    database.close();
  }
}
