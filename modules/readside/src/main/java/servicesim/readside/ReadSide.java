package servicesim.readside;

import akka.actor.typed.ActorSystem;
import akka.serialization.jackson.JacksonObjectMapperProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import servicesim.policy.writing.WritingChecker;
import servicesim.simulation.Catalog;
import servicesim.simulation.SessionEntity;

/** The read side of one node: its projections, and the repositories HTTP and the CLI query. */
public final class ReadSide {

  private final Database database;
  private final ObjectMapper mapper;
  private final SessionEntity.Tags tags;
  private final StoredWritingChecks writing;
  private final SessionScorer scorer;
  private final SessionScorer verifyingScorer;
  private final JournalRepository journal;

  private ReadSide(Database database, ObjectMapper mapper, SessionEntity.Tags tags, WritingChecker checker,
      Catalog catalog, JournalRepository journal) {
    this.database = database;
    this.mapper = mapper;
    this.tags = tags;
    this.writing = new StoredWritingChecks(database.dataSource(), mapper, checker);
    this.scorer = new SessionScorer(catalog, writing);
    // a verification recomputes every finding rather than trust stored ones
    this.verifyingScorer = new SessionScorer(catalog, checker);
    this.journal = journal;
  }

  /** Read access without running projections (for commands that only query). */
  public static ReadSide connect(ActorSystem<?> system, Database database, Catalog catalog, WritingChecker writing,
      SessionEntity.Tags tags) {
    ObjectMapper mapper = JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty());
    JournalNotices.get(system).useDatabase(database.dataSource());
    return new ReadSide(database, mapper, tags, writing, catalog, new JournalRepository(system, database.dataSource()));
  }

  /** Starts the audit trail, scoring, workshop and review projections on this node. */
  public static ReadSide init(ActorSystem<?> system, Database database, Catalog catalog, WritingChecker writing,
      SessionEntity.Tags tags) {
    ReadSide readSide = connect(system, database, catalog, writing, tags);
    AuditTrailProjection.init(system, database, readSide.mapper);
    WorkshopProjection.init(system, database);
    ScoringProjection.init(system, database, readSide.mapper, readSide.scorer, readSide.journal, tags);
    ReviewProjection.init(system, database, readSide.scorer);
    return readSide;
  }

  public Database database() {
    return database;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public AuditRepository audit() {
    return new AuditRepository(database.dataSource());
  }

  public SessionRepository sessions() {
    return new SessionRepository(database.dataSource());
  }

  public ScoreRepository scores() {
    return new ScoreRepository(database.dataSource(), mapper);
  }

  public ReviewRepository reviews() {
    return new ReviewRepository(database.dataSource());
  }

  public KpiRepository kpis() {
    return new KpiRepository(database.dataSource());
  }

  public WorkshopRepository workshops() {
    return new WorkshopRepository(database.dataSource());
  }

  public VersionRepository versions() {
    return new VersionRepository(database.dataSource(), mapper);
  }

  public TokenRepository tokens() {
    return new TokenRepository(database.dataSource());
  }

  /** The writing checker scoring uses: findings kept by text. */
  public StoredWritingChecks writing() {
    return writing;
  }

  public JournalRepository journal() {
    return journal;
  }

  public AccessLogRepository accessLog() {
    return new AccessLogRepository(database.dataSource());
  }

  public AuditVerifier verifier() {
    return new AuditVerifier(database.dataSource(), mapper, journal, verifyingScorer);
  }

  public Rescorer rescorer() {
    return new Rescorer(database.dataSource(), mapper, scorer, journal);
  }

  public CatchUp catchUp() {
    return new CatchUp(database.dataSource(), journal, tags);
  }
}
