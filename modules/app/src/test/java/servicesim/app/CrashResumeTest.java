package servicesim.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.Home;
import servicesim.policy.Policy;
import servicesim.policy.PolicyLoader;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;
import servicesim.scenario.conversation.AgentReplay;
import servicesim.scenario.conversation.Conversation;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.conversation.SessionSetup;
import servicesim.scenario.conversation.VirtualRun;

/**
 * Kills a child JVM in the middle of a run (SIGKILL, no shutdown hooks) and runs the workshop file again: no
 * persisted event is lost, every session finishes with exactly the events of the reference run, and the projections
 * have counted every event exactly once.
 */
public class CrashResumeTest extends JUnitSuite {

  private static final String[] AGENTS = {"by-the-book", "reactive", "policy-bound"};
  private static final int TRAINEES = 60;

  @Test
  public void aRunKilledMidwayLosesNothingAndResumesExactlyOnceOnH2() throws Exception {
    Path dir = Files.createTempDirectory("servicesim-crash-");
    killAndResume(dir, "jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE");
  }

  @Test
  public void aRunKilledMidwayLosesNothingAndResumesExactlyOnceOnPostgres() throws Exception {
    killAndResume(Files.createTempDirectory("servicesim-crash-pg-"), TestPostgres.newDatabase());
  }

  private static void killAndResume(Path dir, String url) throws Exception {
    Path workshop = dir.resolve("crash.yaml");
    StringBuilder yaml = new StringBuilder("id: crash\ntitle: Crash and resume\nscenarios: [refund-defective-unit]\n"
        + "trainees:\n");
    for (int i = 0; i < TRAINEES; i++) {
      yaml.append("  - {id: t").append(i).append(", name: T").append(i).append(", agent: ")
          .append(AGENTS[i % AGENTS.length]).append("}\n");
    }
    Files.writeString(workshop, yaml);

    Process first = child(dir, url, workshop);
    long before = waitForEvents(url, 300, first);
    assertTrue("the run should still be going when it is killed", ended(url) < TRAINEES);
    first.destroyForcibly();
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    Map<String, byte[]> persisted = journal(url);
    assertTrue(persisted.size() >= before);

    Process second = child(dir, url, workshop);
    assertTrue("the resumed run finishes", second.waitFor(5, TimeUnit.MINUTES));
    String output = Files.readString(dir.resolve("child.err"));
    assertEquals(output, 0, second.exitValue());
    assertTrue(output, output.contains("Resuming crash-1"));

    Map<String, byte[]> after = journal(url);
    for (var e : persisted.entrySet()) {
      assertTrue("kept " + e.getKey(), Arrays.equals(e.getValue(), after.get(e.getKey())));
    }
    try (Connection c = DriverManager.getConnection(url)) {
      assertEquals(count(c, "SELECT COUNT(*) FROM event_journal"), count(c, "SELECT COUNT(*) FROM audit_events"));
      assertEquals(TRAINEES, count(c, "SELECT COUNT(*) FROM sessions WHERE ended_at IS NOT NULL"));
      assertEquals(TRAINEES, count(c, "SELECT COUNT(*) FROM session_scores"));
      assertEquals(TRAINEES, count(c, "SELECT SUM(sessions) FROM trainee_kpis"));
      assertEquals(count(c, "SELECT COUNT(*) FROM session_scores") * 22, count(c, "SELECT COUNT(*) FROM rule_verdicts"));
    }
    assertSessionsEqualTheReferenceRun(url);
  }

  private static void assertSessionsEqualTheReferenceRun(String url) throws Exception {
    Policy policy = PolicyLoader.load(Home.policies().resolve("default.yaml"));
    Scenario scenario = new ScenarioLoader(policy.lexicons())
        .load(Home.library().resolve("en/refund-defective-unit.yaml"));
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    try (Connection c = DriverManager.getConnection(url)) {
      for (int i = 0; i < TRAINEES; i++) {
        String agent = AGENTS[i % AGENTS.length];
        var script = scenario.agent(agent).orElseThrow();
        List<String> types = new ArrayList<>();
        Instant start = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT event_type, payload FROM audit_events WHERE "
            + "persistence_id = ? ORDER BY seq_nr")) {
          ps.setString(1, "Session|crash-1.t" + i + ".refund-defective-unit");
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              types.add(rs.getString(1));
              if (start == null) start = Instant.parse(json.readTree(rs.getString(2)).path("at").asText());
            }
          }
        }
        Conversation conversation = new Conversation(scenario, policy,
            SessionSetup.scripted("ref", "ref", script.key(), script.name(), scenario, policy, script));
        List<String> expected = new ArrayList<>(List.of("SessionStarted"));
        for (SessionEvent e : VirtualRun.run(conversation, new AgentReplay(conversation, script), start).events()) {
          expected.add(e.getClass().getSimpleName());
        }
        assertEquals("t" + i, expected, types);
      }
    }
  }

  private static Process child(Path dir, String url, Path workshop) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "-Dservicesim.home=" + Home.root(), Main.class.getName(), "run", workshop.toString(), "--db", url);
    pb.environment().put("SERVICESIM_RUN_PARALLELISM", "6");
    pb.environment().put("SERVICESIM_LOG_DIR", dir.toString());
    pb.redirectOutput(dir.resolve("child.out").toFile());
    pb.redirectError(dir.resolve("child.err").toFile());
    pb.directory(dir.toFile());
    return pb.start();
  }

  private static long waitForEvents(String url, long events, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertTrue("the run ended before it could be interrupted", process.isAlive());
      if (!url.startsWith("jdbc:h2:file:") || new File(url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db").exists()) {
        try (Connection c = DriverManager.getConnection(url)) {
          long n = count(c, "SELECT COUNT(*) FROM event_journal WHERE persistence_id LIKE 'Session|%'");
          if (n >= events) return n;
        } catch (java.sql.SQLException notYetThere) {
          // the schema is being created
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no progress within three minutes");
  }

  private static long ended(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      return count(c, "SELECT COUNT(*) FROM event_journal WHERE event_ser_manifest LIKE '%SessionEnded'");
    }
  }

  private static Map<String, byte[]> journal(String url) throws Exception {
    Map<String, byte[]> rows = new HashMap<>();
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs = c.createStatement().executeQuery("SELECT persistence_id, sequence_number, event_payload "
            + "FROM event_journal")) {
      while (rs.next()) rows.put(rs.getString(1) + "#" + rs.getLong(2), rs.getBytes(3));
    }
    return rows;
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
