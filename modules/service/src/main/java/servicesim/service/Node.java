package servicesim.service;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.typed.Cluster;
import akka.cluster.typed.Join;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Collection;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.files.Home;
import servicesim.files.InvalidFileException;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.writing.LanguageToolChecker;
import servicesim.readside.Database;
import servicesim.readside.DatabaseWriters;
import servicesim.readside.DbCatalog;
import servicesim.readside.ReadSide;
import servicesim.scenario.AgentStep;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLibrary;
import servicesim.scenario.ScenarioLoader;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.StaticCatalog;
import servicesim.simulation.WorkshopEntity;
import servicesim.simulation.WorkshopRunner;

/**
 * One ServiceSim node: the database (migrated on start), the policies and scenario library from the files, an actor
 * system in a cluster (of one, unless configured otherwise) with the session and workshop entities behind Cluster
 * Sharding, and, unless asked not to, the projections.
 */
public final class Node implements AutoCloseable {

  /** Wall time, the one place it is read: nodes run on it unless a test gives another, as do commands without one. */
  public static final Clock WALL_CLOCK = Clock.systemUTC();

  /** What to start; {@code clock} is the only time the node reads (wall time, unless a test gives another). */
  public record Options(Settings settings, Path home, boolean projections, Config extraConfig, Clock clock) {
    public static Options of(Settings settings) {
      return new Options(settings, Home.root(), true, ConfigFactory.empty(), WALL_CLOCK);
    }

    public Options withoutProjections() {
      return new Options(settings, home, false, extraConfig, clock);
    }

    public Options withConfig(Config config) {
      return new Options(settings, home, projections, config.withFallback(extraConfig), clock);
    }

    public Options withClock(Clock other) {
      return new Options(settings, home, projections, extraConfig, other);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(Node.class);

  /** LanguageTool's English model alone takes a few hundred megabytes of heap. */
  private static final long WARM_UP_HEAP = 768L * 1024 * 1024;

  private String cluster;
  private DatabaseWriters.Registration writer;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
  private final Database database;
  private final ActorSystem<Void> system;
  private final Policies policies;
  private final ScenarioLibrary library;
  private final DbCatalog catalog;
  private ReadSide readSide;
  private final Settings settings;
  private final LanguageToolChecker writing;
  private final Clock clock;
  private final java.util.Map<String, servicesim.scenario.Scenario> extraScenarios =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Node(Database database, ActorSystem<Void> system, Policies policies, ScenarioLibrary library,
      DbCatalog catalog, ReadSide readSide, Settings settings, LanguageToolChecker writing, Clock clock) {
    this.writing = writing;
    this.clock = clock;
    this.database = database;
    this.system = system;
    this.policies = policies;
    this.library = library;
    this.catalog = catalog;
    this.readSide = readSide;
    this.settings = settings;
  }

  /** The configuration a node runs with: application.conf, then the environment, then {@code extra}. */
  public static Config config(Config extra) {
    return extra.withFallback(ConfigFactory.load());
  }

  public static Node start(Options options) throws InvalidFileException {
    Settings settings = options.settings();
    long t0 = System.nanoTime();
    // the files load while the database opens and migrates: each takes a good part of a second on a small machine
    CompletableFuture<Files> files = CompletableFuture.supplyAsync(() -> Files.load(options.home()));
    Database database = Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), settings.poolSize());
    long opened = System.nanoTime();
    try {
      database.migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    long migrated = System.nanoTime();
    Config base = options.extraConfig().withFallback(database.akkaConfig()).withFallback(ConfigFactory.load());
    List<String> seeds = base.getStringList("akka.cluster.seed-nodes");
    boolean alone = seeds.isEmpty();
    String cluster = alone ? "alone:" + java.util.UUID.randomUUID() : "seeds:" + String.join(",", new TreeSet<>(seeds));
    DatabaseWriters.Registration writer;
    try {
      // before anything runs: a second process on a database another one is writing is told so at once
      writer = options.projections() ? new DatabaseWriters(database.dataSource()).register(cluster) : null;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    // what a caller or -D sets still wins over the settings of a node alone
    Config config = (alone ? options.extraConfig().withFallback(ConfigFactory.systemProperties())
        .withFallback(ALONE).withFallback(base) : base).resolve();
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "servicesim", config);
    Cluster members = Cluster.get(system);
    if (alone) members.manager().tell(Join.create(members.selfMember().address()));
    long actors = System.nanoTime();
    Files loaded;
    try {
      loaded = files.join();
    } catch (java.util.concurrent.CompletionException e) {
      system.terminate();
      database.close();
      if (writer != null) writer.close();
      if (e.getCause() instanceof InvalidFileException invalid) throw invalid;
      throw e;
    }
    Policies policies = loaded.policies();
    Policy policy = policies.defaultPolicy();
    ScenarioLibrary library = loaded.library();
    // LanguageTool takes seconds and hundreds of megabytes to load: it loads when a written session is to be scored
    LanguageToolChecker writing = LanguageToolChecker.shared();
    List<Policy> all = new ArrayList<>(policies.all());
    StaticCatalog catalog0 = new StaticCatalog(library.all(), all);
    DbCatalog catalog = new DbCatalog(catalog0, new servicesim.readside.VersionRepository(database.dataSource(),
        akka.serialization.jackson.JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json",
            java.util.Optional.empty())), policy.lexicons());
    SessionEntity.Tags tags = new SessionEntity.Tags(settings.tags());
    SessionEntity.init(system, catalog, options.clock(), tags);
    WorkshopEntity.init(system);
    servicesim.simulation.ReviewEntity.init(system);
    servicesim.simulation.CalibrationEntity.init(system);
    ReadSide readSide = options.projections()
        ? ReadSide.init(system, database, catalog, writing, tags)
        : ReadSide.connect(system, database, catalog, writing, tags);
    log.info("node started in {} ms: database opened in {} ms, migrated in {} ms, actor system in {} ms, rest {} ms{}",
        ms(System.nanoTime() - t0), ms(opened - t0), ms(migrated - opened), ms(actors - migrated),
        ms(System.nanoTime() - actors), alone ? " (alone: no other cluster members expected)" : "");
    Node node = new Node(database, system, policies, library, catalog, readSide, settings, writing, options.clock());
    node.cluster = cluster;
    node.writer = writer;
    // a node of a cluster takes over the runs of a node that leaves it
    if (!alone) RunTakeover.start(node);
    return node;
  }

  /**
   * A node without seed nodes is a cluster of one: it is up at once, there is no other node to split from, and on the
   * way out no other member has to see it leave (waiting for that took a second of every command).
   */
  private static final Config ALONE = ConfigFactory.parseString("""
      akka.cluster.downing-provider-class = ""
      akka.coordinated-shutdown.phases.cluster-exiting.enabled = off
      akka.cluster.periodic-tasks-initial-delay = 0s
      akka.cluster.leader-actions-interval = 100ms
      akka.cluster.sharding.retry-interval = 200ms
      akka.cluster.singleton-proxy.singleton-identification-interval = 100ms
      """);

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** The policies and the scenario library, from the files under the home folder. */
  private record Files(Policies policies, ScenarioLibrary library) {
    static Files load(Path home) {
      try {
        Path scenarios = home.resolve("scenarios");
        Policies policies = Policies.load(scenarios.resolve("policies"));
        ScenarioLibrary library = ScenarioLibrary.load(scenarios.resolve("library"),
            new ScenarioLoader(policies.defaultPolicy().lexicons()));
        return new Files(policies, library);
      } catch (InvalidFileException e) {
        throw new java.util.concurrent.CompletionException(e);
      }
    }
  }

  /**
   * Starts loading LanguageTool, if the heap has room, for the languages of the written sessions these scripted jobs
   * will play, unless every line their agents write has been checked before: scoring then does not wait for it.
   */
  public void prepareWriting(Collection<WorkshopRunner.Job> jobs) {
    if (Runtime.getRuntime().maxMemory() < WARM_UP_HEAP) return;
    Map<String, List<String>> texts = new TreeMap<>();
    for (WorkshopRunner.Job job : jobs) {
      Scenario scenario = job.conversation().scenario();
      if (!scenario.channel().written()) continue;
      List<String> lines = texts.computeIfAbsent(scenario.language(), l -> new ArrayList<>());
      for (AgentStep step : job.script().steps()) {
        if (step instanceof AgentStep.Say say) lines.add(say.text());
      }
    }
    Set<String> unchecked = new TreeSet<>();
    texts.forEach((language, lines) -> {
      if (!readSide.writing().allChecked(language, lines)) unchecked.add(language);
    });
    LanguageToolChecker.shared().warmUp(unchecked);
  }

  /**
   * As above, before a node starts, for a command that knows the languages of its written sessions: only on a new H2
   * database, which has checked nothing yet (elsewhere the node looks first).
   */
  public static void prepareWriting(Settings settings, java.util.function.Supplier<Set<String>> languages) {
    if (Runtime.getRuntime().maxMemory() < WARM_UP_HEAP || !Database.newH2File(settings.dbUrl())) return;
    LanguageToolChecker.shared().warmUp(languages.get());
  }

  public ActorSystem<Void> system() {
    return system;
  }

  /** The time this node runs on. */
  public Clock clock() {
    return clock;
  }

  public Database database() {
    return database;
  }

  public Policies policies() {
    return policies;
  }

  public ScenarioLibrary library() {
    return library;
  }

  /** A scenario of the library, or one added from another file for this process. */
  public java.util.Optional<servicesim.scenario.Scenario> scenario(String id) {
    servicesim.scenario.Scenario added = extraScenarios.get(id);
    return added != null ? java.util.Optional.of(added) : library.get(id);
  }

  /** Makes a scenario from outside the library runnable and scorable in this process. */
  public void addScenario(servicesim.scenario.Scenario scenario) {
    extraScenarios.put(scenario.id(), scenario);
    catalog.loaded().add(scenario);
  }

  /** Every scenario by id: the library's and those added. */
  public java.util.Map<String, servicesim.scenario.Scenario> scenarios() {
    java.util.Map<String, servicesim.scenario.Scenario> all = new java.util.LinkedHashMap<>(library.byId());
    all.putAll(extraScenarios);
    return all;
  }

  public DbCatalog catalog() {
    return catalog;
  }

  public ReadSide readSide() {
    return readSide;
  }

  public Settings settings() {
    return settings;
  }

  /** Starts the projections on a node that was started without them (they begin where their offsets stand). */
  public synchronized ReadSide startProjections() {
    if (writer == null) writer = new DatabaseWriters(database.dataSource()).register(cluster);
    readSide = ReadSide.init(system, database, catalog, writing, new SessionEntity.Tags(settings.tags()));
    return readSide;
  }

  public Workshops workshops() {
    return new Workshops(this);
  }

  public Progresses progress() {
    return new Progresses(readSide);
  }

  public Reviews reviews() {
    return new Reviews(this);
  }

  public Scoreboards scoreboards() {
    return new Scoreboards(readSide, catalog);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    system.terminate();
    try {
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // shutting down anyway
    }
    if (writer != null) writer.close();
    database.close();
  }

  /** This process's entry among the database's writers, while it writes (projections running). */
  public Optional<DatabaseWriters.Registration> writer() {
    return Optional.ofNullable(writer);
  }

  public boolean isClosed() {
    return closed.get();
  }

  /** Waits for the projections to reach the end of the journal, reporting how many events are still behind. */
  public boolean awaitCatchUp(Duration timeout, java.util.function.LongConsumer behind) throws InterruptedException {
    return awaitCatchUp(timeout, () -> readSide.catchUp().totalBehind(), behind);
  }

  /** Waits for one projection to reach the end of the journal (e.g. {@code ReviewProjection.NAME}). */
  public boolean awaitCatchUp(Duration timeout, String projection) throws InterruptedException {
    return awaitCatchUp(timeout, () -> readSide.catchUp().behind(projection), lag -> { });
  }

  private boolean awaitCatchUp(Duration timeout, java.util.function.LongSupplier lagNow,
      java.util.function.LongConsumer behind) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      long asked = System.nanoTime();
      long lag = lagNow.getAsLong();
      behind.accept(lag);
      if (lag == 0) return true;
      // counting what is left costs more the more is left: look less often then, so that asking stays a small share
      Thread.sleep(Math.max(100, (System.nanoTime() - asked) * 4 / 1_000_000));
    }
    return false;
  }
}
