package servicesim.readside;

import akka.actor.typed.ActorSystem;
import akka.serialization.jackson.JacksonObjectMapperProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import servicesim.policy.writing.WritingChecker;
import servicesim.simulation.Catalog;

/** The read side of one node: its projections, and the repositories HTTP and the CLI query. */
public final class ReadSide {

  private final Database database;
  private final ObjectMapper mapper;
  private final int tagCount;
  private final SessionScorer scorer;
  private final JournalReader journal;

  private ReadSide(Database database, ObjectMapper mapper, int tagCount, SessionScorer scorer, JournalReader journal) {
    this.database = database;
    this.mapper = mapper;
    this.tagCount = tagCount;
    this.scorer = scorer;
    this.journal = journal;
  }

  /** Read access without running projections (for commands that only query). */
  public static ReadSide connect(ActorSystem<?> system, Database database, Catalog catalog, WritingChecker writing,
      int tagCount) {
    ObjectMapper mapper = JacksonObjectMapperProvider.get(system).getOrCreate("jackson-json", Optional.empty());
    return new ReadSide(database, mapper, tagCount, new SessionScorer(catalog, writing), new JournalReader(system));
  }

  /** Starts the audit trail, scoring and workshop projections on this node. */
  public static ReadSide init(ActorSystem<?> system, Database database, Catalog catalog, WritingChecker writing,
      int tagCount) {
    ReadSide readSide = connect(system, database, catalog, writing, tagCount);
    AuditTrailProjection.init(system, database, readSide.mapper);
    WorkshopProjection.init(system, database);
    ScoringProjection.init(system, database, readSide.mapper, readSide.scorer, readSide.journal, tagCount);
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

  public AccessLogRepository accessLog() {
    return new AccessLogRepository(database.dataSource());
  }

  public AuditVerifier verifier() {
    return new AuditVerifier(database.dataSource(), mapper);
  }

  public Rescorer rescorer() {
    return new Rescorer(database.dataSource(), mapper, scorer, journal);
  }

  public CatchUp catchUp() {
    return new CatchUp(database.dataSource(), tagCount);
  }
}
