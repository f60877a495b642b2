package servicesim.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import akka.actor.testkit.typed.javadsl.LogCapturing;
import com.typesafe.config.ConfigFactory;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.Rule;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.conversation.ConversationState;
import servicesim.scenario.workshop.Trainee;
import servicesim.scenario.workshop.Workshop;
import servicesim.simulation.SessionEntity;

/**
 * A live session whose node stops while its customer waits for the agent: the time until it is back on a new node is
 * given back by a {@code SessionResumed}, not charged as the trainee's silence, and the customer's nudge still comes
 * after a real silence once resumed.
 */
public class OutageFairnessTest extends JUnitSuite {

  @Rule
  public final LogCapturing logCapturing = new LogCapturing();

  private static final String SCENARIO = "refund-defective-unit";
  /** Simulated seconds per real second: the phone customer's 30 s nudge comes after 3 real seconds of silence. */
  private static final double SCALE = 10;
  private static final Duration NUDGE_AFTER = Duration.ofSeconds(30);

  /** A clock that stands still until the test moves it: the session's time passes only when the test says. */
  static final class SteppedClock extends Clock {
    private final AtomicReference<Instant> now;

    SteppedClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
      now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the stepped clock is UTC");
    }
  }

  @Test
  public void anOutageIsGivenBackAndTheNudgeComesAfterARealSilence() throws Exception {
    Settings settings = Settings.of(ConfigFactory.load()).withDb(Databases.h2(), "", "");
    SteppedClock clock = new SteppedClock(Instant.parse("2026-12-05T10:00:00Z"));
    String sessionId;
    Instant lastBefore;
    Instant nudgeDue;
    long seqNrBefore;
    try (Node node = Node.start(Node.Options.of(settings).withClock(clock))) {
      String workshopId = node.workshops().create(new Workshop("outage", "Outage", "default", Workshop.PRACTICE, SCALE,
          List.of(SCENARIO), List.of(new Trainee("ana", "Ana", null, true)), "test", "outage-sha")).workshopId();
      LiveSessions live = LiveSessions.start(node);
      sessionId = live.start(workshopId, "ana", SCENARIO).toCompletableFuture().get(30, TimeUnit.SECONDS)
          .summary().sessionId();
      assertTrue(live.say(sessionId, "Thank you for calling Acme Electronics, this is Ana. How can I help you today?",
          null).toCompletableFuture().get(30, TimeUnit.SECONDS).ok());

      // one real second is ten simulated ones: the customer says their opening turn (2 s a line) and waits for Ana
      clock.advance(Duration.ofSeconds(1));
      SessionEntity.Summary waiting = await(live, sessionId, s -> s.conversation().floor().awaitingAgent()
          && s.customerDueAt() != null);
      ConversationState c = waiting.conversation();
      lastBefore = c.times().lastEventAt();
      nudgeDue = waiting.customerDueAt();
      seqNrBefore = waiting.seqNr();
      assertEquals(c.times().lastCustomerAt().plus(NUDGE_AFTER), nudgeDue);
      assertTrue("not due before the node stops", nudgeDue.isAfter(c.simulatedAt(clock.instant(), SCALE)));
      assertEquals(0, count(node, sessionId, SessionEvent.CustomerNudged.class));
    }

    // the node is gone for a minute of real time, ten simulated minutes: twenty times the customer's patience
    clock.advance(Duration.ofMinutes(1));

    try (Node node = Node.start(Node.Options.of(settings).withClock(clock))) {
      LiveSessions live = LiveSessions.start(node);
      assertEquals(Integer.valueOf(1), live.resume().toCompletableFuture().get(30, TimeUnit.SECONDS));
      SessionEvent.SessionResumed resumed = awaitEvent(node, sessionId, SessionEvent.SessionResumed.class);
      assertEquals(seqNrBefore + 1, resumed.seqNr());
      assertEquals("the clock goes on from the latest event", lastBefore, resumed.at());
      assertEquals(clock.instant(), resumed.resumedAt());
      SessionEntity.Summary back = live.get(sessionId).toCompletableFuture().get(30, TimeUnit.SECONDS);
      Instant simulatedBeforeResume = lastBefore.plus(resumed.unavailable());
      assertTrue("ten simulated minutes at least are given back",
          resumed.unavailable().compareTo(Duration.ofMinutes(10)) >= 0);
      assertEquals(lastBefore, back.conversation().simulatedAt(clock.instant(), SCALE));
      assertTrue(simulatedBeforeResume.isAfter(nudgeDue));
      assertEquals("the customer's silence restarts from the recovery", nudgeDue, back.customerDueAt());
      assertEquals("no nudge for the outage", 0, count(node, sessionId, SessionEvent.CustomerNudged.class));
      assertEquals("no silence penalty for the outage", 0, silencePenalties(node, sessionId));
      assertEquals(1, count(node, sessionId, SessionEvent.SessionResumed.class));

      // now a real silence: four real seconds, forty simulated ones, past the customer's thirty
      clock.advance(Duration.ofSeconds(4));
      SessionEvent.CustomerNudged nudge = awaitEvent(node, sessionId, SessionEvent.CustomerNudged.class);
      assertEquals(nudgeDue, nudge.at());
      assertTrue(nudge.seqNr() > resumed.seqNr());
      assertEquals(1, silencePenalties(node, sessionId));
      assertEquals(1, count(node, sessionId, SessionEvent.SessionResumed.class));

      assertTrue(node.awaitCatchUp(Duration.ofMinutes(1), lag -> { }));
      assertTrue("the session's chain verifies with the resume in it",
          node.readSide().verifier().verifySession(sessionId).intact());
    }
  }

  private static SessionEntity.Summary await(LiveSessions live, String sessionId,
      Predicate<SessionEntity.Summary> done) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    SessionEntity.Summary s = live.get(sessionId).toCompletableFuture().get(30, TimeUnit.SECONDS);
    while (!done.test(s) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      s = live.get(sessionId).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    assertTrue("the session did not get there: " + s, done.test(s));
    return s;
  }

  private static <E extends SessionEvent> E awaitEvent(Node node, String sessionId, Class<E> kind) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      List<SessionEvent> events = events(node, sessionId);
      for (SessionEvent e : events) if (kind.isInstance(e)) return kind.cast(e);
      Thread.sleep(100);
    }
    org.junit.Assert.fail("no " + kind.getSimpleName() + " stored: " + events(node, sessionId));
    return null;
  }

  private static List<SessionEvent> events(Node node, String sessionId) throws Exception {
    try (Connection c = node.database().dataSource().getConnection()) {
      return node.readSide().journal().sessionEvents(c, sessionId);
    }
  }

  private static long count(Node node, String sessionId, Class<? extends SessionEvent> kind) throws Exception {
    return events(node, sessionId).stream().filter(kind::isInstance).count();
  }

  private static long silencePenalties(Node node, String sessionId) throws Exception {
    return events(node, sessionId).stream()
        .filter(e -> e instanceof SessionEvent.CustomerMoodChanged m && m.cause().equals("silence")).count();
  }
}
