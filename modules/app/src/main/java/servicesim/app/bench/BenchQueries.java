package servicesim.app.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import servicesim.files.Home;
import servicesim.http.ApiContext;
import servicesim.http.HttpServer;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;
import servicesim.service.Node;

/**
 * The query phase of the benchmark, through the real HTTP API: the latency of a filtered page of 100 audit events by
 * trainee and by session (p50/p99), and NDJSON export throughput with the heap watched while it streams.
 */
public final class BenchQueries {

  static final int SAMPLES = 300;
  static final int WARM_UP = 50;
  static final long MILLION = 1_000_000;
  static final int LIVE_SESSIONS = 200;
  static final double LIVE_START_P99_MS = 500;

  private BenchQueries() {}

  public static Benchmark.QueryPhase phase() {
    return BenchQueries::run;
  }

  private static List<Figure> run(Node node, Benchmark.Listener listener) throws Exception {
    var folder = Files.createTempDirectory("servicesim-bench-tokens-");
    HttpServer server = HttpServer.start(node, new HttpServer.Options("127.0.0.1", 0, folder, Home.workshops(),
        ApiContext.Limits.DEFAULT), new PrintStream(OutputStream.nullOutputStream()));
    try {
      String token = node.readSide().tokens().create("auditor", null, node.clock().instant(), "bench");
      String base = "http://127.0.0.1:" + server.address().getPort() + "/api/v1";
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      long stored = node.readSide().audit().count();
      String at = String.format("at %,d events", stored);

      List<String> trainees = sample(node, "SELECT DISTINCT trainee_id FROM sessions");
      List<String> sessions = sample(node, "SELECT session_id FROM sessions");
      listener.phase("queries", 2L * (SAMPLES + WARM_UP));
      AtomicLong done = new AtomicLong();
      double[] byTrainee = latencies(client, base, token, "trainee", trainees, listener, done);
      double[] bySession = latencies(client, base, token, "session", sessions, listener, done);

      listener.phase("export", stored);
      System.gc();
      long heapBefore = retainedHeap();
      AtomicLong heapMax = new AtomicLong(heapBefore);
      AtomicBoolean exporting = new AtomicBoolean(true);
      Thread watcher = new Thread(() -> {
        while (exporting.get()) {
          heapMax.accumulateAndGet(retainedHeap(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-heap-watcher");
      watcher.setDaemon(true);
      watcher.start();
      long start = System.nanoTime();
      long lines = 0;
      HttpResponse<InputStream> response = client.send(get(base + "/audit/export?format=ndjson", token),
          HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) throw new IllegalStateException("export answered " + response.statusCode());
      try (InputStream in = response.body()) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
          if ((lines & 0x3FF) == 0) listener.progress(lines);
        }
      }
      double exportSeconds = (System.nanoTime() - start) / 1e9;
      exporting.set(false);
      watcher.join();
      System.gc();
      heapMax.accumulateAndGet(retainedHeap(), Math::max);
      if (lines != stored) throw new IllegalStateException("the export streamed " + lines + " of " + stored + " events");
      double heapGrowthMb = Math.max(0, heapMax.get() - heapBefore) / 1048576.0;

      boolean million = stored >= MILLION;
      List<Figure> figures = new ArrayList<>();
      figures.add(latency("audit page by trainee, p50 " + at, byTrainee, 0.50, false));
      figures.add(latency("audit page by trainee, p99 " + at, byTrainee, 0.99, million));
      figures.add(latency("audit page by session, p50 " + at, bySession, 0.50, false));
      figures.add(latency("audit page by session, p99 " + at, bySession, 0.99, million));
      figures.add(Figure.atLeast("export (NDJSON over HTTP)", lines / exportSeconds, "events/s", 50_000));
      figures.add(Figure.atMost("retained heap growth while exporting", heapGrowthMb, "MB", 64));
      figures.addAll(liveStarts(node, client, base, listener));
      return figures;
    } finally {
      server.stop();
    }
  }

  /**
   * {@link #LIVE_SESSIONS} trainees of one workshop, signed in to the web console, each start their live session at the
   * same moment over HTTP: the latency of each start, until the session exists and its customer is listening (p50,
   * p99). Last, because the
   * customers then play on in wall time.
   */
  private static List<Figure> liveStarts(Node node, HttpClient client, String base, Benchmark.Listener listener)
      throws Exception {
    String scenario = "refund-defective-unit";
    List<Trainee> trainees = new ArrayList<>();
    for (int i = 0; i < LIVE_SESSIONS; i++) trainees.add(new Trainee("live-" + i, "Live " + i, null, true));
    String workshopId = node.workshops().create(new Workshop("bench-live", "Live starts", "default",
        Workshop.PRACTICE, List.of(scenario), List.copyOf(trainees), null, null)).workshopId();
    List<String> tokens = new ArrayList<>();
    for (Trainee t : trainees) tokens.add(node.readSide().tokens().create("trainee", t.id(), node.clock().instant(), "bench"));
    // each trainee has the web console open, which signs in first (GET /me) on a connection it then keeps
    List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> signIns = new ArrayList<>();
    for (String token : tokens) {
      signIns.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/me")).header("Authorization",
          "Bearer " + token).timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.discarding()));
    }
    for (var signIn : signIns) {
      if (signIn.get(3, java.util.concurrent.TimeUnit.MINUTES).statusCode() != 200) {
        throw new IllegalStateException("a trainee could not sign in");
      }
    }
    listener.phase("live starts", LIVE_SESSIONS);
    String body = "{\"workshopId\":\"" + workshopId + "\",\"scenarioId\":\"" + scenario + "\"}";
    List<java.util.concurrent.CompletableFuture<Double>> starts = new ArrayList<>();
    AtomicLong done = new AtomicLong();
    for (String token : tokens) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/sessions")).header("Authorization",
          "Bearer " + token).header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      long start = System.nanoTime();
      starts.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(r -> {
        if (r.statusCode() != 201) throw new IllegalStateException("a live start answered " + r.statusCode());
        listener.progress(done.incrementAndGet());
        return (System.nanoTime() - start) / 1e6;
      }));
    }
    double[] ms = new double[LIVE_SESSIONS];
    for (int i = 0; i < LIVE_SESSIONS; i++) ms[i] = starts.get(i).get(3, java.util.concurrent.TimeUnit.MINUTES);
    java.util.Arrays.sort(ms);
    String name = "live session start, " + LIVE_SESSIONS + " at once";
    return List.of(latency(name + ", p50", ms, 0.50, Double.NaN),
        latency(name + ", p99", ms, 0.99, LIVE_START_P99_MS));
  }

  /**
   * The heap still in use after the latest collection of each pool: what an export holds on to, leaving out the
   * short-lived garbage a young collection has not yet reclaimed.
   */
  private static long retainedHeap() {
    long used = 0;
    for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() != java.lang.management.MemoryType.HEAP) continue;
      java.lang.management.MemoryUsage afterGc = pool.getCollectionUsage();
      used += afterGc != null ? afterGc.getUsed() : pool.getUsage().getUsed();
    }
    return used;
  }

  private static double[] latencies(HttpClient client, String base, String token, String filter, List<String> ids,
      Benchmark.Listener listener, AtomicLong done) throws Exception {
    if (ids.isEmpty()) throw new IllegalStateException("no " + filter + " to query");
    double[] ms = new double[SAMPLES];
    for (int i = 0; i < WARM_UP + SAMPLES; i++) {
      String id = ids.get(i % ids.size());
      HttpRequest request = get(base + "/audit/events?limit=100&" + filter + "="
          + URLEncoder.encode(id, StandardCharsets.UTF_8), token);
      long start = System.nanoTime();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) throw new IllegalStateException(filter + " page answered " + response.statusCode());
      if (i >= WARM_UP) ms[i - WARM_UP] = took / 1e6;
      listener.progress(done.incrementAndGet());
    }
    java.util.Arrays.sort(ms);
    return ms;
  }

  private static Figure latency(String name, double[] sorted, double quantile, boolean target) {
    return latency(name, sorted, quantile, target ? 20 : Double.NaN);
  }

  private static Figure latency(String name, double[] sorted, double quantile, double limitMs) {
    double value = sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    return Double.isNaN(limitMs) ? Figure.plain(name, value, "ms") : Figure.atMost(name, value, "ms", limitMs);
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(30)).GET().build();
  }

  /** Up to 500 ids from a query, shuffled with a fixed seed so runs query the same spread. */
  private static List<String> sample(Node node, String sql) throws Exception {
    List<String> ids = new ArrayList<>();
    try (var c = node.database().dataSource().getConnection(); var st = c.createStatement();
        var rs = st.executeQuery(sql)) {
      while (rs.next()) ids.add(rs.getString(1));
    }
    Collections.shuffle(ids, new java.util.Random(7));
    return ids.subList(0, Math.min(500, ids.size()));
  }
}
