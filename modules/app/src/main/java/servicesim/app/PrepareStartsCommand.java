package servicesim.app;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import servicesim.http.HttpServer;
import servicesim.service.Node;
import servicesim.service.Settings;

/**
 * Plays a scenario, then serves the API for a few calls, in one process, on a database of its own: the launcher runs
 * it once after each build while the JVM records every class loaded into a class-data archive, which later starts
 * of any command map instead of loading and verifying the classes again (AppCDS).
 */
@Command(name = "prepare-starts", hidden = true,
    description = "Play a scenario, then serve a few API calls and stop (run by the launcher after each build).")
final class PrepareStartsCommand implements Callable<Integer> {

  /** What the web console asks for as it opens, as each role. */
  private static final Map<String, List<String>> CALLS = Map.of(
      "trainer", List.of("/api/v1/me", "/api/v1/workshops", "/api/v1/scenarios", "/api/v1/policies",
          "/api/v1/catalogue"),
      "trainee", List.of("/api/v1/me", "/api/v1/sessions"),
      "auditor", List.of("/api/v1/audit/events?limit=5"));

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A scenario or workshop file to play.")
  String file;

  @Mixin
  DbOptions db;

  @Override
  public Integer call() throws Exception {
    PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream(), true);
    List<String> run = new ArrayList<>(List.of("run", file));
    if (db.url != null) run.addAll(List.of("--db", db.url));
    int played = Main.init().setOut(quiet).setErr(spec.commandLine().getErr()).execute(run.toArray(String[]::new));
    if (played != 0) return played;
    Settings settings = db.settings();
    Node node = Console.startNode(settings, spec.commandLine().getErr());
    try {
      HttpServer server = HttpServer.start(node, HttpServer.Options.of("127.0.0.1", 0, settings.dataFolder()),
          new PrintStream(OutputStream.nullOutputStream()));
      String base = "http://127.0.0.1:" + server.address().getPort();
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      for (String path : List.of("/ready", "/", "/api/v1/openapi.yaml")) get(client, base + path, null);
      for (var calls : CALLS.entrySet()) {
        String token = server.firstTokens().get(calls.getKey());
        for (String path : calls.getValue()) get(client, base + path, token);
      }
    } finally {
      node.close();
    }
    return 0;
  }

  private static void get(HttpClient client, String uri, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) request.header("Authorization", "Bearer " + token);
    client.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }
}
