package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.ConfigFactory;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.conversation.SessionSetup;
import servicesim.scenario.workshop.Workshop;
import servicesim.simulation.Rejection;
import servicesim.simulation.SessionEntity;

public class LiveSessionsTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static final String SCENARIO = "refund-defective-unit";

  @Test
  public void aLiveSessionsCustomerAnswersInWallTimeAndComesBackAfterARestart() throws Exception {
    Settings settings = Settings.of(ConfigFactory.load()).withDb(Databases.h2(), "", "");
    String sessionId;
    try (Node node = Node.start(Node.Options.of(settings))) {
      String workshopId = node.workshops().create(new Workshop("live", "Live", "default", Workshop.PRACTICE,
          List.of(SCENARIO), List.of(new Trainee("ana", "Ana", null, true)), "test", "live-sha")).workshopId();
      LiveSessions live = LiveSessions.start(node);

      // only enrolled live trainees, only the workshop's scenarios
      assertRefused(live, workshopId, "bob", SCENARIO, Rejection.Kind.FORBIDDEN);
      assertRefused(live, workshopId, "ana", "other", Rejection.Kind.INVALID);
      assertRefused(live, "nope-1", "ana", SCENARIO, Rejection.Kind.NOT_FOUND);

      LiveSessions.Started started = live.start(workshopId, "ana", SCENARIO).toCompletableFuture()
          .get(30, TimeUnit.SECONDS);
      assertTrue(started.created());
      sessionId = started.summary().sessionId();
      assertEquals(SessionSetup.WALL, started.summary().setup().clock());
      assertEquals("Ana", started.summary().setup().agentName());
      assertTrue(node.workshops().get(workshopId).sessions().stream().anyMatch(a -> a.sessionId().equals(
          Workshops.sessionId(workshopId, "ana", SCENARIO))));
      assertFalse(live.start(workshopId, "ana", SCENARIO).toCompletableFuture().get(30, TimeUnit.SECONDS).created());

      SessionEntity.Reply said = live.say(sessionId, "Thank you for calling Acme Electronics, this is "
          + "Ana. How can I help you today?", null).toCompletableFuture().get(30, TimeUnit.SECONDS);
      assertTrue(said.ok());
      assertTrue("the customer answers in wall time", awaitCustomerLines(node, sessionId, 1));
      assertTrue(node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));
    }

    // a new node on the same database picks the session up: its customer goes on talking
    try (Node node = Node.start(Node.Options.of(settings))) {
      LiveSessions live = LiveSessions.start(node);
      int before = customerLines(node, sessionId);
      assertEquals(Integer.valueOf(1), live.resume().toCompletableFuture().get(30, TimeUnit.SECONDS));
      assertTrue("the resumed customer speaks again", awaitCustomerLines(node, sessionId, before + 1));
    }
  }

  private static void assertRefused(LiveSessions live, String workshop, String trainee, String scenario,
      Rejection.Kind kind) throws Exception {
    try {
      live.start(workshop, trainee, scenario).toCompletableFuture().get(30, TimeUnit.SECONDS);
      org.junit.Assert.fail("expected " + kind);
    } catch (ExecutionException e) {
      assertEquals(kind, ((Rejection.Refused) e.getCause()).kind());
    }
  }

  private static boolean awaitCustomerLines(Node node, String sessionId, int lines) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (customerLines(node, sessionId) >= lines) return true;
      Thread.sleep(200);
    }
    return false;
  }

  private static int customerLines(Node node, String sessionId) throws Exception {
    try (Connection c = node.database().dataSource().getConnection()) {
      return (int) node.readSide().journal().sessionEvents(c, sessionId).stream()
          .filter(e -> e instanceof SessionEvent.CustomerMessageSent).count();
    }
  }
}
