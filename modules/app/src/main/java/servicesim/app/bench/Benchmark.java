package servicesim.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import servicesim.files.YamlFile;
import servicesim.policy.Policy;
import servicesim.policy.RuleSpec;
import servicesim.readside.Database;
import servicesim.readside.Rescorer;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;
import servicesim.service.Node;
import servicesim.service.Workshops;

/**
 * The benchmark, in one run on one database: ingest of scripted sessions through the real system (sharded entities,
 * journal), projection catch-up from offset zero, rescoring, then the physical baseline on the same database (batch
 * inserts and a sequential scan of journal-shaped rows as many and as large as the events), and the query phase.
 */
public final class Benchmark {

  /** What to run. */
  public record Options(int sessions, int eventsPerSession, Path workDir) {}

  /** Reports phases as they start, for the progress display. */
  public interface Listener {
    void phase(String name, long total);

    void progress(long done);
  }

  /** An H2 file at a million events takes at most this much per event. */
  static final double DISK_PER_EVENT_H2 = 2048;

  private final Node node;
  private final Options options;
  private final Listener listener;

  public Benchmark(Node node, Options options, Listener listener) {
    this.node = node;
    this.options = options;
    this.listener = listener;
  }

  public List<Figure> run(QueryPhase queries) throws Exception {
    List<Figure> figures = new ArrayList<>();
    Scenario scenario = generateScenario();
    node.addScenario(scenario);

    // ingest: sessions played through sharded entities into the journal, projections not running
    Workshops workshops = node.workshops();
    List<Trainee> trainees = new ArrayList<>();
    for (int i = 0; i < options.sessions(); i++) {
      trainees.add(new Trainee("t" + i, "Trainee " + i, BenchScenario.AGENT, false));
    }
    Workshop workshop = new Workshop("bench", "Benchmark", "default", Workshop.PRACTICE, List.of(scenario.id()),
        List.copyOf(trainees), scenario.file(), scenario.sha256());
    Workshops.Plan plan = workshops.plan(workshop);
    listener.phase("ingest", plan.jobs().size());
    long start = System.nanoTime();
    long[] lastSession = {0};
    Workshops.Result result = workshops.run(plan, p -> {
      lastSession[0] = System.nanoTime();
      listener.progress(p.done());
    }).toCompletableFuture().get(6, TimeUnit.HOURS);
    double ingestSeconds = (System.nanoTime() - start) / 1e9;
    org.slf4j.LoggerFactory.getLogger(Benchmark.class).info("ingest: last session after {} s, run complete after {} s",
        (lastSession[0] - start) / 1e9, ingestSeconds);
    if (!result.failures().isEmpty()) throw new IllegalStateException("sessions failed: " + result.failures().get(0));
    long events = scalar("SELECT COUNT(*) FROM event_journal");
    long sessionEvents = scalar("SELECT COUNT(*) FROM event_journal WHERE persistence_id LIKE 'Session|%'");
    int payload = (int) scalar("SELECT AVG(LENGTH(event_payload)) FROM event_journal WHERE persistence_id LIKE 'Session|%'");

    // projection catch-up from offset zero: audit trail, workshops and scoring
    listener.phase("catch-up", events);
    start = System.nanoTime();
    node.startProjections();
    if (!node.awaitCatchUp(Duration.ofHours(6), behind -> listener.progress(Math.max(0, events - behind)))) {
      throw new IllegalStateException("the projections did not catch up");
    }
    double catchUpSeconds = (System.nanoTime() - start) / 1e9;
    long diskBytes = node.database().sizeOnDisk();

    // rescore every session under a new policy version
    Policy policy = node.policies().defaultPolicy();
    List<RuleSpec> rules = new ArrayList<>();
    for (RuleSpec r : policy.rules()) rules.add(r.id().equals("greeting") ? r.withWeight(r.weight() + 1) : r);
    Policy v2 = new Policy(policy.id(), policy.version() + 1000, policy.title(), policy.passMark(), rules,
        policy.goals(), policy.outcomes(), policy.reactions(), policy.lexiconDirectory(), policy.lexicons(),
        policy.sha256());
    listener.phase("rescore", options.sessions());
    long[] rescored = {0};
    start = System.nanoTime();
    Rescorer.Result rescore = node.readSide().rescorer().rescore(v2, node.clock().instant(), id -> listener.progress(++rescored[0]));
    double rescoreSeconds = (System.nanoTime() - start) / 1e9;
    if (!rescore.failures().isEmpty()) throw new IllegalStateException("rescoring failed: " + rescore.failures().get(0));

    // the physical limit on the same database
    listener.phase("baseline", sessionEvents);
    Baseline.Result baseline = Baseline.run(node.database(), sessionEvents, payload,
        (int) Math.max(1, sessionEvents / options.sessions()));

    figures.add(Figure.plain("events stored", events, "events"));
    figures.add(Figure.plain("average event size", payload, "bytes"));
    figures.add(Figure.plain("baseline: batch insert", baseline.insertRate(), "rows/s"));
    figures.add(Figure.plain("baseline: sequential scan", baseline.scanRate(), "rows/s"));
    figures.add(Figure.against("ingest", sessionEvents / ingestSeconds, "events/s", "batch insert",
        baseline.insertRate(), 0.5));
    figures.add(Figure.against("projection catch-up", events / catchUpSeconds, "events/s", "sequential scan",
        baseline.scanRate(), 0.5));
    figures.add(Figure.plain("rescore", rescore.scored() / rescoreSeconds, "sessions/s"));
    figures.add(Figure.plain("database size after ingest and catch-up", diskBytes / 1048576.0, "MB"));
    figures.add(Figure.plain("disk per event, as written", (double) diskBytes / events, "bytes"));
    figures.addAll(queries.run(node, listener));
    return figures;
  }

  /** The figures of `db compact` run on the benchmark's database after it: size, per event, and how long it took. */
  public static List<Figure> compaction(List<Figure> figures, Database.Compacted compacted, double seconds) {
    double events = figures.stream().filter(f -> f.name().equals("events stored")).findFirst().orElseThrow().value();
    double perEvent = compacted.after() / events;
    return List.of(
        Figure.plain("database size after db compact", compacted.after() / 1048576.0, "MB"),
        events >= BenchQueries.MILLION
            ? Figure.atMost("disk per event after db compact", perEvent, "bytes", DISK_PER_EVENT_H2)
            : Figure.plain("disk per event after db compact", perEvent, "bytes"),
        Figure.plain("db compact", seconds, "s"));
  }

  private Scenario generateScenario() throws Exception {
    Files.createDirectories(options.workDir());
    Path file = options.workDir().resolve(BenchScenario.ID + ".yaml");
    Files.writeString(file, BenchScenario.yaml(BenchScenario.turns(options.eventsPerSession())));
    return new ScenarioLoader(node.policies().defaultPolicy().lexicons()).load(YamlFile.read(file));
  }

  private long scalar(String sql) throws Exception {
    try (Connection c = node.database().dataSource().getConnection(); var st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The query and export figures, measured against the stored events. */
  public interface QueryPhase {
    List<Figure> run(Node node, Listener listener) throws Exception;
  }

  /** No query phase: for runs that only measure writing and projecting. */
  public static final QueryPhase NONE = (node, listener) -> List.of();

  static void forEach(List<Figure> figures, Consumer<Figure> f) {
    figures.forEach(f);
  }
}
