package servicesim.http;

import static org.junit.Assert.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import servicesim.readside.TokenRepository;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;
import servicesim.service.LiveSessions;
import servicesim.service.Node;
import servicesim.service.Settings;
import servicesim.service.Workshops;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.WorkshopEntity;

/**
 * One node for the route tests of this JVM (H2 in a temporary folder), with tokens for every role and workshops to
 * test against: a practice workshop with trainee {@code ana} live and {@code sam} scripted (already run and scored),
 * and an assessment workshop with {@code ana} and {@code ben} live.
 */
final class TestApi {

  static final String SCENARIO = "refund-defective-unit";

  private static TestApi instance;

  final Node node;
  final LiveSessions live;
  final ApiContext ctx;
  final Api api;
  final Path workshopFiles;
  final String trainer;
  final String ana;
  final String ben;
  final String auditor;
  final String admin;
  final String practice;
  final String assessment;

  private TestApi() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-http-");
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE";
    node = Node.start(Node.Options.of(Settings.of(ConfigFactory.load()).withDb(url, "", "")));
    Runtime.getRuntime().addShutdownHook(new Thread(node::close));
    live = LiveSessions.start(node);
    workshopFiles = Files.createDirectories(dir.resolve("workshops"));
    Files.writeString(workshopFiles.resolve("live-demo.yaml"), """
        id: live-demo
        title: Live demo
        scenarios: [refund-defective-unit]
        trainees:
          - {id: ana, name: Ana, live: true}
          - {id: sam, name: Sam, agent: by-the-book}
        """);
    ctx = new ApiContext(node, live, ApiContext.Limits.DEFAULT, workshopFiles,
        servicesim.ledger.LedgerKey.loadOrCreate(dir.resolve(servicesim.ledger.LedgerKey.FILE)).key());
    api = new Api(ctx);
    TokenRepository tokens = node.readSide().tokens();
    Instant now = Instant.now();
    trainer = tokens.create("trainer", null, now, "test");
    ana = tokens.create("trainee", "ana", now, "test");
    ben = tokens.create("trainee", "ben", now, "test");
    auditor = tokens.create("auditor", null, now, "test");
    admin = tokens.create("admin", null, now, "test");

    Workshops workshops = node.workshops();
    WorkshopEntity.Summary p = workshops.create(new Workshop("practice", "Practice", "default", Workshop.PRACTICE,
        List.of(SCENARIO), List.of(new Trainee("ana", "Ana", null, true), new Trainee("sam", "Sam", "by-the-book",
        false)), "test", "practice-sha"));
    practice = p.workshopId();
    Workshops.Plan plan = workshops.planOf(practice).orElseThrow();
    workshops.run(plan, x -> { }, false).toCompletableFuture().get(2, TimeUnit.MINUTES);
    WorkshopEntity.Summary a = workshops.create(new Workshop("exam", "Exam", "default", Workshop.ASSESSMENT,
        List.of(SCENARIO), List.of(new Trainee("ana", "Ana", null, true), new Trainee("ben", "Ben", null, true)),
        "test", "exam-sha"));
    assessment = a.workshopId();
    assertTrue(node.awaitCatchUp(Duration.ofMinutes(2), lag -> { }));
  }

  static synchronized TestApi get() throws Exception {
    if (instance == null) instance = new TestApi();
    return instance;
  }

  String scriptedSession() {
    return Workshops.sessionId(practice, "sam", SCENARIO);
  }

  /**
   * Starts ana's session of a workshop (or finds it, ended or not: test classes share this node) and, if asked, ends
   * it and waits until it is scored.
   */
  String anaSession(String workshopId, boolean endAndScore) throws Exception {
    String existing = Workshops.sessionId(workshopId, "ana", SCENARIO);
    SessionEntity.Summary found = live.get(existing).toCompletableFuture().get(30, TimeUnit.SECONDS);
    SessionEntity.Summary summary = found.ended() ? found
        : live.start(workshopId, "ana", SCENARIO).toCompletableFuture().get(30, TimeUnit.SECONDS).summary();
    String id = summary.sessionId();
    if (endAndScore) {
      if (!summary.ended()) {
        live.say(id, "Thank you for calling Acme Electronics, this is Ana. How can I help?", null)
            .toCompletableFuture().get(30, TimeUnit.SECONDS);
        live.end(id, "agent").toCompletableFuture().get(30, TimeUnit.SECONDS);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (node.readSide().scores().get(id, null, null).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue("scored", node.readSide().scores().get(id, null, null).isPresent());
    }
    return id;
  }

  Optional<String> token(Map<String, String> byRole, String role) {
    return Optional.ofNullable(byRole.get(role));
  }
}
