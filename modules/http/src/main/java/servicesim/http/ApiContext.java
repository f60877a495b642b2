package servicesim.http;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.DispatcherSelector;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import servicesim.readside.TokenRepository;
import servicesim.ledger.LedgerKey;
import servicesim.service.AuditQueries;
import servicesim.files.YamlFile;
import servicesim.service.LiveSessions;
import servicesim.service.Node;
import servicesim.service.SessionQueries;
import servicesim.service.WorkshopQueries;

/**
 * What every routes class shares: the node, its live sessions, the query services the routes read through, the
 * persistence ObjectMapper, the blocking dispatcher for JDBC, the limits, and where workshop files are.
 */
public final class ApiContext {

  /** Request size and field limits. */
  public record Limits(int jsonBytes, int yamlBytes, int messageChars, int fieldChars) {
    public static final Limits DEFAULT = new Limits(64 * 1024, YamlFile.MAX_BYTES, 4000, 4000);
  }

  private final Node node;
  private final LiveSessions live;
  private final ObjectMapper mapper;
  private final ObjectMapper requestMapper;
  private final Executor blocking;
  private final Limits limits;
  private final Path workshopFiles;
  private final Problems problems;
  private final SessionQueries sessions;
  private final WorkshopQueries workshops;
  private final AuditQueries audit;
  private final BadTokenThrottle throttle = new BadTokenThrottle();

  public ApiContext(Node node, LiveSessions live, Limits limits, Path workshopFiles, LedgerKey ledgerKey) {
    this.node = node;
    this.live = live;
    this.mapper = node.readSide().mapper();
    this.requestMapper = mapper.copy().registerModule(RequestText.strictStrings());
    this.blocking = node.system().dispatchers().lookup(DispatcherSelector.blocking());
    this.limits = limits;
    this.workshopFiles = workshopFiles;
    this.problems = new Problems(mapper);
    this.sessions = new SessionQueries(node);
    this.workshops = new WorkshopQueries(node);
    this.audit = new AuditQueries(node, ledgerKey);
  }

  public SessionQueries sessions() {
    return sessions;
  }

  public WorkshopQueries workshops() {
    return workshops;
  }

  public AuditQueries audit() {
    return audit;
  }

  public TokenRepository tokens() {
    return node.readSide().tokens();
  }

  public Node node() {
    return node;
  }

  public ActorSystem<Void> system() {
    return node.system();
  }

  public LiveSessions live() {
    return live;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** Reads request bodies: as {@link #mapper()}, but text fields take JSON strings only. */
  public ObjectMapper requestMapper() {
    return requestMapper;
  }

  public Executor blocking() {
    return blocking;
  }

  public Limits limits() {
    return limits;
  }

  public Path workshopFiles() {
    return workshopFiles;
  }

  public Problems problems() {
    return problems;
  }

  BadTokenThrottle throttle() {
    return throttle;
  }

  /** The time tokens are created, expire and are used at. */
  public Clock clock() {
    return node.clock();
  }
}
