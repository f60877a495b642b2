package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;

/**
 * Three {@code serve} nodes on loopback over one PostgreSQL database; one of them is killed ({@code kill -9}) while it
 * runs a scripted workshop and holds live sessions. The run resumes on a survivor and completes, every session is
 * scored once, the survivors keep writing meanwhile, both read the run's status the same, and the live sessions take
 * the trainee's next message on a survivor: those the killed node held resume with the outage given back
 * ({@code SessionResumed}), and no session is nudged (nor its mood lowered) for the silence. The figures are printed.
 */
public class NodeLossTest extends JUnitSuite {

  private static final String SCENARIO = "refund-defective-unit";
  private static final String[] AGENTS = {"by-the-book", "reactive", "policy-bound"};
  /** Scripted sessions of the run on the node that is killed, and of the run on a node that stays. */
  private static final int KILLED_RUN = 240;
  private static final int KEPT_RUN = 240;
  private static final int LIVE = 6;
  private static final Duration BOUND = Duration.ofMinutes(3);

  private final List<Process> children = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @After
  public void killChildren() throws Exception {
    for (Process p : children) p.destroyForcibly();
    for (Process p : children) p.waitFor(30, TimeUnit.SECONDS);
  }

  @Test
  public void aKilledNodeCostsItsSessionsSecondsAndTheRunCompletesOnTheSurvivors() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-node-loss-");
    String url = TestPostgres.newDatabase();
    int[] cluster = {freePort(), freePort(), freePort()};
    int[] web = {freePort(), freePort(), freePort()};
    String seed = "akka://servicesim@127.0.0.1:" + cluster[0];
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 3; i++) logs.add(Files.createDirectories(dir.resolve("node" + (i + 1))));

    // the first node migrates the database and prints the first tokens; the others join it
    Process first = serve(logs.get(0), url, cluster[0], web[0], seed);
    String trainer = awaitTrainerToken(logs.get(0), first);
    for (int i = 1; i < 3; i++) serve(logs.get(i), url, cluster[i], web[i], seed);
    for (int i = 1; i < 3; i++) awaitText(logs.get(i).resolve("child.out"), "ServiceSim web UI on", children.get(i));
    awaitMembers(url, web, trainer);

    Node kept = new Node(web[0], trainer);
    Node other = new Node(web[1], trainer);
    Node doomed = new Node(web[2], trainer);
    String killedRun = createWorkshop(kept, "doomed", KILLED_RUN, LIVE);
    String keptRun = createWorkshop(kept, "kept", KEPT_RUN, 0);

    // live trainees start their sessions and greet the customer before anything goes wrong
    Map<String, String> liveSessions = new LinkedHashMap<>();
    for (int i = 0; i < LIVE; i++) {
      String token = call(kept, "POST", "/tokens", Map.of("role", "trainee", "trainee", "ana" + i, "workshop",
          killedRun), trainer, 201).get("token").asText();
      String session = call(kept, "POST", "/sessions", Map.of("workshopId", killedRun, "scenarioId", SCENARIO), token,
          201).get("sessionId").asText();
      call(kept, "POST", "/sessions/" + session + "/messages", Map.of("text", "Thank you for calling Acme Electronics, "
          + "this is Ana. How can I help you?"), token, 200);
      liveSessions.put(session, token);
    }

    call(doomed, "POST", "/workshops/" + killedRun + "/run", null, trainer, 202);
    call(kept, "POST", "/workshops/" + keptRun + "/run", null, trainer, 202);
    String doomedNode = call(kept, "GET", "/workshops/" + killedRun, null, trainer, 200).get("run").get("node")
        .asText();
    assertTrue(doomedNode, doomedNode.endsWith(":" + cluster[2]));
    awaitEnded(url, killedRun, KILLED_RUN / 8);

    children.get(2).destroyForcibly();
    long killedAt = System.currentTimeMillis();
    assertTrue(children.get(2).waitFor(30, TimeUnit.SECONDS));
    int endedAtKill = ended(url, killedRun);
    assertTrue("the run is still going when its node is killed: " + endedAtKill, endedAtKill < KILLED_RUN);

    // the trainees carry on, each at once: every live session takes the next message on a survivor
    Map<String, java.util.concurrent.CompletableFuture<Long>> resumed = new LinkedHashMap<>();
    java.util.concurrent.atomic.AtomicInteger refusedAttempts = new java.util.concurrent.atomic.AtomicInteger();
    for (Map.Entry<String, String> live : liveSessions.entrySet()) {
      resumed.put(live.getKey(), java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          long deadline = System.nanoTime() + BOUND.toNanos();
          int status;
          do {
            status = send(other, "POST", "/sessions/" + live.getKey() + "/messages", Map.of("text", "I'm sorry about "
                + "that. Just to confirm, you'd like a new unit and a refund, right?"), live.getValue()).statusCode();
            if (status != 200) {
              refusedAttempts.incrementAndGet();
              Thread.sleep(250);
            }
          } while (status != 200 && System.nanoTime() < deadline);
          return status == 200 ? System.currentTimeMillis() - killedAt : -1L;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, java.util.concurrent.Executors.newSingleThreadExecutor()));
    }
    List<Long> resumedAfter = new ArrayList<>();
    for (Map.Entry<String, java.util.concurrent.CompletableFuture<Long>> r : resumed.entrySet()) {
      long after = r.getValue().get(BOUND.toSeconds() + 60, TimeUnit.SECONDS);
      assertTrue("live session " + r.getKey() + " takes a message on a survivor", after >= 0);
      resumedAfter.add(after);
    }

    // the run moves to a survivor and completes
    String taken = doomedNode;
    long deadline = System.nanoTime() + BOUND.toNanos();
    JsonNode run = null;
    while (System.nanoTime() < deadline) {
      run = call(other, "GET", "/workshops/" + killedRun, null, trainer, 200).get("run");
      if (taken.equals(doomedNode) && !run.get("node").asText().equals(doomedNode)) {
        taken = run.get("node").asText();
      }
      if ("done".equals(run.get("state").asText()) && "done".equals(runState(kept, keptRun, trainer))) break;
      Thread.sleep(200);
    }
    long doneAt = System.currentTimeMillis();
    long downedAt = loggedAt(logs.subList(0, 2), "left the cluster");
    long takenOverAt = loggedAt(logs.subList(0, 2), "resumed the runs of " + killedRun);
    awaitCaughtUp(url);

    long longestPause = longestWritePause(url, killedAt);
    int scored = count(url, "SELECT COUNT(*) FROM session_scores WHERE session_id LIKE '%.t%'");
    int endedTwice = count(url, "SELECT COUNT(*) FROM (SELECT persistence_id FROM event_journal WHERE "
        + "event_ser_manifest LIKE '%SessionEnded' GROUP BY persistence_id HAVING COUNT(*) > 1) twice");
    int resumedSessions = 0;
    for (String session : liveSessions.keySet()) {
      List<String> events = sessionEvents(url, session);
      if (events.contains("SessionResumed")) resumedSessions++;
      int secondMessage = events.subList(events.indexOf("AgentMessageSent") + 1, events.size())
          .indexOf("AgentMessageSent") + events.indexOf("AgentMessageSent") + 1;
      assertTrue("the trainee's message after the outage is stored: " + events, secondMessage > 0);
      assertTrue("no nudge for the outage in " + session + ": " + events,
          !events.subList(0, secondMessage).contains("CustomerNudged"));
    }
    System.out.println("node loss: killed " + doomedNode + " with " + endedAtKill + "/" + KILLED_RUN
        + " sessions of its run ended; removed from the cluster after " + (downedAt - killedAt) + " ms; run taken "
        + "over by " + taken + " after " + (takenOverAt - killedAt) + " ms; both runs done " + (doneAt - killedAt)
        + " ms after the kill; longest write pause after the kill " + longestPause + " ms; live sessions took the next "
        + "message after " + resumedAfter + " ms (" + refusedAttempts + " attempts refused first); scripted sessions scored " + scored + " of "
        + (KILLED_RUN + KEPT_RUN) + ", ended twice " + endedTwice + "; live sessions resumed after the outage "
        + resumedSessions + " of " + LIVE);
    assertTrue("the live sessions the killed node held were resumed with the outage given back", resumedSessions > 0);

    assertEquals("done", run.get("state").asText());
    assertEquals(KILLED_RUN, run.get("done").asInt());
    assertNotEquals("the run moved off the killed node", doomedNode, run.get("node").asText());
    assertEquals("both survivors read the same run", run, call(kept, "GET", "/workshops/" + killedRun, null, trainer,
        200).get("run"));
    assertEquals("done", runState(kept, keptRun, trainer));
    assertEquals(KILLED_RUN, count(url, "SELECT COUNT(*) FROM session_scores WHERE session_id LIKE '" + killedRun
        + ".t%'"));
    assertEquals(KEPT_RUN, count(url, "SELECT COUNT(*) FROM session_scores WHERE session_id LIKE '" + keptRun
        + ".%'"));
    assertEquals("no session ended twice", 0, endedTwice);
    // the live sessions stay open and may still store an event (a nudge after silence) while the checks above run:
    // the audit trail catches up with it, and an event counted twice would never let the counts meet
    awaitCaughtUp(url);
    assertEquals("the projections counted every event once", count(url, "SELECT COUNT(*) FROM event_journal"),
        count(url, "SELECT COUNT(*) FROM audit_events"));
    assertTrue("the survivors kept writing: longest pause " + longestPause + " ms", longestPause < 15_000);
  }

  private record Node(int port, String token) {}

  private Process serve(Path dir, String url, int clusterPort, int webPort, String seed) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
        "-Dservicesim.home=" + Home.root(), "-Dlogback.configurationFile=logback.xml",
        "-Dakka.remote.artery.canonical.port=" + clusterPort, "-Dakka.cluster.seed-nodes.0=" + seed));
    if (Boolean.getBoolean("servicesim.nodeloss.akkaDefaults")) {
      // the figures before: Akka's own defaults for shard coordination and the split-brain resolver
      command.addAll(List.of("-Dakka.cluster.split-brain-resolver.stable-after=20s",
          "-Dakka.cluster.sharding.coordinator-state.write-majority-plus=3",
          "-Dakka.cluster.sharding.coordinator-state.read-majority-plus=5",
          "-Dakka.cluster.sharding.distributed-data.majority-min-cap=5"));
    }
    command.addAll(List.of(Main.class.getName(), "serve", "--port", String.valueOf(webPort), "--db", url));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("SERVICESIM_LOG_DIR", dir.toString());
    pb.environment().put("SERVICESIM_RUN_PARALLELISM", "8");
    pb.redirectOutput(dir.resolve("child.out").toFile());
    pb.redirectError(dir.resolve("child.err").toFile());
    pb.directory(dir.toFile());
    Process p = pb.start();
    children.add(p);
    return p;
  }

  private String awaitTrainerToken(Path dir, Process process) throws Exception {
    awaitText(dir.resolve("child.out"), "ServiceSim web UI on", process);
    Matcher m = Pattern.compile("(?m)^\\s+trainer: (\\S+)$").matcher(Files.readString(dir.resolve("child.out")));
    assertTrue("the first node prints a trainer token", m.find());
    return m.group(1);
  }

  /** Waits until every node's cluster is up and the sharding of each is ready to place entities. */
  private void awaitMembers(String url, int[] web, String trainer) throws Exception {
    long deadline = System.nanoTime() + BOUND.toNanos();
    for (int port : web) {
      int status;
      do {
        status = send(new Node(port, trainer), "GET", "/ready", null, trainer).statusCode();
        if (status != 200) Thread.sleep(200);
      } while (status != 200 && System.nanoTime() < deadline);
      assertEquals("node on " + port + " ready", 200, status);
    }
  }

  private String createWorkshop(Node node, String id, int scripted, int live) throws Exception {
    List<Map<String, Object>> trainees = new ArrayList<>();
    for (int i = 0; i < scripted; i++) {
      trainees.add(Map.of("id", "t" + i, "name", "T" + i, "agent", AGENTS[i % AGENTS.length]));
    }
    for (int i = 0; i < live; i++) trainees.add(Map.of("id", "ana" + i, "name", "Ana " + i, "live", true));
    return call(node, "POST", "/workshops", Map.of("id", id, "title", id, "scenarios", List.of(SCENARIO), "trainees",
        trainees), node.token(), 201).get("workshopId").asText();
  }

  private String runState(Node node, String workshopId, String trainer) throws Exception {
    JsonNode run = call(node, "GET", "/workshops/" + workshopId, null, trainer, 200).get("run");
    return run == null ? "none" : run.get("state").asText();
  }

  private JsonNode call(Node node, String method, String path, Object body, String token, int expected)
      throws Exception {
    HttpResponse<String> r = send(node, method, path, body, token);
    assertEquals(method + " " + path + ": " + r.body(), expected, r.statusCode());
    return json.readTree(r.body());
  }

  private HttpResponse<String> send(Node node, String method, String path, Object body, String token)
      throws Exception {
    String prefix = path.equals("/ready") ? "" : "/api/v1";
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + prefix + path))
        .timeout(Duration.ofSeconds(40)).header("Authorization", "Bearer " + token);
    if (body != null) {
      b.header("Content-Type", "application/json").method(method,
          HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      return new Failed(e);
    }
  }

  /** A request that got no answer (its node is gone): status 599 so that waits try again. */
  private record Failed(Exception cause) implements HttpResponse<String> {
    public int statusCode() {
      return 599;
    }

    public HttpRequest request() {
      return null;
    }

    public java.util.Optional<HttpResponse<String>> previousResponse() {
      return java.util.Optional.empty();
    }

    public java.net.http.HttpHeaders headers() {
      return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true);
    }

    public String body() {
      return String.valueOf(cause);
    }

    public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
      return java.util.Optional.empty();
    }

    public URI uri() {
      return null;
    }

    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }

  private static void awaitEnded(String url, String workshopId, int sessions) throws Exception {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (ended(url, workshopId) < sessions) {
      assertTrue("no progress", System.nanoTime() < deadline);
      Thread.sleep(50);
    }
  }

  private static int ended(String url, String workshopId) throws Exception {
    return count(url, "SELECT COUNT(*) FROM event_journal WHERE persistence_id LIKE 'Session|" + workshopId
        + ".t%' AND event_ser_manifest LIKE '%SessionEnded'");
  }

  /** The kinds of a session's events, in order, from the journal. */
  private static List<String> sessionEvents(String url, String sessionId) throws Exception {
    List<String> kinds = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url); java.sql.PreparedStatement ps = c.prepareStatement(
        "SELECT event_ser_manifest FROM event_journal WHERE persistence_id = ? ORDER BY sequence_number")) {
      ps.setString(1, "Session|" + sessionId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String manifest = rs.getString(1);
          kinds.add(manifest.substring(Math.max(manifest.lastIndexOf('$'), manifest.lastIndexOf('.')) + 1));
        }
      }
    }
    return kinds;
  }

  private static void awaitCaughtUp(String url) throws Exception {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (count(url, "SELECT COUNT(*) FROM event_journal") != count(url, "SELECT COUNT(*) FROM audit_events")
        || count(url, "SELECT COUNT(*) FROM session_scores") < KILLED_RUN + KEPT_RUN) {
      if (System.nanoTime() > deadline) return;
      Thread.sleep(250);
    }
  }

  /** The longest time after the kill during which no event was written, up to the last scripted session's end. */
  private static long longestWritePause(String url, long killedAt) throws Exception {
    long longest = 0;
    long previous = killedAt;
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs = c.createStatement().executeQuery("SELECT write_timestamp FROM event_journal WHERE "
            + "write_timestamp >= " + killedAt + " AND write_timestamp <= (SELECT MAX(write_timestamp) FROM "
            + "event_journal WHERE event_ser_manifest LIKE '%SessionEnded') ORDER BY write_timestamp")) {
      while (rs.next()) {
        longest = Math.max(longest, rs.getLong(1) - previous);
        previous = rs.getLong(1);
      }
    }
    return longest;
  }

  /** When the first of these nodes logged a line with {@code text} (log times are this machine's), or -1. */
  private static long loggedAt(List<Path> dirs, String text) throws Exception {
    java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
        .withZone(java.time.ZoneId.systemDefault());
    long first = -1;
    for (Path dir : dirs) {
      Path log = dir.resolve("servicesim.log");
      if (!Files.exists(log)) continue;
      for (String line : Files.readAllLines(log)) {
        if (!line.contains(text)) continue;
        long at = java.time.Instant.from(format.parse(line.substring(0, 23))).toEpochMilli();
        if (first < 0 || at < first) first = at;
        break;
      }
    }
    return first;
  }

  private static void awaitText(Path file, String text, Process process) throws Exception {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (System.nanoTime() < deadline) {
      assertTrue("the node ended early: " + Files.readString(file.resolveSibling("child.err")), process.isAlive());
      if (Files.exists(file) && Files.readString(file).contains(text)) return;
      Thread.sleep(100);
    }
    throw new AssertionError("no '" + text + "' within " + BOUND);
  }

  private static int count(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
