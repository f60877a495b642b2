package servicesim.http;

import akka.Done;
import akka.actor.CoordinatedShutdown;
import akka.http.javadsl.Http;
import akka.http.javadsl.ServerBinding;
import akka.http.javadsl.model.MediaTypes;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import servicesim.files.Home;
import servicesim.ledger.LedgerException;
import servicesim.ledger.LedgerKey;
import servicesim.service.LiveSessions;
import servicesim.service.Node;

/**
 * Serves the API of a node: creates the first tokens if there are none, picks up live sessions left running, binds,
 * and adds itself to the actor system's coordinated shutdown (stop accepting, let requests finish, then unbind).
 */
public final class HttpServer {

  private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
  private static final Duration HARD_DEADLINE = Duration.ofSeconds(10);

  /** Where to listen, where the tokens file goes, and where workshop files are. */
  public record Options(String host, int port, Path dataFolder, Path workshopFiles, ApiContext.Limits limits) {
    public static Options of(String host, int port, Path dataFolder) {
      return new Options(host, port, dataFolder, Home.workshops(), ApiContext.Limits.DEFAULT);
    }
  }

  private final ServerBinding binding;
  private final Map<String, String> firstTokens;
  private final LiveSessions live;
  private final AtomicReference<CompletableFuture<Object>> terminated = new AtomicReference<>();

  private HttpServer(ServerBinding binding, Map<String, String> firstTokens, LiveSessions live) {
    this.binding = binding;
    this.firstTokens = firstTokens;
    this.live = live;
  }

  public static HttpServer start(Node node, Options options, PrintStream out) throws Exception {
    Map<String, String> first = Tokens.bootstrap(node.readSide().tokens(), options.dataFolder(), out,
        node.clock().instant());
    LedgerKey key = ledgerKey(options.dataFolder(), out);
    LiveSessions live = LiveSessions.start(node);
    live.resume().whenComplete((n, e) -> {
      if (e != null) log.warn("could not resume live sessions: {}", e.getMessage());
      else if (n > 0) log.info("resumed the customers of {} live sessions", n);
    });
    ApiContext ctx = new ApiContext(node, live, options.limits(), options.workshopFiles(), key);
    ServerBinding binding = Http.get(node.system()).newServerAt(options.host(), options.port())
        // a malformed header would be logged with its value: it may hold a token
        .adaptSettings(s -> s.withRemoteAddressAttribute(true)
            .withParserSettings(s.getParserSettings().withIllegalHeaderWarnings(false)
            // akka-http drops a JSON body's declared charset; parsed as open, it is decoded by it or refused
            .withCustomMediaTypes(MediaTypes.applicationWithOpenCharset("json"))))
        .bind(new Api(ctx).route())
        .toCompletableFuture().get(30, TimeUnit.SECONDS);
    HttpServer server = new HttpServer(binding, first, live);
    CoordinatedShutdown.get(node.system()).addTask(CoordinatedShutdown.PhaseServiceUnbind(), "http-unbind",
        () -> server.terminate().thenApply(x -> Done.getInstance()));
    log.info("HTTP API listening on {}", binding.localAddress());
    return server;
  }

  /**
   * The installation's ledger key from the data folder, created there (owner-only) on the first start with its public
   * key printed for auditors to keep.
   */
  public static LedgerKey ledgerKey(Path dataFolder, PrintStream out) throws LedgerException {
    LedgerKey.Loaded loaded = LedgerKey.loadOrCreate(dataFolder.resolve(LedgerKey.FILE));
    if (loaded.created()) {
      out.println("Created the ledger signing key in " + loaded.file() + " (readable by you only). Auditors keep its "
          + "public key (key id " + loaded.key().keyId() + "):");
      out.println("  " + loaded.key().publicKeyBase64());
      out.flush();
    }
    return loaded.key();
  }

  /** Stops accepting, lets requests finish within the deadline, unbinds; once, however often asked. */
  private CompletionStage<?> terminate() {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    if (!terminated.compareAndSet(null, mine)) return terminated.get();
    binding.terminate(HARD_DEADLINE).whenComplete((t, e) -> {
      if (e != null) mine.completeExceptionally(e);
      else mine.complete(t);
    });
    return mine;
  }

  public InetSocketAddress address() {
    return binding.localAddress();
  }

  /** The tokens created on this start (empty unless it was the first). */
  public Map<String, String> firstTokens() {
    return firstTokens;
  }

  public LiveSessions live() {
    return live;
  }

  public void stop() {
    try {
      terminate().toCompletableFuture().get(HARD_DEADLINE.toSeconds() + 5, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("stopping the HTTP server: {}", e.getMessage());
    }
  }
}
