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
import java.util.concurrent.TimeUnit;
import servicesim.files.Home;
import servicesim.files.InvalidFileException;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.policy.writing.LanguageToolChecker;
import servicesim.readside.Database;
import servicesim.readside.DbCatalog;
import servicesim.readside.ReadSide;
import servicesim.scenario.ScenarioLibrary;
import servicesim.scenario.ScenarioLoader;
import servicesim.simulation.SessionEntity;
import servicesim.simulation.StaticCatalog;
import servicesim.simulation.WorkshopEntity;

/**
 * One ServiceSim node: the database (migrated on start), the policies and scenario library from the files, an actor
 * system in a cluster (of one, unless configured otherwise) with the session and workshop entities behind Cluster
 * Sharding, and, unless asked not to, the projections.
 */
public final class Node implements AutoCloseable {

  /** What to start; {@code clock} is the only time the node reads (wall time, unless a test gives another). */
  public record Options(Settings settings, Path home, boolean projections, Config extraConfig, Clock clock) {
    public static Options of(Settings settings) {
      return new Options(settings, Home.root(), true, ConfigFactory.empty(), Clock.systemUTC());
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

  /** LanguageTool's English model alone takes a few hundred megabytes of heap. */
  private static final long WARM_UP_HEAP = 768L * 1024 * 1024;

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
    // loading LanguageTool takes seconds: it overlaps with everything below when projections will score sessions and
    // the heap has room for it; otherwise it loads when the first written session is scored
    LanguageToolChecker writing = options.projections() && Runtime.getRuntime().maxMemory() >= WARM_UP_HEAP
        ? new LanguageToolChecker().warmUp() : new LanguageToolChecker();
    Path scenarios = options.home().resolve("scenarios");
    Policies policies = Policies.load(scenarios.resolve("policies"));
    Policy policy = policies.defaultPolicy();
    ScenarioLibrary library = ScenarioLibrary.load(scenarios.resolve("library"), new ScenarioLoader(policy.lexicons()));

    Database database = Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), settings.poolSize());
    try {
      database.migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    Config config = options.extraConfig().withFallback(database.akkaConfig()).withFallback(ConfigFactory.load())
        .resolve();
    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "servicesim", config);
    Cluster cluster = Cluster.get(system);
    if (config.getStringList("akka.cluster.seed-nodes").isEmpty()) {
      cluster.manager().tell(Join.create(cluster.selfMember().address()));
    }
    List<Policy> all = new ArrayList<>(policies.all());
    StaticCatalog loaded = new StaticCatalog(library.all(), all);
    DbCatalog catalog = new DbCatalog(loaded, new servicesim.readside.VersionRepository(database.dataSource(),
        akka.serialization.jackson.JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json",
            java.util.Optional.empty())), policy.lexicons());
    SessionEntity.Tags tags = new SessionEntity.Tags(settings.tags());
    SessionEntity.init(system, catalog, options.clock(), tags);
    WorkshopEntity.init(system);
    ReadSide readSide = options.projections()
        ? ReadSide.init(system, database, catalog, writing, tags)
        : ReadSide.connect(system, database, catalog, writing, tags);
    return new Node(database, system, policies, library, catalog, readSide, settings, writing, options.clock());
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
    readSide = ReadSide.init(system, database, catalog, writing, new SessionEntity.Tags(settings.tags()));
    return readSide;
  }

  public Workshops workshops() {
    return new Workshops(this);
  }

  public Scoreboards scoreboards() {
    return new Scoreboards(readSide, catalog);
  }

  @Override
  public void close() {
    system.terminate();
    try {
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // shutting down anyway
    }
    database.close();
  }

  /** Waits for the projections to reach the end of the journal, reporting how many events are still behind. */
  public boolean awaitCatchUp(Duration timeout, java.util.function.LongConsumer behind) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      long asked = System.nanoTime();
      long lag = readSide.catchUp().totalBehind();
      behind.accept(lag);
      if (lag == 0) return true;
      // counting what is left costs more the more is left: look less often then, so that asking stays a small share
      Thread.sleep(Math.max(100, (System.nanoTime() - asked) * 4 / 1_000_000));
    }
    return false;
  }
}
