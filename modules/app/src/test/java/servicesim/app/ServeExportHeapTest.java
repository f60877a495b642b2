package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;
import servicesim.readside.AuditRepository;
import servicesim.readside.AuditRow;
import servicesim.readside.Database;

/**
 * {@code servicesim serve} exports 100,000 audit events through HTTP in constant memory: the server runs in a child
 * JVM whose heap is capped well below the size of the export, so holding the rows (or the response) would fail.
 */
public class ServeExportHeapTest extends JUnitSuite {

  static final int EVENTS = 100_000;
  static final int HEAP_MB = 96;
  static final int PAYLOAD_CHARS = 2000;

  @Test
  public void exportsAHundredThousandEventsWithTheHeapCappedBelowTheirSize() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-heap-");
    String url = "jdbc:h2:file:" + dir.resolve("data/servicesim") + ";DATABASE_TO_LOWER=TRUE";
    insertAuditRows(url);

    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError",
        "-Dservicesim.home=" + Home.root(), "-cp", classpath, "servicesim.app.Main", "serve", "--port", "0", "--db", url)
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("SERVICESIM_LOG_DIR", dir.resolve("data").toString());
    Process server = pb.start();
    try {
      BlockingQueue<String> lines = new ArrayBlockingQueue<>(10_000);
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) lines.offer(line);
        } catch (IOException ignored) {
          // the server stopped
        }
      });
      reader.setDaemon(true);
      reader.start();
      String auditor = null;
      int port = -1;
      List<String> seen = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while ((auditor == null || port < 0) && System.nanoTime() < deadline) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        if (line == null) {
          if (!server.isAlive()) break;
          continue;
        }
        seen.add(line);
        Matcher token = Pattern.compile("^\\s+auditor: (\\S+)$").matcher(line);
        if (token.find()) auditor = token.group(1);
        Matcher listening = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/api/v1").matcher(line);
        if (listening.find()) port = Integer.parseInt(listening.group(1));
      }
      assertTrue("the server printed its auditor token and port: " + seen, auditor != null && port > 0);

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<InputStream> export = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/api/v1/audit/export?format=ndjson")).header("Authorization", "Bearer " + auditor)
          .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, export.statusCode());
      long bytes = 0;
      long newlines = 0;
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = export.body()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          bytes += n;
          for (int i = 0; i < n; i++) if (buffer[i] == '\n') newlines++;
        }
      } catch (IOException e) {
        // say why the stream broke off: whether the server is still there, and what it printed last
        throw new AssertionError("the export broke off after " + newlines + " events (" + bytes + " bytes): " + e
            + "; server alive: " + server.isAlive() + "; it printed last:\n" + tail(lines), e);
      }
      long heap = HEAP_MB * 1024L * 1024L;
      assertEquals(EVENTS, newlines);
      // the payload alone is more than twice the heap: a server buffering the export could not have sent it
      assertTrue("exported " + bytes + " bytes through a " + heap + "-byte heap", bytes > 2 * heap);
      assertTrue("the server survived the export: " + tail(lines), server.isAlive());
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      System.out.println("heap-capped export: " + newlines + " events, " + bytes + " bytes, -Xmx" + HEAP_MB + "m");
    } finally {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
    }
  }

  private static String tail(BlockingQueue<String> lines) {
    List<String> rest = new ArrayList<>();
    lines.drainTo(rest);
    return String.join("\n", rest.subList(Math.max(0, rest.size() - 20), rest.size()));
  }

  /** Audit rows written straight into the read model, as the audit projection would have written them. */
  private static void insertAuditRows(String url) throws Exception {
    String filler = "x".repeat(PAYLOAD_CHARS);
    Instant start = Instant.parse("2026-11-23T09:00:00Z");
    try (Database db = Database.open(url, "", "", 2).migrate(); Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      List<AuditRow> batch = new ArrayList<>(1000);
      for (int i = 1; i <= EVENTS; i++) {
        String session = "bulk-" + (i / 50);
        long seq = i % 50 + 1;
        String payload = "{\"sessionId\":\"" + session + "\",\"seqNr\":" + seq + ",\"text\":\"" + filler + "\"}";
        batch.add(new AuditRow(i, "Session|" + session, seq, "AgentMessageSent", session, "bulk-1", "sam",
            start.plusMillis(i), payload, "0".repeat(64), String.format("%064x", i)));
        if (batch.size() == 1000) {
          AuditRepository.insert(c, batch);
          c.commit();
          batch.clear();
        }
      }
      AuditRepository.insert(c, batch);
      c.commit();
    }
  }
}
