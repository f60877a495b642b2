package servicesim.scenario.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.transcript.SessionEvent;
import servicesim.scenario.Fixtures;
import servicesim.scenario.Scenario;

/** A live session recovered after its node was unavailable gets back the time nobody could act, and only then. */
public class SessionResumeTest extends JUnitSuite {

  /** The real moment the session starts, and so its simulated start. */
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final double SCALE = 2;

  private static final String CHAT = """
      id: chat-basic
      title: Chat
      language: en
      channel: chat
      organisation: Acme Electronics
      facts: {complaint: true}
      customer: {name: Ann Bell, mood: 0, patience: 1, nudgeAfter: 60s, maxNudges: 1}
      script:
        - say: "My order is late."
        - say: "It was due yesterday."
          part: true
        - say: "Thanks."
      """;

  private final Scenario scenario = Fixtures.parse(CHAT);

  private Conversation live() {
    SessionSetup v = Fixtures.setup(scenario, "Sam");
    return new Conversation(scenario, Fixtures.policy(), new SessionSetup(v.sessionId(), v.workshopId(),
        v.traineeId(), v.traineeName(), v.scenarioId(), v.scenarioSha256(), v.policyId(), v.policyVersion(),
        v.agentName(), null, SessionSetup.WALL, SCALE));
  }

  /** The customer has said both lines of their opening turn (at T0+2s and T0+4s simulated) and waits for the agent. */
  private static ConversationState waitingForTheAgent(Conversation c) {
    ConversationState s = c.start(T0);
    for (int i = 0; i < 2; i++) s = c.applyAll(s, c.nextCustomerMove(s).orElseThrow().events());
    assertTrue(s.floor().awaitingAgent());
    assertEquals(T0.plusSeconds(4), s.times().lastEventAt());
    return s;
  }

  /** The real moment at which a live session's simulated clock (running {@link #SCALE} times faster) reads {@code sim}. */
  private static Instant realAt(Duration sinceStart) {
    return T0.plusMillis(Math.round(sinceStart.toMillis() / SCALE));
  }

  @Test
  public void anOutagePastTheCustomersNudgeIsGivenBack() {
    Conversation c = live();
    ConversationState s = waitingForTheAgent(c);
    Instant nudgeAt = c.nextCustomerMove(s).orElseThrow().at();
    assertEquals(T0.plusSeconds(64), nudgeAt);

    // the node was gone until 10 simulated minutes after the start: the nudge fell due meanwhile
    Instant recovered = realAt(Duration.ofMinutes(10));
    SessionEvent.SessionResumed resumed = c.resume(s, recovered).orElseThrow();
    assertEquals("the clock goes on from the latest event", T0.plusSeconds(4), resumed.at());
    assertEquals(recovered, resumed.resumedAt());
    assertEquals(Duration.ofMinutes(10).minusSeconds(4), resumed.unavailable());

    s = c.apply(s, resumed);
    assertEquals(T0.plusSeconds(4), s.simulatedAt(recovered, SCALE));
    assertEquals("the silence is counted again from the recovery", nudgeAt, c.nextCustomerMove(s).orElseThrow().at());
    assertTrue("nothing is due at the recovery",
        c.nextCustomerMove(s).orElseThrow().at().isAfter(s.simulatedAt(recovered, SCALE)));
    // a real silence after the recovery still brings the nudge: 60 simulated seconds are 30 real ones
    assertEquals(nudgeAt, s.simulatedAt(recovered.plusSeconds(30), SCALE));
    assertTrue(c.resume(s, recovered.plusMillis(200)).isEmpty());
  }

  @Test
  public void timeAfterTheResumeGoesOnFromTheLatestEvent() {
    Conversation c = live();
    ConversationState s = waitingForTheAgent(c);
    Instant recovered = realAt(Duration.ofMinutes(10));
    s = c.apply(s, c.resume(s, recovered).orElseThrow());
    Instant answeredAt = s.simulatedAt(recovered.plusSeconds(5), SCALE);
    assertEquals("five real seconds later is ten simulated ones after the last line", T0.plusSeconds(14), answeredAt);
    List<SessionEvent> said = c.agentSays(s, "I'm sorry about the delay, let me check.", null, answeredAt);
    assertEquals(Duration.ofSeconds(10), Duration.between(s.times().lastCustomerAt(), said.get(0).at()));
  }

  @Test
  public void secondOutageGivesBackMore() {
    Conversation c = live();
    ConversationState s = waitingForTheAgent(c);
    Instant first = realAt(Duration.ofMinutes(10));
    s = c.apply(s, c.resume(s, first).orElseThrow());
    Instant second = first.plusSeconds(600);
    SessionEvent.SessionResumed again = c.resume(s, second).orElseThrow();
    assertEquals(T0.plusSeconds(4), again.at());
    assertEquals(Duration.ofMinutes(20), again.unavailable());
    s = c.apply(s, again);
    assertEquals(T0.plusSeconds(4), s.simulatedAt(second, SCALE));
    assertEquals(Duration.ofMinutes(30).minusSeconds(4), s.waiting().givenBack());
  }

  @Test
  public void noGapNoEvent() {
    Conversation c = live();
    ConversationState s = waitingForTheAgent(c);
    // recovered at the real moment of the customer's last line: the clock has not moved on
    assertTrue(c.resume(s, realAt(Duration.ofSeconds(4))).isEmpty());
    assertTrue(c.resume(s, realAt(Duration.ofMillis(4900))).isEmpty());
  }

  @Test
  public void anOutageShorterThanTheCustomersPatienceIsGivenBackToo() {
    Conversation c = live();
    ConversationState s = waitingForTheAgent(c);
    // 25 simulated seconds gone: no nudge was due yet, but a phone answer's 20 s would be spent on the outage
    SessionEvent.SessionResumed resumed = c.resume(s, realAt(Duration.ofSeconds(29))).orElseThrow();
    assertEquals(Duration.ofSeconds(25), resumed.unavailable());
    s = c.apply(s, resumed);
    Instant answeredAt = s.simulatedAt(realAt(Duration.ofSeconds(29)).plusSeconds(1), SCALE);
    assertEquals(Duration.ofSeconds(2), Duration.between(s.times().lastCustomerAt(), answeredAt));
  }

  @Test
  public void aCustomerWaitingForNothingNeedsNoEvent() {
    Conversation c = live();
    ConversationState s = waitingForTheAgent(c);
    s = c.applyAll(s, c.agentSays(s, "I'm so sorry about that.", null, T0.plusSeconds(6)));
    s = c.applyAll(s, c.nextCustomerMove(s).orElseThrow().events());
    s = c.applyAll(s, c.agentSays(s, "Goodbye.", null, T0.plusSeconds(10)));
    assertTrue("the script is said and the agent spoke last", c.nextCustomerMove(s).isEmpty());
    // an idle session may simply have been passivated: its clock ran on, but nothing was lost
    assertTrue(c.resume(s, realAt(Duration.ofHours(2))).isEmpty());
  }

  @Test
  public void aScriptedSessionNeverResumes() {
    Conversation c = new Conversation(scenario, Fixtures.policy(), Fixtures.setup(scenario, "Sam"));
    ConversationState s = waitingForTheAgent(c);
    assertTrue(c.resume(s, T0.plus(Duration.ofHours(1))).isEmpty());
  }

  @Test
  public void anEndedSessionNeverResumes() {
    Conversation c = live();
    ConversationState s = waitingForTheAgent(c);
    s = c.applyAll(s, c.end(s, "agent", T0.plusSeconds(5)));
    assertTrue(s.ended());
    assertTrue(c.resume(s, realAt(Duration.ofMinutes(10))).isEmpty());
    assertFalse(c.nextCustomerMove(s).isPresent());
  }
}
