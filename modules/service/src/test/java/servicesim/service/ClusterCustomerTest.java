package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import akka.actor.testkit.typed.javadsl.TestProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.files.YamlFile;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.Scenario;
import servicesim.scenario.ScenarioLoader;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;
import servicesim.simulation.Notices;

/**
 * A live session's customer is the session's own: there is one per session in the cluster, on the node that holds
 * the session, and it follows the session to another node. Notices of the session reach subscribers on every node,
 * and a subscription outlives the session's move.
 */
public class ClusterCustomerTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  /** A chat customer who writes first and then, while nobody answers, asks again every two seconds. */
  private static final String SCENARIO = """
      id: waiting-customer
      title: "A customer who waits"
      language: en
      channel: chat
      organisation: Acme Electronics
      facts: {complaint: true}
      customer: {name: Ann Bell, mood: 0, patience: 3, nudgeAfter: 2s, maxNudges: 10}
      script:
        - say: "My order is late."
        - say: "Any news?"
      """;

  @Test
  public void aLiveCustomerPlaysWhereItsSessionIsAndFollowsItToAnotherNode() throws Exception {
    List<Node> nodes = ClusterTest.twoNodes(Databases.postgres());
    Node first = nodes.get(0);
    Node second = nodes.get(1);
    try {
      Path file = Files.createTempDirectory("servicesim-scenario-").resolve("waiting-customer.yaml");
      Files.writeString(file, SCENARIO);
      Scenario scenario = new ScenarioLoader(first.policies().defaultPolicy().lexicons())
          .load(YamlFile.read(file));
      first.addScenario(scenario);
      String workshopId = first.workshops().create(new Workshop("waiting", "Waiting", "default", Workshop.PRACTICE,
          List.of(scenario.id()), List.of(new Trainee("ana", "Ana", null, true)), "test", "waiting-sha")).workshopId();
      String sessionId = Workshops.sessionId(workshopId, "ana", scenario.id());
      TestProbe<Notices.Notice> onFirst = TestProbe.create(first.system());
      TestProbe<Notices.Notice> onSecond = TestProbe.create(second.system());
      Notices.get(first.system()).subscribe(Notices.session(sessionId), onFirst.getRef());
      Notices.get(second.system()).subscribe(Notices.session(sessionId), onSecond.getRef());

      LiveSessions.start(first).start(workshopId, "ana", scenario.id()).toCompletableFuture().get(1, TimeUnit.MINUTES);
      assertTrue("the customer writes and asks again", await(first, sessionId, 3));
      // whichever node holds the session, its notices reach both
      assertTrue(heard(onFirst, 3));
      assertTrue(heard(onSecond, 3));
      assertTrue(first.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));

      Node host = ClusterTest.hostedSessions(first) == 1 ? first : second;
      Node other = host == first ? second : first;
      TestProbe<Notices.Notice> subscriber = host == first ? onSecond : onFirst;
      host.close();
      ClusterTest.awaitUp(other, 1);

      // the node that remains wakes the session, and its customer goes on there, once
      int before = events(other, sessionId).size();
      assertEquals(Integer.valueOf(1), LiveSessions.start(other).resume().toCompletableFuture().get(1, TimeUnit.MINUTES));
      assertTrue("the customer goes on after the move", await(other, sessionId, before + 2));
      assertEquals(1, ClusterTest.hostedSessions(other));
      assertTrue("a subscription made before the move still hears the session", heard(subscriber, before + 2));

      Map<Integer, Integer> lines = new HashMap<>();
      for (SessionEvent e : events(other, sessionId)) {
        if (e instanceof SessionEvent.CustomerMessageSent m && m.line() >= 0) lines.merge(m.line(), 1, Integer::sum);
      }
      assertEquals("each script line once", Map.of(0, 1), lines);
      assertTrue(other.readSide().verifier().verifySession(sessionId).intact());
    } finally {
      second.close();
      first.close();
    }
  }

  private static List<SessionEvent> events(Node node, String sessionId) throws Exception {
    try (Connection c = node.database().dataSource().getConnection()) {
      return node.readSide().journal().sessionEvents(c, sessionId);
    }
  }

  private static boolean await(Node node, String sessionId, int events) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (events(node, sessionId).size() >= events) return true;
      Thread.sleep(200);
    }
    return false;
  }

  /** The probe hears a notice of the session up to {@code seqNr}. */
  private static boolean heard(TestProbe<Notices.Notice> probe, long seqNr) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (probe.receiveMessage(Duration.ofSeconds(60)).position() >= seqNr) return true;
    }
    return false;
  }
}
